using CounselingRecords.Auditing;
using CounselingRecords.Identity;
using CounselingRecords.Records.AccessControl;
using CounselingRecords.Records.AccessRequests;
using CounselingRecords.Records.Deadlines;
using CounselingRecords.Results;
using CounselingRecords.Testing.Identity;
using NodaTime;
using static CounselingRecords.Records.Tests.Fixtures.ResultAssert;
using R = CounselingRecords.Records.Tests.Fixtures.Records;

namespace CounselingRecords.Records.Tests.AccessRequests;

public sealed class RecordAccessRequestTests
{
    private static readonly LocalDate Received = new(2026, 1, 5);
    private static readonly RecordReference Note = RecordReference.For(RecordTypes.SessionNote, TestIds.Numbered<NoteId>(1));
    private static readonly RecordReference Intake = RecordReference.For(RecordTypes.IntakeAssessment, TestIds.Numbered<IntakeAssessmentId>(1));
    private static readonly RecordReference ProcessNote = RecordReference.For(RecordTypes.PsychotherapyNote, TestIds.Numbered<PsychotherapyNoteId>(1));

    private static RecordAccessRequest Open(params RecordKind[] kinds) =>
        Ok(RecordAccessRequest.Receive(R.Ids(), new RecordAccessRequestSubmission(TestIds.Numbered<ClientId>(1), kinds.Length == 0 ? [RecordKind.SessionNote, RecordKind.PsychotherapyNote] : [.. kinds], null, null, AccessFormat.Electronic, Received)));

    [Fact]
    public void Receive_IsDue30DaysAfterReceipt_AndSetsAsidePsychotherapyNotes()
    {
        var request = Open();

        Assert.Equal(new LocalDate(2026, 2, 4), request.DueOn);
        Assert.Equal(new[] { RecordKind.SessionNote }, request.RequestedKinds);
        Assert.Equal(new[] { RecordKind.PsychotherapyNote }, request.ExcludedKinds);
    }

    [Fact]
    public void Extend_Once_ByAtMost30Days_WithNoticeInTheFirst30Days()
    {
        var request = Open();

        Fails(request.Extend(new DeadlineExtensionRequest(new LocalDate(2026, 2, 5), 30, "Off-site archive")), RecordsErrorCodes.DeadlineExtensionNoticeLate);
        Assert.Equal("R7.3", Fails(request.Extend(new DeadlineExtensionRequest(new LocalDate(2026, 2, 4), 31, "Off-site archive")), RecordsErrorCodes.DeadlineExtensionTooLong).RuleId);
        var extended = Ok(request.Extend(new DeadlineExtensionRequest(new LocalDate(2026, 2, 4), 30, "Off-site archive")));
        Assert.Equal(new LocalDate(2026, 3, 6), extended.DueOn);
        Fails(extended.Extend(new DeadlineExtensionRequest(new LocalDate(2026, 2, 4), 1, "again")), RecordsErrorCodes.DeadlineAlreadyExtended);
    }

    [Fact]
    public void ReleasableFrom_NeverIncludesPsychotherapyNotesOrUnrequestedKinds()
    {
        var request = Open();

        Assert.Equal(new[] { Note }, request.ReleasableFrom([Note, Intake, ProcessNote]));
    }

    [Fact]
    public void Fulfill_ReleasingAPsychotherapyNote_IsRefused()
    {
        var request = Open();

        Assert.Equal("R7.3", Fails(request.Fulfill(new LocalDate(2026, 1, 20), [Note, ProcessNote]), RecordsErrorCodes.AccessRequestPsychotherapyNoteExcluded).RuleId);
        Fails(request.Fulfill(new LocalDate(2026, 1, 20), [Intake]), RecordsErrorCodes.AccessRequestRecordNotRequested);
        var fulfilled = Ok(request.Fulfill(new LocalDate(2026, 1, 20), [Note]));
        Assert.Equal(AccessRequestStatus.Fulfilled, fulfilled.Status);
        Assert.Equal(new[] { Note }, fulfilled.ReleasedRecords);
        Fails(fulfilled.Deny(new LocalDate(2026, 1, 21), AccessDenialGround.RecordsNotHeld, "x"), RecordsErrorCodes.AccessRequestAlreadyCompleted);
    }

    [Fact]
    public void Deny_NeedsAGroundAndExplanation()
    {
        var request = Open(RecordKind.ProgressReport);

        Fails(request.Deny(new LocalDate(2026, 1, 20), AccessDenialGround.EndangersLifeOrSafety, " "), RecordsErrorCodes.AccessRequestDenialIncomplete);
        var denied = Ok(request.Deny(new LocalDate(2026, 1, 20), AccessDenialGround.EndangersLifeOrSafety, "A licensed professional determined access is likely to endanger the client."));
        Assert.Equal(AccessRequestStatus.Denied, denied.Status);
        Assert.False(denied.IsOverdue(new LocalDate(2026, 6, 1)));
    }

    [Fact]
    public void Receive_WithoutKinds_IsAValidationFailure()
    {
        var submission = new RecordAccessRequestSubmission(TestIds.Numbered<ClientId>(1), [], null, null, AccessFormat.Paper, Received);

        FailsWithDetail(RecordAccessRequest.Receive(R.Ids(), submission), CoreErrorCodes.ValidationFailed, RecordsErrorCodes.AccessRequestKindsMissing);
    }

    [Fact]
    public void Constructor_PsychotherapyNoteAmongRequestedKinds_Throws()
    {
        var request = Open();

        Assert.Throws<ArgumentException>(() => Fixtures.StateRebuilder.With(request, nameof(RecordAccessRequest.RequestedKinds), System.Collections.Immutable.ImmutableArray.Create(RecordKind.PsychotherapyNote)));
    }
}
