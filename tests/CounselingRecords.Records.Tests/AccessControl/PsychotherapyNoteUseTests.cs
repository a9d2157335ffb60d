using System.Collections.Immutable;
using CounselingRecords.Access;
using CounselingRecords.Auditing;
using CounselingRecords.Identity;
using CounselingRecords.Records.AccessControl;
using CounselingRecords.Testing.Access;
using CounselingRecords.Testing.Auditing;
using CounselingRecords.Testing.Clocks;
using CounselingRecords.Testing.Identity;
using NodaTime;

namespace CounselingRecords.Records.Tests.AccessControl;

/// <summary>Psychotherapy-note uses by someone other than the author, each with its R7.2 purpose.</summary>
public sealed class PsychotherapyNoteUseTests
{
    private static readonly ClientId Client = TestIds.Numbered<ClientId>(1);
    private static readonly PsychotherapyNoteId Note = TestIds.Numbered<PsychotherapyNoteId>(1);
    private static readonly ClinicianId CoTherapist = TestIds.Numbered<ClinicianId>(9);
    private static readonly Instant At = Instant.FromUtc(2026, 6, 1, 15, 0);
    private static readonly ClinicalRecordAccessPolicy Policy = ClinicalRecordAccessPolicy.Instance;

    private static readonly Dictionary<string, Actor> Actors = new()
    {
        ["client-self"] = TestActors.Client,
        ["author"] = TestActors.Clinician,
        ["treating-non-author"] = Actor.ForClinician(TestIds.Numbered<UserId>(9), CoTherapist, "Co-therapist"),
        ["supervisor"] = TestActors.Supervisor,
        ["non-treating-clinician"] = TestActors.OtherClinician,
        ["biller"] = TestActors.Biller,
        ["front-desk"] = TestActors.FrontDesk,
        ["practice-admin"] = TestActors.PracticeAdmin,
        ["system"] = TestActors.System,
    };

    private static RecordAccessFacts Facts(PsychotherapyNoteId? note = null) => new(
        RecordKind.PsychotherapyNote,
        RecordReference.For(RecordTypes.PsychotherapyNote, note ?? Note),
        Client,
        TestActors.Clinician.ClinicianId,
        ImmutableArray.Create(TestActors.Clinician.ClinicianId!.Value, CoTherapist),
        ImmutableArray.Create(TestActors.Supervisor.ClinicianId!.Value));

    private static PsychotherapyNoteAuthorization Authorization(PsychotherapyNoteId? note = null, ClientId? client = null) =>
        new(client ?? Client, note, "Second opinion on treatment", "Dr. Rivera", At + Duration.FromDays(30), At - Duration.FromDays(1));

    private static PsychotherapyNoteAccessRequest Request(PsychotherapyNoteAccessPurpose purpose, string? recipient = "Dr. Rivera", PsychotherapyNoteAuthorization? authorization = null, Instant? at = null) =>
        new(purpose, authorization ?? (purpose == PsychotherapyNoteAccessPurpose.SpecificAuthorization ? Authorization() : null), recipient, "Matter 2026-17", at ?? At);

    public static TheoryData<string, PsychotherapyNoteAccessPurpose, AccessAction, bool, string> Cases()
    {
        var data = new TheoryData<string, PsychotherapyNoteAccessPurpose, AccessAction, bool, string>();
        foreach (var role in Actors.Keys)
        {
            foreach (var purpose in Enum.GetValues<PsychotherapyNoteAccessPurpose>())
            {
                foreach (var action in Enum.GetValues<AccessAction>())
                {
                    var (allowed, rule) = Expected(role, purpose, action);
                    data.Add(role, purpose, action, allowed, rule);
                }
            }
        }

        return data;
    }

    /// <summary>The expected decision, written from R7.2 (not from the code).</summary>
    private static (bool Allowed, string Rule) Expected(string role, PsychotherapyNoteAccessPurpose purpose, AccessAction action)
    {
        var authorOwn = role == "author" && action is AccessAction.Read or AccessAction.Create or AccessAction.Update or AccessAction.Sign or AccessAction.Amend or AccessAction.Print or AccessAction.Delete;
        if (authorOwn)
        {
            return (true, "RA1");
        }

        var denyRule = action is AccessAction.Export or AccessAction.Disclose ? "R7.2" : role == "client-self" ? "R7.3" : "RA1";
        if (role == "client-self" || action is not (AccessAction.Read or AccessAction.Print or AccessAction.Disclose))
        {
            return (false, denyRule);
        }

        var allowed = purpose switch
        {
            PsychotherapyNoteAccessPurpose.SpecificAuthorization => role is "author" or "treating-non-author" or "supervisor" or "non-treating-clinician" or "practice-admin",
            PsychotherapyNoteAccessPurpose.SupervisedTraining => role == "supervisor" && action != AccessAction.Disclose,
            PsychotherapyNoteAccessPurpose.PreventSeriousImminentThreat => role is "author" or "treating-non-author" or "practice-admin",
            _ => role is "author" or "practice-admin",
        };
        return allowed
            ? (true, purpose == PsychotherapyNoteAccessPurpose.SpecificAuthorization ? "RA11" : "RA12")
            : (false, denyRule);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void DecidePsychotherapyNoteUse_RolePurposeAction_FollowsR7_2(string role, PsychotherapyNoteAccessPurpose purpose, AccessAction action, bool allowed, string ruleId)
    {
        var decision = Policy.DecidePsychotherapyNoteUse(Actors[role], action, Facts(), Request(purpose));

        Assert.Equal((allowed, ruleId), (decision.IsAllowed, decision.RuleId));
        Assert.False(string.IsNullOrWhiteSpace(decision.Reason));
    }

    [Fact]
    public void Decide_SupervisorWithoutPurpose_IsStillRefused()
    {
        Assert.False(Policy.Decide(TestActors.Supervisor, AccessAction.Read, Facts()).IsAllowed);
        Assert.False(Policy.DecidePsychotherapyNoteUse(TestActors.Supervisor, AccessAction.Read, Facts(), null).IsAllowed);
    }

    [Fact]
    public void Authorization_ForAnotherNote_ExpiredNotYetSignedOrOtherRecipient_DoesNotCover()
    {
        var admin = TestActors.PracticeAdmin;
        var otherNote = TestIds.Numbered<PsychotherapyNoteId>(2);

        Assert.True(Policy.DecidePsychotherapyNoteUse(admin, AccessAction.Disclose, Facts(), Request(PsychotherapyNoteAccessPurpose.SpecificAuthorization, "dr. rivera", Authorization(Note))).IsAllowed);
        Assert.False(Policy.DecidePsychotherapyNoteUse(admin, AccessAction.Read, Facts(otherNote), Request(PsychotherapyNoteAccessPurpose.SpecificAuthorization, authorization: Authorization(Note))).IsAllowed);
        Assert.True(Policy.DecidePsychotherapyNoteUse(admin, AccessAction.Read, Facts(otherNote), Request(PsychotherapyNoteAccessPurpose.SpecificAuthorization, authorization: Authorization(null))).IsAllowed);
        Assert.False(Policy.DecidePsychotherapyNoteUse(admin, AccessAction.Read, Facts(), Request(PsychotherapyNoteAccessPurpose.SpecificAuthorization, authorization: Authorization(client: TestIds.Numbered<ClientId>(2)))).IsAllowed);
        Assert.False(Policy.DecidePsychotherapyNoteUse(admin, AccessAction.Read, Facts(), Request(PsychotherapyNoteAccessPurpose.SpecificAuthorization, at: At + Duration.FromDays(30))).IsAllowed);
        Assert.True(Policy.DecidePsychotherapyNoteUse(admin, AccessAction.Read, Facts(), Request(PsychotherapyNoteAccessPurpose.SpecificAuthorization, at: At + Duration.FromDays(30) - Duration.FromSeconds(1))).IsAllowed);
        Assert.False(Policy.DecidePsychotherapyNoteUse(admin, AccessAction.Read, Facts(), Request(PsychotherapyNoteAccessPurpose.SpecificAuthorization, at: At - Duration.FromDays(2))).IsAllowed);
        var wrongRecipient = Policy.DecidePsychotherapyNoteUse(admin, AccessAction.Disclose, Facts(), Request(PsychotherapyNoteAccessPurpose.SpecificAuthorization, "Acme Insurance"));
        Assert.Equal((false, "R7.2"), (wrongRecipient.IsAllowed, wrongRecipient.RuleId));
        Assert.Contains("recipient", wrongRecipient.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void DecidePsychotherapyNoteUse_MissingJustificationAuthorizationOrRecipient_IsRefused()
    {
        var admin = TestActors.PracticeAdmin;

        Assert.False(Policy.DecidePsychotherapyNoteUse(admin, AccessAction.Read, Facts(), new PsychotherapyNoteAccessRequest(PsychotherapyNoteAccessPurpose.RequiredByLaw, null, null, " ", At)).IsAllowed);
        Assert.False(Policy.DecidePsychotherapyNoteUse(admin, AccessAction.Read, Facts(), new PsychotherapyNoteAccessRequest(PsychotherapyNoteAccessPurpose.SpecificAuthorization, null, null, "x", At)).IsAllowed);
        Assert.False(Policy.DecidePsychotherapyNoteUse(admin, AccessAction.Disclose, Facts(), Request(PsychotherapyNoteAccessPurpose.Coroner, recipient: null)).IsAllowed);
        Assert.False(Policy.DecidePsychotherapyNoteUse(admin, AccessAction.Read, Facts(), Request((PsychotherapyNoteAccessPurpose)99)).IsAllowed);
    }

    [Fact]
    public void Validator_ReportsStableCodes()
    {
        var result = new PsychotherapyNoteAccessRequestValidator().Validate(new PsychotherapyNoteAccessRequest((PsychotherapyNoteAccessPurpose)99, null, null, null, At));

        Assert.Contains(result.Errors, e => e.ErrorCode == RecordsErrorCodes.PsychotherapyNoteAccessPurposeUnknown);
        Assert.Contains(result.Errors, e => e.ErrorCode == RecordsErrorCodes.PsychotherapyNoteAccessJustificationMissing);
        Assert.Contains(
            new PsychotherapyNoteAccessRequestValidator().Validate(new PsychotherapyNoteAccessRequest(PsychotherapyNoteAccessPurpose.SpecificAuthorization, null, null, "x", At)).Errors,
            e => e.ErrorCode == RecordsErrorCodes.PsychotherapyNoteAuthorizationMissing);
    }

    [Fact]
    public void Authorization_ExpiringBeforeSigned_Throws()
    {
        Assert.Throws<ArgumentException>(() => new PsychotherapyNoteAuthorization(Client, null, "p", "r", At, At));
    }

    [Fact]
    public async Task AuthorizePsychotherapyNoteUseAsync_WritesPurposeAndRecipientUnderItsCategory()
    {
        var audit = new RecordingAuditSink();
        var service = new RecordAccessService(audit, TestClock.At(At), TestIds.Seeded());

        var decision = await service.AuthorizePsychotherapyNoteUseAsync(TestActors.PracticeAdmin, AccessAction.Disclose, Facts(), Request(PsychotherapyNoteAccessPurpose.Coroner, "County coroner"));

        Assert.True(decision.IsAllowed);
        var entry = Assert.Single(audit.Entries);
        Assert.Equal((AuditAction.Disclose, AuditCategory.PsychotherapyNote, AuditOutcome.Succeeded, "RA12"), (entry.Action, entry.Category, entry.Outcome, entry.RuleId));
        Assert.Contains("purpose Coroner, recipient County coroner", entry.Reason, StringComparison.Ordinal);
    }
}
