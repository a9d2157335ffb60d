using System.Collections.Immutable;
using CounselingRecords.Access;
using CounselingRecords.Auditing;
using CounselingRecords.Identity;
using CounselingRecords.Records;
using CounselingRecords.Records.AccessControl;
using CounselingRecords.Records.AccessRequests;
using CounselingRecords.Records.Amendments;
using CounselingRecords.Records.Clients;
using CounselingRecords.Records.Clinical;
using CounselingRecords.Records.Deadlines;
using CounselingRecords.Records.Notes;
using CounselingRecords.Records.Retention;
using CounselingRecords.Records.Signing;
using CounselingRecords.Testing.Access;
using CounselingRecords.Testing.Identity;
using NodaTime;

namespace CounselingRecords.Acceptance.Tests.Records;

/// <summary>
/// The record-keeping rules of rules.md §7 (R7.1–R7.11) as tables, one row per rule case. Expected values are
/// worked from the rule text: calendar days from receipt for R7.3/R7.8, anchor + period for R7.11.
/// </summary>
public sealed class RecordKeepingRuleTable
{
    private static readonly DateTimeZone NewYork = DateTimeZoneProviders.Tzdb["America/New_York"];
    private static readonly ClinicianId Author = TestActors.Clinician.ClinicianId!.Value;
    private static readonly SignerIdentity Signer = new(Author, "Casey Morgan", "LPC");

    // Monday 2026-01-05 10:00-10:53 New York.
    private static readonly Instant Start = NewYork.AtStrictly(new LocalDateTime(2026, 1, 5, 10, 0)).ToInstant();
    private static readonly Instant End = Start + Duration.FromMinutes(53);

    public static TheoryData<string, string, LocalDate, int, LocalDate?, LocalDate, string?> RequestDeadlines => new()
    {
        // rule, case, received, extension days (0 = none), notice date, expected due date, expected refusal code
        { "R7.3", "access: 30 days after receipt", new LocalDate(2026, 1, 5), 0, null, new LocalDate(2026, 2, 4), null },
        { "R7.3", "access: one 30-day extension, notice on day 30", new LocalDate(2026, 1, 5), 30, new LocalDate(2026, 2, 4), new LocalDate(2026, 3, 6), null },
        { "R7.3", "access: extension notice on day 31 is late", new LocalDate(2026, 1, 5), 30, new LocalDate(2026, 2, 5), new LocalDate(2026, 2, 4), RecordsErrorCodes.DeadlineExtensionNoticeLate },
        { "R7.3", "access: extension longer than 30 days", new LocalDate(2026, 1, 5), 31, new LocalDate(2026, 1, 20), new LocalDate(2026, 2, 4), RecordsErrorCodes.DeadlineExtensionTooLong },
        { "R7.3", "access: across a leap day", new LocalDate(2028, 2, 10), 0, null, new LocalDate(2028, 3, 11), null },
        { "R7.8", "amendment: 60 days after receipt", new LocalDate(2026, 1, 5), 0, null, new LocalDate(2026, 3, 6), null },
        { "R7.8", "amendment: one 30-day extension, notice on day 60", new LocalDate(2026, 1, 5), 30, new LocalDate(2026, 3, 6), new LocalDate(2026, 4, 5), null },
        { "R7.8", "amendment: a shorter extension", new LocalDate(2026, 1, 5), 10, new LocalDate(2026, 2, 1), new LocalDate(2026, 3, 16), null },
        { "R7.8", "amendment: extension notice after day 60 is late", new LocalDate(2026, 1, 5), 15, new LocalDate(2026, 3, 7), new LocalDate(2026, 3, 6), RecordsErrorCodes.DeadlineExtensionNoticeLate },
    };

    [Theory]
    [MemberData(nameof(RequestDeadlines))]
    public void ClientRequest_Deadline_FollowsTheRule(string rule, string @case, LocalDate received, int extensionDays, LocalDate? noticeOn, LocalDate expectedDue, string? expectedCode)
    {
        Assert.False(string.IsNullOrEmpty(@case));
        var ids = TestIds.Seeded();
        var client = TestIds.Numbered<ClientId>(1);
        LocalDate due;
        string? code = null;
        if (rule == "R7.3")
        {
            var request = RecordAccessRequest.Receive(ids, new RecordAccessRequestSubmission(client, [RecordKind.SessionNote], null, null, AccessFormat.Electronic, received)).Value;
            var result = extensionDays == 0 ? request : request.Extend(new DeadlineExtensionRequest(noticeOn!.Value, extensionDays, "Records are off site"));
            code = result.ErrorOrNull?.Code;
            due = result.Success ? result.Value.DueOn : request.DueOn;
        }
        else
        {
            var request = AmendmentRequest.Receive(ids, new AmendmentRequestSubmission(client, RecordReference.For(RecordTypes.SessionNote, TestIds.Numbered<NoteId>(1)), "Correct the date", "It is wrong", received, [])).Value;
            var result = extensionDays == 0 ? request : request.Extend(new DeadlineExtensionRequest(noticeOn!.Value, extensionDays, "Author on leave"));
            code = result.ErrorOrNull?.Code;
            due = result.Success ? result.Value.DueOn : request.DueOn;
        }

        Assert.Equal(expectedCode, code);
        Assert.Equal(expectedDue, due);
    }

    public static TheoryData<string, string, RetentionPolicy, LocalDate, LocalDate, LocalDate> Retention => new()
    {
        // rule, case, policy, date of birth, last service, earliest destruction date
        { "R7.11 APA", "adult: last service + 7 years", RetentionPresets.Apa, new LocalDate(1985, 6, 1), new LocalDate(2019, 9, 30), new LocalDate(2026, 9, 30) },
        { "R7.11 APA", "minor aged 10: majority (2028-03-15) + 3 years", RetentionPresets.Apa, new LocalDate(2010, 3, 15), new LocalDate(2020, 6, 1), new LocalDate(2031, 3, 15) },
        { "R7.11 APA", "minor aged 17: last service + 7 years is later", RetentionPresets.Apa, new LocalDate(2002, 11, 1), new LocalDate(2020, 6, 1), new LocalDate(2027, 6, 1) },
        { "R7.11 Texas LPC", "minor: majority + 5 years", RetentionPresets.TexasLpc, new LocalDate(2010, 3, 15), new LocalDate(2020, 6, 1), new LocalDate(2033, 3, 15) },
        { "R7.11 Texas LPC", "adult: termination + 7 years", RetentionPresets.TexasLpc, new LocalDate(1985, 6, 1), new LocalDate(2019, 9, 30), new LocalDate(2026, 9, 30) },
        { "R7.11 California LPCC", "minor: 7 years after age 18", RetentionPresets.CaliforniaLpcc, new LocalDate(2010, 3, 15), new LocalDate(2020, 6, 1), new LocalDate(2035, 3, 15) },
        { "R7.11 California LPCC", "adult: termination + 7 years", RetentionPresets.CaliforniaLpcc, new LocalDate(1985, 6, 1), new LocalDate(2019, 9, 30), new LocalDate(2026, 9, 30) },
        { "R7.11 Arizona", "adult: last service + 6 years", RetentionPresets.Arizona, new LocalDate(1985, 6, 1), new LocalDate(2019, 9, 30), new LocalDate(2025, 9, 30) },
        { "R7.11 Arizona", "minor: 3 years after 18 is later", RetentionPresets.Arizona, new LocalDate(2010, 3, 15), new LocalDate(2020, 6, 1), new LocalDate(2031, 3, 15) },
        { "R7.11 Arizona", "minor: last service + 6 years is later", RetentionPresets.Arizona, new LocalDate(2005, 3, 15), new LocalDate(2022, 6, 1), new LocalDate(2028, 6, 1) },
        { "R7.11 APA, majority 19", "minor: majority at 19 (2029-03-15) + 3 years", RetentionPresets.Apa.WithAgeOfMajority(19), new LocalDate(2010, 3, 15), new LocalDate(2020, 6, 1), new LocalDate(2032, 3, 15) },
    };

    [Theory]
    [MemberData(nameof(Retention))]
    public void Retention_EarliestDestructionDate_IsTheLatestApplicableRule(string rule, string @case, RetentionPolicy policy, LocalDate born, LocalDate lastService, LocalDate expected)
    {
        Assert.StartsWith("R7.11", rule, StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(@case));

        var decision = RetentionCalculator.Decide(policy, new RetentionFacts(born, lastService, ImmutableArray<LegalHold>.Empty)).Value;

        Assert.Equal(expected, decision.EarliestDestructionDate);
        Assert.True(decision.MayDestroyOn(expected));
        Assert.False(decision.MayDestroyOn(expected.PlusDays(-1)));
    }

    [Fact]
    public void Retention_LegalHold_NeverAllowsDestruction()
    {
        // R7.11: "plus any legal hold".
        var hold = new LegalHold("LIT-1", "Litigation", new LocalDate(2025, 1, 1), null);
        var decision = RetentionCalculator.Decide(RetentionPresets.Apa, new RetentionFacts(new LocalDate(1985, 6, 1), new LocalDate(2019, 9, 30), [hold])).Value;

        Assert.False(decision.MayDestroyOn(new LocalDate(2026, 9, 30)));
        Assert.False(decision.MayDestroyOn(new LocalDate(2090, 1, 1)));
    }

    public static TheoryData<string, string, int, string?, bool, SignatureMeaning?> Signing => new()
    {
        // rule, case, hours after the session ends, expected refusal code, marked late entry, signature meaning
        { "R7.6", "signed an hour after the session", 1, null, false, SignatureMeaning.Authored },
        { "R7.7", "signed at the 72-hour due time", 72, null, false, SignatureMeaning.Authored },
        { "R7.7", "signed after 72 hours is a late entry", 73, null, true, SignatureMeaning.Authored },
        { "R7.6", "signed on day 45 after service", 45 * 24, null, true, SignatureMeaning.Authored },
        { "R7.6", "no late signature after day 45: attest", 46 * 24, RecordsErrorCodes.AttestationRequired, false, null },
    };

    [Theory]
    [MemberData(nameof(Signing))]
    public void Sign_Timing_FollowsTheSignatureRules(string rule, string @case, int hoursAfter, string? expectedCode, bool lateEntry, SignatureMeaning? meaning)
    {
        Assert.False(string.IsNullOrEmpty(rule + @case));
        var note = Draft(NoteFormat.Soap, null);

        var result = note.Sign(Signer, End + Duration.FromHours(hoursAfter));

        Assert.Equal(expectedCode, result.ErrorOrNull?.Code);
        if (result.Success)
        {
            Assert.Equal(lateEntry, result.Value.LateEntry is not null);
            Assert.Equal(meaning, result.Value.Signature!.Meaning);
            Assert.True(result.Value.Verify().IsIntact);
        }
    }

    public static TheoryData<string, NoteFormat, NoteSection?, string?> RequiredSections => new()
    {
        // rule, format, section left out (null = none), expected refusal detail
        { "R7.5", NoteFormat.Soap, null, null },
        { "R7.5", NoteFormat.Soap, NoteSection.Subjective, RecordsErrorCodes.NoteSectionMissing },
        { "R7.5", NoteFormat.Soap, NoteSection.Objective, RecordsErrorCodes.NoteSectionMissing },
        { "R7.5", NoteFormat.Soap, NoteSection.Assessment, RecordsErrorCodes.NoteSectionMissing },
        { "R7.5", NoteFormat.Soap, NoteSection.Plan, RecordsErrorCodes.NoteSectionMissing },
        { "R7.5", NoteFormat.Dap, null, null },
        { "R7.5", NoteFormat.Dap, NoteSection.Data, RecordsErrorCodes.NoteSectionMissing },
        { "R7.5", NoteFormat.Dap, NoteSection.Assessment, RecordsErrorCodes.NoteSectionMissing },
        { "R7.5", NoteFormat.Dap, NoteSection.Plan, RecordsErrorCodes.NoteSectionMissing },
        { "R7.5", NoteFormat.Birp, null, null },
        { "R7.5", NoteFormat.Birp, NoteSection.Behavior, RecordsErrorCodes.NoteSectionMissing },
        { "R7.5", NoteFormat.Birp, NoteSection.Intervention, RecordsErrorCodes.NoteSectionMissing },
        { "R7.5", NoteFormat.Birp, NoteSection.Response, RecordsErrorCodes.NoteSectionMissing },
        { "R7.5", NoteFormat.Birp, NoteSection.Plan, RecordsErrorCodes.NoteSectionMissing },
        { "R7.5", NoteFormat.Girp, null, null },
        { "R7.5", NoteFormat.Girp, NoteSection.Goal, RecordsErrorCodes.NoteSectionMissing },
        { "R7.5", NoteFormat.Girp, NoteSection.Intervention, RecordsErrorCodes.NoteSectionMissing },
        { "R7.5", NoteFormat.Girp, NoteSection.Response, RecordsErrorCodes.NoteSectionMissing },
        { "R7.5", NoteFormat.Girp, NoteSection.Plan, RecordsErrorCodes.NoteSectionMissing },
    };

    [Theory]
    [MemberData(nameof(RequiredSections))]
    public void Sign_NoteFormat_RequiresEachOfItsSections(string rule, NoteFormat format, NoteSection? missing, string? expectedDetail)
    {
        var note = Draft(format, missing);

        var result = note.Sign(Signer, End + Duration.FromHours(1));

        Assert.Equal("R7.5", rule);
        if (expectedDetail is null)
        {
            Assert.True(result.Success);
        }
        else
        {
            Assert.Equal(RecordsErrorCodes.NoteIncomplete, result.Error.Code);
            Assert.Equal(rule, result.Error.RuleId);
            Assert.Contains(result.Error.Details, d => d.Code == expectedDetail && d.Target == $"Sections.{missing}");
        }
    }

    public static TheoryData<string, string, AccessAction, bool> PsychotherapyNoteAccess => new()
    {
        // rule, actor, action, allowed
        { "R7.2", "author", AccessAction.Read, true },
        { "R7.2", "author", AccessAction.Update, true },
        { "R7.2", "author", AccessAction.Export, false },
        { "R7.2", "author", AccessAction.Disclose, false },
        { "R7.2", "treating co-therapist", AccessAction.Read, false },
        { "R7.2", "supervisor", AccessAction.Read, false },
        { "R7.2", "biller", AccessAction.Read, false },
        { "R7.3", "the client", AccessAction.Read, false },
        { "R7.3", "the client", AccessAction.Export, false },
        { "R7.2", "break the glass", AccessAction.Read, false },
    };

    [Theory]
    [MemberData(nameof(PsychotherapyNoteAccess))]
    public void PsychotherapyNote_Access_IsAuthorOnly(string rule, string actor, AccessAction action, bool allowed)
    {
        var coTherapist = TestIds.Numbered<ClinicianId>(9);
        var facts = new RecordAccessFacts(
            RecordKind.PsychotherapyNote,
            RecordReference.For(RecordTypes.PsychotherapyNote, TestIds.Numbered<PsychotherapyNoteId>(1)),
            TestActors.Client.ClientId!.Value,
            Author,
            [Author, coTherapist],
            [TestActors.Supervisor.ClinicianId!.Value]);
        var policy = ClinicalRecordAccessPolicy.Instance;

        var decision = actor switch
        {
            "author" => policy.Decide(TestActors.Clinician, action, facts),
            "treating co-therapist" => policy.Decide(Actor.ForClinician(TestIds.Numbered<UserId>(9), coTherapist), action, facts),
            "supervisor" => policy.Decide(TestActors.Supervisor, action, facts),
            "biller" => policy.Decide(TestActors.Biller, action, facts),
            "the client" => policy.Decide(TestActors.Client, action, facts),
            _ => policy.DecideEmergency(TestActors.OtherClinician, action, facts, new BreakGlassRequest(BreakGlassReason.ImminentRiskToSelf, "Crisis call")),
        };

        Assert.Equal(allowed, decision.IsAllowed);
        if (!allowed && actor == "the client" && action == AccessAction.Read)
        {
            Assert.Equal(rule, decision.RuleId);
        }

        Assert.False(decision.IsBreakGlass);
    }

    [Fact]
    public void PsychotherapyNote_IsExcludedFromAnAccessRequest()
    {
        // R7.3: the right of access covers the designated record set, not psychotherapy notes.
        var request = RecordAccessRequest.Receive(TestIds.Seeded(), new RecordAccessRequestSubmission(TestIds.Numbered<ClientId>(1), [RecordKind.SessionNote, RecordKind.PsychotherapyNote], null, null, AccessFormat.Paper, new LocalDate(2026, 1, 5))).Value;
        var processNote = RecordReference.For(RecordTypes.PsychotherapyNote, TestIds.Numbered<PsychotherapyNoteId>(1));

        Assert.Equal(new[] { RecordKind.PsychotherapyNote }, request.ExcludedKinds);
        Assert.Empty(request.ReleasableFrom([processNote]));
        Assert.Equal(RecordsErrorCodes.AccessRequestPsychotherapyNoteExcluded, request.Fulfill(new LocalDate(2026, 1, 10), [processNote]).Error.Code);
    }

    [Fact]
    public void SignedNote_ChangesOnlyByAddendum_KeepingTheOriginal()
    {
        // R7.7: amendments are identified, dated, authored, and keep all original content.
        var signed = Draft(NoteFormat.Dap, null).Sign(Signer, End + Duration.FromHours(1)).Value;

        Assert.Equal(RecordsErrorCodes.DocumentLocked, signed.Revise(NoteDraft(NoteFormat.Dap, null), End + Duration.FromHours(2)).Error.Code);
        var amended = signed.AddAddendum(Signer, new AddendumDraft(AddendumKind.Correction, "Wrong dose recorded", "50 mg, not 25 mg."), End + Duration.FromDays(1), TestIds.Seeded(3)).Value;

        Assert.Equal(signed.Sections.Select(s => s.Text), amended.Sections.Select(s => s.Text));
        Assert.Equal(AddendumKind.Correction, amended.Addenda[0].Kind);
        Assert.Equal(Author, amended.Addenda[0].AuthorId);
        Assert.Equal(End + Duration.FromDays(1), amended.Addenda[0].WrittenAt);
        Assert.True(amended.Verify().IsIntact);
    }

    private static SessionNote Draft(NoteFormat format, NoteSection? missing)
    {
        var ids = TestIds.Seeded();
        var registration = new ClientRegistration(new ClientDemographics(new PersonName("Jordan", null, "Rivera", null), null, null, new LocalDate(1990, 4, 12)), [], Author, null);
        var client = Client.Register(ids, registration, Start).Value.Activate(new LocalDate(2026, 1, 2), Start).Value;
        return SessionNote.Start(ids, client, NoteDraft(format, missing, client.Id), End).Value;
    }

    private static SessionNoteDraft NoteDraft(NoteFormat format, NoteSection? missing, ClientId? clientId = null) => new(
        clientId ?? TestIds.Numbered<ClientId>(1),
        Author,
        null,
        null,
        format,
        NoteFormats.SectionsOf(format).Where(s => s != missing).Select(s => new NoteSectionText(s, $"{s} narrative")).ToImmutableArray(),
        ServiceKind.IndividualPsychotherapy,
        new SessionPeriod(Start, End, NewYork),
        Care.Modality.InPerson,
        Care.ClientLocationKind.PracticeOffice,
        false,
        SessionParticipants.ClientOnly,
        InteractiveComplexityFactors.None,
        false,
        [DiagnosisInput.Primary("F32.1")],
        ["Cognitive restructuring"],
        "Low mood",
        "Working; withdrawn",
        null,
        [new ObjectiveProgressEntry(TestIds.Numbered<ObjectiveId>(1), ProgressRating.Improving, null)],
        null,
        [],
        null);
}
