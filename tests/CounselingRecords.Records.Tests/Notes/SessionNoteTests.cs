using System.Collections.Immutable;
using CounselingRecords.Care;
using CounselingRecords.Coding;
using CounselingRecords.Records.Clients;
using CounselingRecords.Records.Clinical;
using CounselingRecords.Records.Notes;
using CounselingRecords.Records.Signing;
using CounselingRecords.Results;
using NodaTime;
using static CounselingRecords.Records.Tests.Fixtures.ResultAssert;
using R = CounselingRecords.Records.Tests.Fixtures.Records;

namespace CounselingRecords.Records.Tests.Notes;

public sealed class SessionNoteTests
{
    private static readonly Instant OneHourAfter = R.SessionEnd + Duration.FromHours(1);

    [Fact]
    public void Start_CompleteDraft_IsADraftWithTheSessionFacts()
    {
        var client = R.ActiveClient();

        var note = Ok(SessionNote.Start(R.Ids(), client, R.NoteDraft(client.Id), R.SessionEnd));

        Assert.Equal(DocumentStatus.Draft, note.Status);
        Assert.Equal(R.DateOfService, note.DateOfService);
        Assert.Equal(53, note.FaceToFaceMinutes());
        Assert.Equal(new[] { "F32.1", "F41.1" }, note.Diagnoses.Select(d => d.Code.Value));
        Assert.True(note.Diagnoses[0].IsPrimary);
        Assert.Null(note.Signature);
        Assert.Equal(VerificationOutcome.Unsigned, note.Verify().Outcome);
    }

    [Fact]
    public void Start_PrimaryDiagnosisListedSecond_IsStoredFirst()
    {
        var client = R.ActiveClient();

        var note = R.DraftNote(client, R.NoteDraft(client.Id, diagnoses: [DiagnosisInput.Secondary("F41.1"), DiagnosisInput.Primary("f321")]));

        Assert.Equal(new[] { "F32.1", "F41.1" }, note.Diagnoses.Select(d => d.Code.Value));
    }

    [Theory]
    [InlineData(ClientStatus.Inactive)]
    [InlineData(ClientStatus.Discharged)]
    [InlineData(ClientStatus.Archived)]
    public void Start_ClientNotInCare_IsRefused(ClientStatus status)
    {
        var client = R.ActiveClient();
        var moved = status switch
        {
            ClientStatus.Inactive => Ok(client.Deactivate(new LocalDate(2026, 1, 3), "Pause", R.RegisteredAt)),
            ClientStatus.Discharged => Ok(client.Discharge(new LocalDate(2026, 1, 3), DischargeReason.Referred, null, R.RegisteredAt)),
            _ => Ok(Ok(client.Discharge(new LocalDate(2026, 1, 3), DischargeReason.Referred, null, R.RegisteredAt)).Archive(new LocalDate(2026, 1, 4), R.RegisteredAt)),
        };

        Fails(SessionNote.Start(R.Ids(), moved, R.NoteDraft(moved.Id), R.SessionEnd), RecordsErrorCodes.ClientNotInCare);
    }

    [Fact]
    public void Start_DraftForAnotherClient_IsRefused()
    {
        var client = R.ActiveClient();
        var other = R.ActiveClient(new Identity.SeededIdGenerator(7));

        Fails(SessionNote.Start(R.Ids(), client, R.NoteDraft(other.Id), R.SessionEnd), RecordsErrorCodes.RecordOfAnotherClient);
    }

    [Fact]
    public void Start_CarriesTheClientsActiveSafetyFlags()
    {
        var client = R.ActiveClient();
        var flagged = Ok(client.CarryForward(R.SignedNote(client, R.NoteDraft(client.Id, risk: R.PositiveSuicideRisk())), OneHourAfter));

        var next = R.DraftNote(flagged, R.NoteDraft(flagged.Id, period: new SessionPeriod(R.SessionStart + Duration.FromDays(7), R.SessionEnd + Duration.FromDays(7), R.NewYork), nextSession: R.DateOfService.PlusDays(14)));

        Assert.Equal(new[] { SafetyFlagKind.SuicideRisk }, next.CarriedSafetyFlags);
    }

    [Fact]
    public void Sign_CarriedSafetyFlagAndRiskNotAssessed_IsRefused()
    {
        var client = R.ActiveClient();
        var flagged = Ok(client.CarryForward(R.SignedNote(client, R.NoteDraft(client.Id, risk: R.PositiveSuicideRisk())), OneHourAfter));
        var note = R.DraftNote(flagged, R.NoteDraft(flagged.Id, risk: RiskAssessment.NotAssessed));

        FailsWithDetail(note.Sign(R.AuthorSigner, OneHourAfter), RecordsErrorCodes.NoteIncomplete, RecordsErrorCodes.RiskAssessmentMissing);
    }

    [Fact]
    public void Sign_PositiveScreenWithoutSafetyPlan_IsRefused()
    {
        var client = R.ActiveClient();
        var risk = new RiskAssessment(ScreenResult.Negative, ScreenResult.Positive, ScreenResult.Negative, RiskLevel.None, null, null);
        var note = R.DraftNote(client, R.NoteDraft(client.Id, risk: risk));

        var error = Fails(note.Sign(R.AuthorSigner, OneHourAfter), RecordsErrorCodes.NoteIncomplete);

        Assert.Contains(RecordsErrorCodes.SafetyPlanMissing, DetailCodes(error));
        Assert.Contains(RecordsErrorCodes.RiskLevelInconsistent, DetailCodes(error));
    }

    [Fact]
    public void Sign_NoRiskFlagAndNoRiskAssessed_IsAllowedForRoutinePsychotherapy()
    {
        var client = R.ActiveClient();

        Ok(R.DraftNote(client, R.NoteDraft(client.Id, risk: RiskAssessment.NotAssessed)).Sign(R.AuthorSigner, OneHourAfter));
    }

    [Fact]
    public void Sign_CrisisWithoutRiskAssessment_IsRefused()
    {
        var client = R.ActiveClient();
        var note = R.DraftNote(client, R.NoteDraft(client.Id, serviceKind: ServiceKind.CrisisPsychotherapy, risk: RiskAssessment.NotAssessed, objectiveProgress: []));

        FailsWithDetail(note.Sign(R.AuthorSigner, OneHourAfter), RecordsErrorCodes.NoteIncomplete, RecordsErrorCodes.RiskAssessmentMissing);
    }

    [Fact]
    public void Sign_MissingProgressNoteElements_ListsEach()
    {
        var client = R.ActiveClient();
        var note = R.DraftNote(client, R.NoteDraft(client.Id, diagnoses: [], interventions: [], symptoms: null, functionalStatus: " ", objectiveProgress: []));

        var codes = DetailCodes(Fails(note.Sign(R.AuthorSigner, OneHourAfter), RecordsErrorCodes.NoteIncomplete));

        Assert.Contains(RecordsErrorCodes.NoteDiagnosisMissing, codes);
        Assert.Contains(RecordsErrorCodes.NoteInterventionsMissing, codes);
        Assert.Contains(RecordsErrorCodes.NoteSymptomsMissing, codes);
        Assert.Contains(RecordsErrorCodes.NoteFunctionalStatusMissing, codes);
        Assert.Contains(RecordsErrorCodes.NoteObjectiveProgressMissing, codes);
    }

    [Fact]
    public void Sign_DiagnosticEvaluation_NeedsNoInterventionsOrObjectives()
    {
        var client = R.ActiveClient();
        var note = R.DraftNote(client, R.NoteDraft(client.Id, serviceKind: ServiceKind.DiagnosticEvaluation, interventions: [], objectiveProgress: []));

        Ok(note.Sign(R.AuthorSigner, OneHourAfter));
    }

    [Theory]
    [InlineData(Modality.Video)]
    [InlineData(Modality.AudioOnly)]
    public void Sign_TelehealthWithoutConsent_IsRefused_WithConsent_Succeeds(Modality modality)
    {
        var client = R.ActiveClient();
        var without = R.DraftNote(client, R.NoteDraft(client.Id, modality: modality, location: ClientLocationKind.Home));
        var with = R.DraftNote(client, R.NoteDraft(client.Id, modality: modality, location: ClientLocationKind.Home, telehealthConsent: true));

        FailsWithDetail(without.Sign(R.AuthorSigner, OneHourAfter), RecordsErrorCodes.NoteIncomplete, RecordsErrorCodes.NoteTelehealthConsentMissing);
        Ok(with.Sign(R.AuthorSigner, OneHourAfter));
    }

    [Fact]
    public void Sign_ByAnotherClinician_IsRefused()
    {
        var client = R.ActiveClient();

        var error = Fails(R.DraftNote(client).Sign(R.OtherSigner, OneHourAfter), RecordsErrorCodes.SignerNotAuthor);

        Assert.Equal("R7.6", error.RuleId);
    }

    [Fact]
    public void Sign_SignerWithoutCredentials_IsAValidationFailure()
    {
        var client = R.ActiveClient();

        FailsWithDetail(R.DraftNote(client).Sign(new SignerIdentity(R.Author, "Casey Morgan", ""), OneHourAfter), CoreErrorCodes.ValidationFailed, RecordsErrorCodes.SignerCredentialsMissing);
    }

    [Fact]
    public void Sign_BeforeTheSessionEnded_IsRefused()
    {
        var client = R.ActiveClient();

        Fails(R.DraftNote(client).Sign(R.AuthorSigner, R.SessionEnd - Duration.FromMinutes(1)), RecordsErrorCodes.SignedBeforeSessionEnd);
    }

    [Fact]
    public void Sign_Complete_LocksTheNote_AndRecordsSignerCredentialsAndInstant()
    {
        var client = R.ActiveClient();

        var note = Ok(R.DraftNote(client).Sign(R.AuthorSigner, OneHourAfter));

        Assert.Equal(DocumentStatus.Signed, note.Status);
        Assert.Equal(R.Author, note.Signature!.SignerId);
        Assert.Equal("Casey Morgan", note.Signature.SignerName);
        Assert.Equal("LPC-Associate", note.Signature.Credentials);
        Assert.Equal(OneHourAfter, note.Signature.SignedAt);
        Assert.Equal(SignatureMeaning.Authored, note.Signature.Meaning);
        Assert.Equal(64, note.Signature.ContentHash.Length);
        Assert.Null(note.LateEntry);
        Assert.True(note.Verify().IsIntact);
        Fails(note.Revise(R.NoteDraft(client.Id), OneHourAfter), RecordsErrorCodes.DocumentLocked);
        Fails(note.Sign(R.AuthorSigner, OneHourAfter), RecordsErrorCodes.DocumentAlreadySigned);
    }

    [Fact]
    public void Signature_Describe_ShowsNameCredentialsAndLocalTime()
    {
        var client = R.ActiveClient();
        var note = Ok(R.DraftNote(client).Sign(R.AuthorSigner, OneHourAfter));

        // Session ended 10:53 New York; signed an hour later.
        Assert.Equal("Electronically signed by Casey Morgan, LPC-Associate on 2026-01-05 11:53 (America/New_York)", note.Signature!.Describe(R.NewYork));
    }

    [Fact]
    public void Revise_Draft_ReplacesContentKeepingCreatedAt()
    {
        var client = R.ActiveClient();
        var note = R.DraftNote(client);

        var revised = Ok(note.Revise(R.NoteDraft(client.Id, NoteFormat.Dap), R.SessionEnd + Duration.FromMinutes(20)));

        Assert.Equal(NoteFormat.Dap, revised.Format);
        Assert.Equal(note.CreatedAt, revised.CreatedAt);
        Assert.Equal(R.SessionEnd + Duration.FromMinutes(20), revised.LastEditedAt);
        Assert.Equal(note.Id, revised.Id);
    }

    [Fact]
    public void Revise_ChangingTheClientOrAuthor_IsRefused()
    {
        var client = R.ActiveClient();
        var note = R.DraftNote(client);

        Fails(note.Revise(R.NoteDraft(client.Id, author: R.Other), R.SessionEnd), RecordsErrorCodes.RecordIdentityChanged);
    }

    [Fact]
    public void Sign_AfterTheDueWindow_IsMarkedALateEntryWithServiceAndWrittenDates()
    {
        var client = R.ActiveClient();
        var policy = new DocumentationPolicy(Duration.FromHours(24), Period.FromDays(45));
        var signedAt = R.SessionEnd + Duration.FromDays(4);

        var note = Ok(R.DraftNote(client).Sign(R.AuthorSigner, signedAt, policy));

        Assert.NotNull(note.LateEntry);
        Assert.Equal(R.DateOfService, note.LateEntry.ServiceDate);
        Assert.Equal(new LocalDate(2026, 1, 9), note.LateEntry.WrittenOn);
        Assert.Equal(R.SessionEnd + Duration.FromHours(24), note.LateEntry.DueAt);
        Assert.Equal("Late entry: service 2026-01-05, written 2026-01-09", note.LateEntry.Label());
        Assert.Contains(note.ToSignedContent().Fields, f => f.Name == nameof(SessionNote.LateEntry));
        Assert.True(note.Verify().IsIntact);
    }

    [Fact]
    public void Sign_WithinTheDueWindow_IsNotALateEntry()
    {
        var client = R.ActiveClient();
        var policy = new DocumentationPolicy(Duration.FromHours(24), Period.FromDays(45));

        Assert.Null(Ok(R.DraftNote(client).Sign(R.AuthorSigner, R.SessionEnd + Duration.FromHours(24), policy)).LateEntry);
    }

    [Fact]
    public void Sign_AfterTheSignatureWindow_RequiresAnAttestation()
    {
        var client = R.ActiveClient();
        var note = R.DraftNote(client);
        var policy = DocumentationPolicy.Default;
        var lastDay = R.NewYork.AtStrictly(R.DateOfService.PlusDays(45).AtMidnight() + Period.FromHours(12)).ToInstant();
        var dayAfter = lastDay + Duration.FromDays(1);

        Ok(note.Sign(R.AuthorSigner, lastDay, policy));
        var error = Fails(note.Sign(R.AuthorSigner, dayAfter, policy), RecordsErrorCodes.AttestationRequired);
        Assert.Equal("R7.6", error.RuleId);
        Fails(note.Attest(R.AuthorSigner, lastDay, policy), RecordsErrorCodes.AttestationNotNeeded);

        var attested = Ok(note.Attest(R.AuthorSigner, dayAfter, policy));

        Assert.Equal(SignatureMeaning.Attested, attested.Signature!.Meaning);
        Assert.Contains("attest that I personally provided the service documented in this note on 2026-01-05", attested.Signature.Statement, StringComparison.Ordinal);
        Assert.NotNull(attested.LateEntry);
        Assert.Equal(DocumentStatus.Signed, attested.Status);
        Assert.True(attested.Verify().IsIntact);
        Assert.StartsWith("Attested and electronically signed by Casey Morgan, LPC-Associate", attested.Signature.Describe(R.NewYork), StringComparison.Ordinal);
    }

    [Fact]
    public void Attest_IncompleteNote_IsRefusedLikeASignature()
    {
        var client = R.ActiveClient();
        var note = R.DraftNote(client, R.NoteDraft(client.Id, symptoms: null));

        Fails(note.Attest(R.AuthorSigner, R.SessionEnd + Duration.FromDays(60)), RecordsErrorCodes.NoteIncomplete);
    }

    [Fact]
    public void DocumentationPolicy_WithoutSignatureWindow_NeverRequiresAttestation()
    {
        var client = R.ActiveClient();
        var policy = new DocumentationPolicy(Duration.FromHours(72), null);

        Ok(R.DraftNote(client).Sign(R.AuthorSigner, R.SessionEnd + Duration.FromDays(400), policy));
    }

    [Fact]
    public void ToServiceFacts_SignedNote_CarriesWhatBillingNeedsAndNoContent()
    {
        var client = R.ActiveClient();
        var participants = new SessionParticipants(true, [new SessionParticipant(ParticipantKind.FamilyMember, "mother"), new SessionParticipant(ParticipantKind.Interpreter, null)], null);
        var draft = R.NoteDraft(client.Id, serviceKind: ServiceKind.FamilyPsychotherapyWithClient, participants: participants, modality: Modality.Video, location: ClientLocationKind.Home, telehealthConsent: true);
        var note = R.SignedNote(client, draft);

        var facts = Ok(note.ToServiceFacts());

        Assert.Equal(note.Id, facts.NoteId);
        Assert.Equal(R.DateOfService, facts.DateOfService);
        Assert.Equal(53, facts.FaceToFaceMinutes);
        Assert.Equal(ServiceKind.FamilyPsychotherapyWithClient, facts.ServiceKind);
        Assert.Equal(Modality.Video, facts.Modality);
        Assert.Equal(ClientLocationKind.Home, facts.ClientLocation);
        Assert.True(facts.ClientPresent);
        Assert.Equal(1, facts.FamilyParticipantCount);
        Assert.Equal(new[] { DiagnosisCode.Parse("F32.1"), DiagnosisCode.Parse("F41.1") }, facts.Diagnoses);
        Assert.Equal(note.Signature!.ContentHash, facts.ContentHash);
        Assert.Equal(note.Signature.SignedAt, facts.FinalizedAt);
        Assert.DoesNotContain(typeof(SessionServiceFacts).GetProperties(), p => p.PropertyType == typeof(ImmutableArray<NoteSectionText>) || p.Name is "Symptoms" or "Sections");
    }

    [Fact]
    public void ToServiceFacts_UnsignedOrAwaitingCoSign_IsRefused()
    {
        var client = R.ActiveClient();
        var draft = R.DraftNote(client);
        var pending = Ok(R.DraftNote(client, R.NoteDraft(client.Id, coSigner: R.Supervisor)).Sign(R.AuthorSigner, OneHourAfter));

        Assert.Equal("R7.6", Fails(draft.ToServiceFacts(), RecordsErrorCodes.DocumentNotSigned).RuleId);
        Fails(pending.ToServiceFacts(), RecordsErrorCodes.DocumentAwaitingCoSign);
    }

    [Fact]
    public void FaceToFaceMinutes_AcrossTheFallBackTransition_AreTheElapsedMinutes()
    {
        // 2026-11-01 01:30 EDT to 01:20 EST: 50 real minutes across the fall-back hour.
        var start = R.NewYork.MapLocal(new LocalDateTime(2026, 11, 1, 1, 30)).First().ToInstant();
        var end = R.NewYork.MapLocal(new LocalDateTime(2026, 11, 1, 1, 20)).Last().ToInstant();
        var period = new SessionPeriod(start, end, R.NewYork);

        Assert.Equal(50, period.Minutes());
        Assert.Equal(new LocalDate(2026, 11, 1), period.DateOfService());
    }

    [Fact]
    public void SessionPeriod_FromLocal_InTheSpringGap_CountsRealMinutes()
    {
        // 2026-03-08 01:30 to 03:30 local in New York is one real hour (02:00-03:00 does not exist).
        var period = SessionPeriod.FromLocal(new LocalDateTime(2026, 3, 8, 1, 30), new LocalDateTime(2026, 3, 8, 3, 30), R.NewYork);

        Assert.Equal(60, period.Minutes());
    }

    [Fact]
    public void SessionNote_NeverReferencesAPsychotherapyNote()
    {
        // R7.1: psychotherapy notes are kept separate; nothing in a progress note points at one.
        var types = typeof(SessionNote).GetProperties().Select(p => p.PropertyType)
            .Concat(typeof(SessionNoteDraft).GetProperties().Select(p => p.PropertyType))
            .Concat(typeof(SessionServiceFacts).GetProperties().Select(p => p.PropertyType));

        Assert.DoesNotContain(types, t => t == typeof(Identity.PsychotherapyNoteId) || Nullable.GetUnderlyingType(t) == typeof(Identity.PsychotherapyNoteId));
    }

    [Fact]
    public void ToString_PrintsIdsNotContent()
    {
        var client = R.ActiveClient();
        var note = R.SignedNote(client);

        Assert.DoesNotContain("text for the session", note.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("F32", note.ToString(), StringComparison.Ordinal);
        Assert.Contains(note.Id.ToString(), note.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("F32", note.Diagnoses[0].ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Low mood", R.NoteDraft(client.Id).ToString(), StringComparison.Ordinal);
    }
}
