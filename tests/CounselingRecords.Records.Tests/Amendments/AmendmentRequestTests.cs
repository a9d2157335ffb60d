using CounselingRecords.Auditing;
using CounselingRecords.Identity;
using CounselingRecords.Records.Amendments;
using CounselingRecords.Records.Deadlines;
using CounselingRecords.Results;
using CounselingRecords.Testing.Identity;
using NodaTime;
using static CounselingRecords.Records.Tests.Fixtures.ResultAssert;
using R = CounselingRecords.Records.Tests.Fixtures.Records;

namespace CounselingRecords.Records.Tests.Amendments;

public sealed class AmendmentRequestTests
{
    private static readonly LocalDate Received = new(2026, 1, 5);
    private static readonly UserId PrivacyOfficer = TestIds.Numbered<UserId>(6);

    private static AmendmentRequestSubmission Submission(RecordReference target, string? reason = "The note says I missed a session I attended") =>
        new(TestIds.Numbered<ClientId>(1), target, "Record that I attended on 2026-01-05", reason, Received, ["Dr. Patel, primary care"]);

    private static AmendmentRequest Open(RecordReference? target = null) =>
        Ok(AmendmentRequest.Receive(R.Ids(), Submission(target ?? RecordReference.For(RecordTypes.SessionNote, TestIds.Numbered<NoteId>(1)))));

    private static AmendmentDenial Denial() => new(AmendmentDenialGround.AccurateAndComplete, "The note matches the attendance log.", "Write to the privacy officer at the practice address.", "Privacy Officer, 555-0199");

    [Fact]
    public void Receive_IsDue60DaysAfterReceipt()
    {
        var request = Open();

        Assert.Equal(new LocalDate(2026, 3, 6), request.OriginalDueOn);
        Assert.Equal(request.OriginalDueOn, request.DueOn);
        Assert.Equal(AmendmentRequestStatus.Open, request.Status);
        Assert.False(request.IsOverdue(new LocalDate(2026, 3, 6)));
        Assert.True(request.IsOverdue(new LocalDate(2026, 3, 7)));
    }

    [Fact]
    public void Receive_WithoutReason_IsAValidationFailure()
    {
        FailsWithDetail(AmendmentRequest.Receive(R.Ids(), Submission(RecordReference.For(RecordTypes.SessionNote, TestIds.Numbered<NoteId>(1)), reason: null)), CoreErrorCodes.ValidationFailed, RecordsErrorCodes.AmendmentReasonMissing);
    }

    [Fact]
    public void Extend_Once_By30Days_WithNoticeInTheFirst60Days()
    {
        var extended = Ok(Open().Extend(new DeadlineExtensionRequest(new LocalDate(2026, 3, 6), 30, "Records are being retrieved from storage")));

        Assert.Equal(new LocalDate(2026, 4, 5), extended.DueOn);
        Assert.Equal(new LocalDate(2026, 3, 6), extended.OriginalDueOn);
        Assert.Equal(30, extended.Extension!.Days);
        Fails(extended.Extend(new DeadlineExtensionRequest(new LocalDate(2026, 3, 7), 5, "again")), RecordsErrorCodes.DeadlineAlreadyExtended);
    }

    [Fact]
    public void Extend_Beyond30Days_NoticeAfterTheFirstDeadline_OrWithoutReason_IsRefused()
    {
        var request = Open();

        Assert.Equal("R7.8", Fails(request.Extend(new DeadlineExtensionRequest(new LocalDate(2026, 2, 1), 31, "Busy")), RecordsErrorCodes.DeadlineExtensionTooLong).RuleId);
        Fails(request.Extend(new DeadlineExtensionRequest(new LocalDate(2026, 3, 7), 10, "Late notice")), RecordsErrorCodes.DeadlineExtensionNoticeLate);
        FailsWithDetail(request.Extend(new DeadlineExtensionRequest(new LocalDate(2026, 2, 1), 10, null)), CoreErrorCodes.ValidationFailed, RecordsErrorCodes.DeadlineExtensionReasonMissing);
    }

    [Fact]
    public void Accept_ThenLinkTheAmendmentAndNotify()
    {
        var ids = R.Ids();
        var client = R.ActiveClient(ids);
        var note = R.SignedNote(client, ids: ids);
        var request = Ok(AmendmentRequest.Receive(ids, new AmendmentRequestSubmission(client.Id, note.ToReference(), "Correct attendance", "Wrong", Received, ["PCP"])));

        var accepted = Ok(request.Accept(new LocalDate(2026, 2, 1), PrivacyOfficer, "Agreed with the client"));
        var amendedNote = Ok(note.AddAddendum(R.AuthorSigner, new AddendumDraft(AddendumKind.Amendment, "Client amendment request accepted", "Client attended on 2026-01-05.", accepted.Id), R.SessionEnd + Duration.FromDays(27), ids));
        var linked = Ok(accepted.LinkAmendment(amendedNote.Addenda[0]));
        var notified = Ok(linked.RecordNotification(new LocalDate(2026, 2, 3)));

        Assert.Equal(AmendmentRequestStatus.Accepted, notified.Status);
        Assert.Equal(amendedNote.Addenda[0].Id, notified.AmendmentAddendumId);
        Assert.Equal(new LocalDate(2026, 2, 3), notified.NotifiedOn);
        Assert.True(amendedNote.Verify().IsIntact);
        Fails(accepted.Deny(new LocalDate(2026, 2, 2), PrivacyOfficer, Denial()), RecordsErrorCodes.AmendmentAlreadyDecided);
    }

    [Fact]
    public void LinkAmendment_AddendumForAnotherRequestOrRecord_IsRefused()
    {
        var ids = R.Ids();
        var client = R.ActiveClient(ids);
        var note = R.SignedNote(client, ids: ids);
        var accepted = Ok(Open().Accept(new LocalDate(2026, 2, 1), PrivacyOfficer));
        var unrelated = Ok(note.AddAddendum(R.AuthorSigner, new AddendumDraft(AddendumKind.Addendum, "r", "t"), R.SessionEnd + Duration.FromDays(1), ids)).Addenda[0];

        Fails(accepted.LinkAmendment(unrelated), RecordsErrorCodes.AmendmentAddendumMismatch);
        Fails(Open().LinkAmendment(unrelated), RecordsErrorCodes.AmendmentNotAccepted);
        Fails(accepted.RecordNotification(new LocalDate(2026, 2, 2)), RecordsErrorCodes.AmendmentNotAccepted);
    }

    [Fact]
    public void Deny_WithTheNoticeElements_ThenDisagreementAndRebuttal()
    {
        var denied = Ok(Open().Deny(new LocalDate(2026, 2, 10), PrivacyOfficer, Denial()));
        var disagreed = Ok(denied.FileDisagreement("I was there; my calendar shows it.", new LocalDate(2026, 2, 20)));
        var rebutted = Ok(disagreed.AddRebuttal("The sign-in sheet shows no attendance.", new LocalDate(2026, 2, 25)));

        Assert.Equal(AmendmentRequestStatus.Denied, rebutted.Status);
        Assert.Equal(AmendmentDenialGround.AccurateAndComplete, rebutted.Denial!.Ground);
        var notice = rebutted.Denial.ComposeNotice();
        Assert.Contains("the information is accurate and complete", notice, StringComparison.Ordinal);
        Assert.Contains("The note matches the attendance log.", notice, StringComparison.Ordinal);
        Assert.Contains("right to submit a written statement disagreeing", notice, StringComparison.Ordinal);
        Assert.Contains("included with any future disclosure", notice, StringComparison.Ordinal);
        Assert.Contains("Privacy Officer, 555-0199", notice, StringComparison.Ordinal);
        Assert.Contains("Secretary of the U.S. Department of Health and Human Services", notice, StringComparison.Ordinal);
        Fails(rebutted.AddRebuttal("again", new LocalDate(2026, 2, 26)), RecordsErrorCodes.AmendmentRebuttalAlreadyWritten);
        Fails(disagreed.FileDisagreement("again", new LocalDate(2026, 2, 21)), RecordsErrorCodes.AmendmentDisagreementAlreadyFiled);
    }

    [Fact]
    public void Deny_WithoutBasisOrComplaintContact_IsAValidationFailure()
    {
        var error = Fails(Open().Deny(new LocalDate(2026, 2, 10), PrivacyOfficer, new AmendmentDenial(AmendmentDenialGround.NotCreatedByPractice, "", "", "")), CoreErrorCodes.ValidationFailed);

        Assert.Contains(RecordsErrorCodes.AmendmentDenialBasisMissing, DetailCodes(error));
        Assert.Contains(RecordsErrorCodes.AmendmentDenialDisagreementMissing, DetailCodes(error));
        Assert.Contains(RecordsErrorCodes.AmendmentDenialComplaintContactMissing, DetailCodes(error));
    }

    [Fact]
    public void Disagreement_WithoutDenial_AndRebuttalWithoutDisagreement_AreRefused()
    {
        Fails(Open().FileDisagreement("x", Received), RecordsErrorCodes.AmendmentNotDenied);
        Fails(Ok(Open().Deny(new LocalDate(2026, 2, 10), PrivacyOfficer, Denial())).AddRebuttal("x", new LocalDate(2026, 2, 11)), RecordsErrorCodes.AmendmentNoDisagreement);
    }

    [Fact]
    public void Accept_PsychotherapyNoteTarget_IsRefused_DenyAsNotAvailable()
    {
        var request = Open(RecordReference.For(RecordTypes.PsychotherapyNote, TestIds.Numbered<PsychotherapyNoteId>(1)));

        Assert.Equal("R7.8", Fails(request.Accept(new LocalDate(2026, 2, 1), PrivacyOfficer), RecordsErrorCodes.AmendmentPsychotherapyNoteExcluded).RuleId);
        Ok(request.Deny(new LocalDate(2026, 2, 1), PrivacyOfficer, new AmendmentDenial(AmendmentDenialGround.NotAvailableForInspection, "Psychotherapy notes are not part of the designated record set.", "Write to us.", "Privacy Officer")));
    }

    [Fact]
    public void Decide_BeforeReceiptOrWithoutDecider_IsRefused()
    {
        Fails(Open().Accept(Received.PlusDays(-1), PrivacyOfficer), RecordsErrorCodes.AmendmentDateOutOfOrder);
        Fails(Open().Accept(Received, default), RecordsErrorCodes.AmendmentDeciderMissing);
    }

    [Fact]
    public void Constructor_DecisionFieldsNotFittingStatus_Throw()
    {
        var open = Open();

        Assert.Throws<ArgumentException>(() => Fixtures.StateRebuilder.With(open, nameof(AmendmentRequest.Status), AmendmentRequestStatus.Denied));
        Assert.Throws<ArgumentException>(() => Fixtures.StateRebuilder.With(open, nameof(AmendmentRequest.DueOn), Received.PlusDays(90)));
    }

    [Fact]
    public void ToString_DoesNotPrintTheRequestedChange()
    {
        Assert.DoesNotContain("attended", Open().ToString(), StringComparison.Ordinal);
    }
}
