using System.Collections.Immutable;
using CounselingRecords.Access;
using CounselingRecords.Auditing;
using CounselingRecords.Identity;
using CounselingRecords.Records;
using CounselingRecords.Records.AccessControl;
using CounselingRecords.Testing.Access;
using CounselingRecords.Testing.Identity;
using NodaTime;

namespace CounselingRecords.Acceptance.Tests.Records;

/// <summary>
/// R7.2 as a table: a psychotherapy note is used or disclosed by anyone other than its author only under a specific
/// authorization or a listed exception (supervised training, defending a legal action brought by the patient, HHS
/// compliance review, required by law, health oversight of the originator, coroner, serious and imminent threat).
/// A supervisor reads it only under supervised training. No purpose: refused.
/// </summary>
public sealed class PsychotherapyNoteUseRules
{
    private static readonly Instant At = Instant.FromUtc(2026, 6, 1, 15, 0);
    private static readonly ClinicianId Author = TestActors.Clinician.ClinicianId!.Value;

    public static TheoryData<string, string, string, AccessAction, bool> Rows => new()
    {
        // rule, actor, purpose ("none" = no purpose), action, allowed
        { "R7.2", "supervisor", "none", AccessAction.Read, false },
        { "R7.2", "supervisor", nameof(PsychotherapyNoteAccessPurpose.SupervisedTraining), AccessAction.Read, true },
        { "R7.2", "supervisor", nameof(PsychotherapyNoteAccessPurpose.RequiredByLaw), AccessAction.Read, false },
        { "R7.2", "supervisor", nameof(PsychotherapyNoteAccessPurpose.SupervisedTraining), AccessAction.Disclose, false },
        { "R7.2", "treating co-therapist", "none", AccessAction.Read, false },
        { "R7.2", "treating co-therapist", nameof(PsychotherapyNoteAccessPurpose.SpecificAuthorization), AccessAction.Read, true },
        { "R7.2", "treating co-therapist", nameof(PsychotherapyNoteAccessPurpose.PreventSeriousImminentThreat), AccessAction.Disclose, true },
        { "R7.2", "practice admin", nameof(PsychotherapyNoteAccessPurpose.SpecificAuthorization), AccessAction.Disclose, true },
        { "R7.2", "practice admin", nameof(PsychotherapyNoteAccessPurpose.DefendLegalActionByClient), AccessAction.Disclose, true },
        { "R7.2", "practice admin", nameof(PsychotherapyNoteAccessPurpose.HhsComplianceReview), AccessAction.Disclose, true },
        { "R7.2", "practice admin", nameof(PsychotherapyNoteAccessPurpose.RequiredByLaw), AccessAction.Disclose, true },
        { "R7.2", "practice admin", nameof(PsychotherapyNoteAccessPurpose.HealthOversightOfOriginator), AccessAction.Disclose, true },
        { "R7.2", "practice admin", nameof(PsychotherapyNoteAccessPurpose.Coroner), AccessAction.Disclose, true },
        { "R7.2", "practice admin", "none", AccessAction.Disclose, false },
        { "R7.2", "practice admin", nameof(PsychotherapyNoteAccessPurpose.RequiredByLaw), AccessAction.Export, false },
        { "R7.2", "practice admin", nameof(PsychotherapyNoteAccessPurpose.RequiredByLaw), AccessAction.Update, false },
        { "R7.2", "biller", nameof(PsychotherapyNoteAccessPurpose.RequiredByLaw), AccessAction.Read, false },
        { "R7.2", "author", "none", AccessAction.Read, true },
        { "R7.2", "author", nameof(PsychotherapyNoteAccessPurpose.RequiredByLaw), AccessAction.Disclose, true },
        { "R7.3", "the client", nameof(PsychotherapyNoteAccessPurpose.SpecificAuthorization), AccessAction.Read, false },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void PsychotherapyNote_UseOrDisclosure_NeedsAnAuthorizationOrAListedException(string rule, string actor, string purpose, AccessAction action, bool allowed)
    {
        var client = TestActors.Client.ClientId!.Value;
        var coTherapist = TestIds.Numbered<ClinicianId>(9);
        var facts = new RecordAccessFacts(
            RecordKind.PsychotherapyNote,
            RecordReference.For(RecordTypes.PsychotherapyNote, TestIds.Numbered<PsychotherapyNoteId>(1)),
            client,
            Author,
            ImmutableArray.Create(Author, coTherapist),
            ImmutableArray.Create(TestActors.Supervisor.ClinicianId!.Value));
        var who = actor switch
        {
            "author" => TestActors.Clinician,
            "supervisor" => TestActors.Supervisor,
            "treating co-therapist" => Actor.ForClinician(TestIds.Numbered<UserId>(9), coTherapist),
            "practice admin" => TestActors.PracticeAdmin,
            "biller" => TestActors.Biller,
            _ => TestActors.Client,
        };
        var authorization = new PsychotherapyNoteAuthorization(client, null, "Coordination with new psychiatrist", "Dr. Patel", At + Duration.FromDays(90), At - Duration.FromDays(2));
        var request = purpose == "none"
            ? null
            : new PsychotherapyNoteAccessRequest(Enum.Parse<PsychotherapyNoteAccessPurpose>(purpose), authorization, "Dr. Patel", "Documented basis", At);

        var decision = ClinicalRecordAccessPolicy.Instance.DecidePsychotherapyNoteUse(who, action, facts, request);

        Assert.Equal(allowed, decision.IsAllowed);
        Assert.Contains(rule, decision.Reason + " " + decision.RuleId, StringComparison.Ordinal);
    }
}
