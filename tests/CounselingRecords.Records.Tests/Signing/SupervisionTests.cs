using CounselingRecords.Records.Notes;
using CounselingRecords.Records.Signing;
using NodaTime;
using static CounselingRecords.Records.Tests.Fixtures.ResultAssert;
using R = CounselingRecords.Records.Tests.Fixtures.Records;

namespace CounselingRecords.Records.Tests.Signing;

/// <summary>Draft → signed (pending co-sign) → co-signed, and returned for revision with a comment; every transition, allowed and refused.</summary>
public sealed class SupervisionTests
{
    private static readonly Instant Signed = R.SessionEnd + Duration.FromHours(1);
    private static readonly Instant Reviewed = R.SessionEnd + Duration.FromHours(26);

    private static SessionNote SupervisedDraft() => R.DraftNote(R.ActiveClient(), R.NoteDraft(R.ActiveClient().Id, coSigner: R.Supervisor));

    private static SessionNote Pending() => Ok(SupervisedDraft().Sign(R.AuthorSigner, Signed));

    [Fact]
    public void Sign_SupervisedNote_GoesToPendingCoSign()
    {
        var note = Pending();

        Assert.Equal(DocumentStatus.PendingCoSign, note.Status);
        Assert.Equal(R.Supervisor, note.CoSignerId);
        Assert.NotNull(note.Signature);
        Assert.Null(note.CoSignature);
        Fails(note.Revise(R.NoteDraft(note.ClientId, coSigner: R.Supervisor), Signed), RecordsErrorCodes.DocumentLocked);
        Fails(note.Sign(R.AuthorSigner, Signed), RecordsErrorCodes.DocumentAwaitingCoSign);
    }

    [Fact]
    public void CoSign_ByTheDesignatedSupervisor_CoSignsOverTheSameContent()
    {
        var note = Ok(Pending().CoSign(R.SupervisorSigner, Reviewed, "Reviewed; agree with plan"));

        Assert.Equal(DocumentStatus.CoSigned, note.Status);
        Assert.Equal(SignatureMeaning.CoSigned, note.CoSignature!.Meaning);
        Assert.Equal(note.Signature!.ContentHash, note.CoSignature.ContentHash);
        Assert.Equal(note.Signature.SignatureHash, note.CoSignature.CountersignedHash);
        Assert.Equal(ReviewOutcome.CoSigned, Assert.Single(note.Reviews).Outcome);
        Assert.Equal("Electronically co-signed by Dana Reyes, LPC-S on 2026-01-06 12:53 (America/New_York)", note.CoSignature.Describe(R.NewYork));
        Assert.True(note.Verify().IsIntact);
        Assert.True(note.ToServiceFacts().Success);
        Assert.Equal(R.Supervisor, note.ToServiceFacts().Value.SupervisingClinicianId);
    }

    [Fact]
    public void CoSign_ByAnotherClinician_IsRefused()
    {
        Fails(Pending().CoSign(R.OtherSigner, Reviewed), RecordsErrorCodes.NotDesignatedSupervisor);
    }

    [Fact]
    public void CoSign_ByTheAuthor_IsRefused()
    {
        Fails(Pending().CoSign(R.AuthorSigner, Reviewed), RecordsErrorCodes.CoSignerIsAuthor);
    }

    [Fact]
    public void CoSign_BeforeTheAuthorsSignature_IsRefused()
    {
        Fails(Pending().CoSign(R.SupervisorSigner, Signed - Duration.FromMinutes(1)), RecordsErrorCodes.SignatureOutOfOrder);
    }

    [Fact]
    public void CoSign_DraftSignedOrCoSigned_IsRefused()
    {
        var draft = SupervisedDraft();
        var client = R.ActiveClient();
        var signedWithoutSupervision = R.SignedNote(client);
        var coSigned = Ok(Pending().CoSign(R.SupervisorSigner, Reviewed));

        Fails(draft.CoSign(R.SupervisorSigner, Reviewed), RecordsErrorCodes.NotPendingCoSign);
        Fails(signedWithoutSupervision.CoSign(R.SupervisorSigner, Reviewed), RecordsErrorCodes.NotPendingCoSign);
        Fails(coSigned.CoSign(R.SupervisorSigner, Reviewed), RecordsErrorCodes.NotPendingCoSign);
    }

    [Fact]
    public void CoSign_TamperedAfterTheAuthorSigned_IsRefused()
    {
        var pending = Pending();
        var tampered = Fixtures.StateRebuilder.With(pending, nameof(SessionNote.Symptoms), "changed after signing");

        Fails(tampered.CoSign(R.SupervisorSigner, Reviewed), RecordsErrorCodes.SignatureTampered);
    }

    [Fact]
    public void ReturnForRevision_WithComment_MakesTheNoteEditableAndKeepsTheReviewedHash()
    {
        var pending = Pending();

        var returned = Ok(pending.ReturnForRevision(R.SupervisorSigner, "Add the client's response to the intervention", Reviewed));

        Assert.Equal(DocumentStatus.ReturnedForRevision, returned.Status);
        Assert.Null(returned.Signature);
        var review = Assert.Single(returned.Reviews);
        Assert.Equal(ReviewOutcome.ReturnedForRevision, review.Outcome);
        Assert.Equal("Add the client's response to the intervention", review.Comment);
        Assert.Equal(pending.Signature!.SignatureHash, review.ReviewedSignatureHash);
        Assert.Equal(VerificationOutcome.Unsigned, returned.Verify().Outcome);
    }

    [Fact]
    public void ReturnForRevision_WithoutComment_IsRefused()
    {
        Fails(Pending().ReturnForRevision(R.SupervisorSigner, "  ", Reviewed), RecordsErrorCodes.ReviewCommentRequired);
    }

    [Fact]
    public void ReturnForRevision_ByAnotherClinician_OrWhenNotPending_IsRefused()
    {
        Fails(Pending().ReturnForRevision(R.OtherSigner, "Fix", Reviewed), RecordsErrorCodes.NotDesignatedSupervisor);
        Fails(SupervisedDraft().ReturnForRevision(R.SupervisorSigner, "Fix", Reviewed), RecordsErrorCodes.NotPendingCoSign);
    }

    [Fact]
    public void ReturnedNote_RevisedAndSignedAgain_CanBeCoSigned()
    {
        var returned = Ok(Pending().ReturnForRevision(R.SupervisorSigner, "Add the response", Reviewed));

        var revised = Ok(returned.Revise(R.NoteDraft(returned.ClientId, coSigner: R.Supervisor, symptoms: "Low mood improving"), Reviewed + Duration.FromHours(1)));
        Assert.Equal(DocumentStatus.ReturnedForRevision, revised.Status);
        var resigned = Ok(revised.Sign(R.AuthorSigner, Reviewed + Duration.FromHours(2)));
        Assert.Equal(DocumentStatus.PendingCoSign, resigned.Status);
        var coSigned = Ok(resigned.CoSign(R.SupervisorSigner, Reviewed + Duration.FromHours(3)));

        Assert.Equal(DocumentStatus.CoSigned, coSigned.Status);
        Assert.Equal(new[] { ReviewOutcome.ReturnedForRevision, ReviewOutcome.CoSigned }, coSigned.Reviews.Select(r => r.Outcome));
        Assert.True(coSigned.Verify().IsIntact);
    }

    [Fact]
    public void Revise_ReturnedNote_CannotDropTheSupervisor()
    {
        var returned = Ok(Pending().ReturnForRevision(R.SupervisorSigner, "Add the response", Reviewed));

        Fails(returned.Revise(R.NoteDraft(returned.ClientId, coSigner: null), Reviewed), RecordsErrorCodes.RecordIdentityChanged);
    }

    [Fact]
    public void AddAddendum_WhileAwaitingCoSign_IsRefused()
    {
        Fails(Pending().AddAddendum(R.AuthorSigner, new Records.Amendments.AddendumDraft(Records.Amendments.AddendumKind.Addendum, "r", "t"), Reviewed, R.Ids()), RecordsErrorCodes.DocumentAwaitingCoSign);
    }

    [Fact]
    public void Constructor_SignaturesThatDoNotFitTheStatus_Throw()
    {
        var pending = Pending();

        Assert.Throws<ArgumentException>(() => Fixtures.StateRebuilder.With(pending, nameof(SessionNote.Status), DocumentStatus.Draft));
        Assert.Throws<ArgumentException>(() => Fixtures.StateRebuilder.With(pending, nameof(SessionNote.Status), DocumentStatus.CoSigned));
        Assert.Throws<ArgumentException>(() => Fixtures.StateRebuilder.With(pending, nameof(SessionNote.CoSignerId), (Identity.ClinicianId?)null));
    }
}
