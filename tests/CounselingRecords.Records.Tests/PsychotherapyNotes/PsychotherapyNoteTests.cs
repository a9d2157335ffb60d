using CounselingRecords.Records.Amendments;
using CounselingRecords.Records.PsychotherapyNotes;
using CounselingRecords.Records.Signing;
using CounselingRecords.Records.Tests.Fixtures;
using CounselingRecords.Results;
using NodaTime;
using static CounselingRecords.Records.Tests.Fixtures.ResultAssert;
using R = CounselingRecords.Records.Tests.Fixtures.Records;

namespace CounselingRecords.Records.Tests.PsychotherapyNotes;

public sealed class PsychotherapyNoteTests
{
    private static readonly Instant At = R.SessionEnd + Duration.FromHours(1);

    private static PsychotherapyNote Draft() =>
        Ok(PsychotherapyNote.Start(R.Ids(), R.ActiveClient(), new PsychotherapyNoteDraft(R.ActiveClient().Id, R.Author, null, R.DateOfService, "Transference themes around authority."), R.SessionEnd));

    [Fact]
    public void Start_ThenSign_ByItsAuthor_IsLockedAndVerifiable()
    {
        var signed = Ok(Draft().Sign(R.AuthorSigner, At));

        Assert.Equal(DocumentStatus.Signed, signed.Status);
        Assert.True(signed.Verify().IsIntact);
        Fails(signed.Revise(new PsychotherapyNoteDraft(signed.ClientId, R.Author, null, R.DateOfService, "changed"), At), RecordsErrorCodes.DocumentLocked);
        Assert.Equal(new[] { "Content" }, StateRebuilder.With(signed, nameof(PsychotherapyNote.Content), "changed").Verify().FieldsOf(signed.ToReference()));
    }

    [Fact]
    public void Sign_OrAddAddendum_BySomeoneElse_IsRefused()
    {
        Fails(Draft().Sign(R.SupervisorSigner, At), RecordsErrorCodes.SignerNotAuthor);
        var signed = Ok(Draft().Sign(R.AuthorSigner, At));

        Assert.Equal("R7.2", Fails(signed.AddAddendum(R.SupervisorSigner, new AddendumDraft(AddendumKind.Addendum, "r", "t"), At, R.Ids()), RecordsErrorCodes.SignerNotAuthor).RuleId);
        Ok(signed.AddAddendum(R.AuthorSigner, new AddendumDraft(AddendumKind.Addendum, "Later reflection", "More on the theme."), At, R.Ids()));
    }

    [Fact]
    public void Start_WithoutContent_IsAValidationFailure()
    {
        var client = R.ActiveClient();

        FailsWithDetail(PsychotherapyNote.Start(R.Ids(), client, new PsychotherapyNoteDraft(client.Id, R.Author, null, R.DateOfService, " "), R.SessionEnd), CoreErrorCodes.ValidationFailed, RecordsErrorCodes.PsychotherapyNoteContentMissing);
    }

    [Fact]
    public void Type_HasNoFieldForWhatR71KeepsInTheProgressNote()
    {
        // R7.1: times, modality, diagnosis, test results, symptoms, functional status, plan and progress belong in the progress note.
        var names = typeof(PsychotherapyNote).GetProperties().Select(p => p.Name).ToHashSet();

        Assert.DoesNotContain("StartedAt", names);
        Assert.DoesNotContain("EndedAt", names);
        Assert.DoesNotContain("Modality", names);
        Assert.DoesNotContain("Diagnoses", names);
        Assert.DoesNotContain("Measurements", names);
        Assert.DoesNotContain("Symptoms", names);
        Assert.DoesNotContain("FunctionalStatus", names);
        Assert.DoesNotContain("ObjectiveProgress", names);
        Assert.DoesNotContain("CoSignerId", names);
    }

    [Fact]
    public void ToString_PrintsIdsOnly()
    {
        Assert.DoesNotContain("Transference", Draft().ToString(), StringComparison.Ordinal);
    }
}
