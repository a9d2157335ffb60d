using System.Collections.Immutable;
using CounselingRecords.Records.Clinical;
using CounselingRecords.Records.Intake;
using CounselingRecords.Records.Signing;
using CounselingRecords.Records.Tests.Fixtures;
using CounselingRecords.Results;
using NodaTime;
using static CounselingRecords.Records.Tests.Fixtures.ResultAssert;
using R = CounselingRecords.Records.Tests.Fixtures.Records;

namespace CounselingRecords.Records.Tests.Intake;

public sealed class IntakeAssessmentTests
{
    private static readonly Instant Signed = R.SessionEnd + Duration.FromHours(2);

    [Fact]
    public void Start_CompleteDraft_StoresSectionsInOrderAndPrimaryDiagnosisFirst()
    {
        var client = R.ActiveClient();
        var shuffled = R.AllHistory().Reverse().ToImmutableArray();

        var intake = Ok(IntakeAssessment.Start(R.Ids(), client, R.IntakeDraft(client.Id, history: shuffled, diagnoses: [DiagnosisInput.Secondary("F41.1"), DiagnosisInput.Primary("F32.1")]), R.SessionEnd));

        Assert.Equal(Enum.GetValues<HistorySection>(), intake.History.Select(h => h.Section));
        Assert.Equal("F32.1", intake.Diagnoses[0].Code.Value);
        Assert.True(intake.Diagnoses[0].IsPrimary);
        Assert.Equal(DocumentStatus.Draft, intake.Status);
    }

    [Fact]
    public void Start_InvalidDiagnosisCode_IsAValidationFailure()
    {
        var client = R.ActiveClient();

        FailsWithDetail(IntakeAssessment.Start(R.Ids(), client, R.IntakeDraft(client.Id, diagnoses: [DiagnosisInput.Primary("DEPRESSION")]), R.SessionEnd), CoreErrorCodes.ValidationFailed, RecordsErrorCodes.DiagnosisInvalidCode);
    }

    [Theory]
    [InlineData(HistorySection.Psychiatric)]
    [InlineData(HistorySection.Medical)]
    [InlineData(HistorySection.SubstanceUse)]
    [InlineData(HistorySection.Family)]
    [InlineData(HistorySection.Social)]
    [InlineData(HistorySection.Developmental)]
    [InlineData(HistorySection.Legal)]
    public void Sign_MissingAHistorySection_IsRefusedNamingIt(HistorySection missing)
    {
        var client = R.ActiveClient();
        var intake = R.DraftIntake(client, R.IntakeDraft(client.Id, history: R.AllHistory().Where(h => h.Section != missing).ToImmutableArray()));

        var error = FailsWithDetail(intake.Sign(R.AuthorSigner, Signed), RecordsErrorCodes.IntakeIncomplete, RecordsErrorCodes.IntakeHistoryMissing);

        Assert.Equal($"History.{missing}", Assert.Single(error.Details).Target);
    }

    [Fact]
    public void Sign_MissingMentalStatusDomainsAndRecommendations_ListsEach()
    {
        var client = R.ActiveClient();
        var partial = R.FullMentalStatus().Where(f => f.Domain is not (MentalStatusDomain.Insight or MentalStatusDomain.Judgment)).ToImmutableArray();
        var intake = R.DraftIntake(client, R.IntakeDraft(client.Id, mentalStatus: partial, recommendations: null, presentingProblem: " "));

        var error = Fails(intake.Sign(R.AuthorSigner, Signed), RecordsErrorCodes.IntakeIncomplete);

        Assert.Equal(
            new[] { "PresentingProblem", "MentalStatus.Insight", "MentalStatus.Judgment", "Recommendations" },
            error.Details.Select(d => d.Target));
    }

    [Fact]
    public void Sign_RiskNotScreened_IsRefused()
    {
        var client = R.ActiveClient();
        var intake = R.DraftIntake(client, R.IntakeDraft(client.Id, risk: RiskAssessment.NotAssessed));

        FailsWithDetail(intake.Sign(R.AuthorSigner, Signed), RecordsErrorCodes.IntakeIncomplete, RecordsErrorCodes.RiskAssessmentMissing);
    }

    [Fact]
    public void Sign_PositiveScreen_RaisesASafetyFlagCarriedForwardIntoTheNextNote()
    {
        var ids = R.Ids();
        var client = R.ActiveClient(ids);
        var intake = Ok(IntakeAssessment.Start(ids, client, R.IntakeDraft(client.Id, risk: R.PositiveSuicideRisk()), R.SessionEnd).Value.Sign(R.AuthorSigner, Signed));

        Assert.Equal(new[] { SafetyFlagKind.SuicideRisk }, intake.RaisedSafetyFlags());
        var flagged = Ok(client.CarryForward(intake, Signed));
        var nextNote = R.DraftNote(flagged, R.NoteDraft(flagged.Id, risk: RiskAssessment.NotAssessed), ids);

        Assert.Equal(new[] { SafetyFlagKind.SuicideRisk }, nextNote.CarriedSafetyFlags);
        FailsWithDetail(nextNote.Sign(R.AuthorSigner, Signed), RecordsErrorCodes.NoteIncomplete, RecordsErrorCodes.RiskAssessmentMissing);
        Ok(Ok(nextNote.Revise(R.NoteDraft(flagged.Id, risk: R.PositiveSuicideRisk()), Signed)).Sign(R.AuthorSigner, Signed));
    }

    [Fact]
    public void Sign_Complete_IsLockedAndVerifiable()
    {
        var client = R.ActiveClient();
        var intake = Ok(R.DraftIntake(client).Sign(R.AuthorSigner, Signed));

        Assert.Equal(DocumentStatus.Signed, intake.Status);
        Assert.True(intake.Verify().IsIntact);
        Fails(intake.Revise(R.IntakeDraft(client.Id), Signed), RecordsErrorCodes.DocumentLocked);
        var tampered = StateRebuilder.With(intake, nameof(IntakeAssessment.History), intake.History.SetItem(2, new HistoryEntry(HistorySection.SubstanceUse, "Daily alcohol use")));
        Assert.Equal(new[] { "History.SubstanceUse" }, tampered.Verify().FieldsOf(intake.ToReference()));
    }

    [Fact]
    public void Sign_BySupervisedClinician_NeedsCoSignature_AndCanBeReturned()
    {
        var client = R.ActiveClient();
        var pending = Ok(R.DraftIntake(client, R.IntakeDraft(client.Id, coSigner: R.Supervisor)).Sign(R.AuthorSigner, Signed));
        Assert.Equal(DocumentStatus.PendingCoSign, pending.Status);

        var returned = Ok(pending.ReturnForRevision(R.SupervisorSigner, "Expand the family history", Signed + Duration.FromHours(1)));
        var revised = Ok(returned.Revise(R.IntakeDraft(client.Id, coSigner: R.Supervisor), Signed + Duration.FromHours(2)));
        var coSigned = Ok(Ok(revised.Sign(R.AuthorSigner, Signed + Duration.FromHours(3))).CoSign(R.SupervisorSigner, Signed + Duration.FromHours(4)));

        Assert.Equal(DocumentStatus.CoSigned, coSigned.Status);
        Assert.True(coSigned.Verify().IsIntact);
        Fails(coSigned.CoSign(R.SupervisorSigner, Signed + Duration.FromHours(5)), RecordsErrorCodes.NotPendingCoSign);
    }

    [Fact]
    public void Sign_BeforeTheLastEdit_IsRefused()
    {
        var client = R.ActiveClient();
        var intake = Ok(R.DraftIntake(client).Revise(R.IntakeDraft(client.Id), Signed));

        Fails(intake.Sign(R.AuthorSigner, Signed - Duration.FromMinutes(1)), RecordsErrorCodes.SignatureOutOfOrder);
    }

    [Fact]
    public void AddAddendum_SignedIntake_KeepsTheOriginal()
    {
        var client = R.ActiveClient();
        var intake = Ok(R.DraftIntake(client).Sign(R.AuthorSigner, Signed));

        var amended = Ok(intake.AddAddendum(R.AuthorSigner, new Records.Amendments.AddendumDraft(Records.Amendments.AddendumKind.LateEntry, "Information received after signing", "Prior hospitalization in 2019."), Signed + Duration.FromDays(1), R.Ids()));

        Assert.Equal(intake.History.Select(h => h.Text), amended.History.Select(h => h.Text));
        Assert.Single(amended.Addenda);
        Assert.True(amended.Verify().IsIntact);
    }

    [Fact]
    public void ToString_PrintsIdsOnly()
    {
        var client = R.ActiveClient();
        var intake = R.DraftIntake(client);

        Assert.DoesNotContain("low mood", intake.ToString(), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("none reported", intake.History[0].ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("normal", intake.MentalStatus[0].ToString(), StringComparison.Ordinal);
    }
}
