using CounselingRecords.Results;
using CounselingRecords.Testing.Identity;
using CounselingRecords.TreatmentPlans.Plans;
using CounselingRecords.TreatmentPlans.Signatures;
using NodaTime;
using static CounselingRecords.TreatmentPlans.Tests.Support.PlanFixtures;

namespace CounselingRecords.TreatmentPlans.Tests.Signatures;

public sealed class SignatureTests
{
    private static SignVersionRequest ClinicianSigns(int version = 1) =>
        new() { VersionNumber = version, Role = SignatureRole.Clinician, Clinician = Clinician, Credentials = "LPC", SignedAt = T0.Plus(Duration.FromHours(1)) };

    private static SignVersionRequest ClientSigns(int version = 1) =>
        new() { VersionNumber = version, Role = SignatureRole.Client, SignerName = "Client One", SignedAt = T0.Plus(Duration.FromHours(2)) };

    [Fact]
    public void Sign_ClinicianThenClient_CompletesTheVersion_R7_6()
    {
        var plan = NewPlan().Sign(ClinicianSigns()).Value.Sign(ClientSigns()).Value;
        var summary = plan.CurrentVersion.SignatureSummary;

        Assert.True(summary.IsComplete);
        Assert.Equal(ClientAcknowledgment.Acknowledged, summary.Client);
        Assert.All(plan.CurrentVersion.Signatures, s => Assert.Equal(plan.ContentHashOf(1), s.ContentHash));
        Assert.Equal((Clinician, "LPC"), (plan.CurrentVersion.Signatures[0].Clinician!.Value, plan.CurrentVersion.Signatures[0].Credentials));
    }

    [Fact]
    public void Sign_ClientRefusal_IsDocumentedWithReasonAndClinician_R7_6()
    {
        var refusal = new SignVersionRequest
        {
            VersionNumber = 1,
            Role = SignatureRole.Client,
            Kind = SignatureKind.Refused,
            SignedAt = T0.Plus(Duration.FromHours(2)),
            RefusalReason = "Client agrees with goals but declines to sign documents",
            DocumentedBy = Clinician,
        };

        var plan = NewPlan().Sign(ClinicianSigns()).Value.Sign(refusal).Value;
        var signature = plan.CurrentVersion.Signatures[1];

        Assert.Equal(ClientAcknowledgment.Refused, plan.CurrentVersion.SignatureSummary.Client);
        Assert.True(plan.CurrentVersion.SignatureSummary.IsComplete);
        Assert.Equal((SignatureKind.Refused, Clinician), (signature.Kind, signature.DocumentedBy!.Value));
    }

    [Fact]
    public void Sign_RefusalWithoutReason_IsAValidationFailure()
    {
        var refusal = new SignVersionRequest { VersionNumber = 1, Role = SignatureRole.Client, Kind = SignatureKind.Refused, SignedAt = T0 };

        var error = NewPlan().Sign(ClinicianSigns()).Value.Sign(refusal).Error;

        Assert.Equal(CoreErrorCodes.ValidationFailed, error.Code);
        Assert.All(error.Details, d => Assert.Equal(TreatmentPlansErrorCodes.SignatureRefusalReasonRequired, d.Code));
    }

    [Fact]
    public void Sign_ClinicianRefusing_IsAValidationFailure()
    {
        var error = NewPlan().Sign(ClinicianSigns() with { Kind = SignatureKind.Refused, RefusalReason = "x", DocumentedBy = Clinician }).Error;

        Assert.Contains(error.Details, d => d.Code == TreatmentPlansErrorCodes.SignatureRefusalNotAllowed);
    }

    [Fact]
    public void Sign_ClientBeforeClinician_IsRefused()
    {
        Assert.Equal(TreatmentPlansErrorCodes.SignatureClinicianFirst, NewPlan().Sign(ClientSigns()).Error.Code);
    }

    [Fact]
    public void Sign_ClinicianTwice_IsRefused()
    {
        var plan = NewPlan().Sign(ClinicianSigns()).Value;

        Assert.Equal(TreatmentPlansErrorCodes.SignatureAlreadyRecorded, plan.Sign(ClinicianSigns()).Error.Code);
    }

    [Fact]
    public void Sign_RepresentativeAfterClient_IsRefused()
    {
        var plan = NewPlan().Sign(ClinicianSigns()).Value.Sign(ClientSigns()).Value;
        var guardian = new SignVersionRequest { VersionNumber = 1, Role = SignatureRole.ClientRepresentative, SignerName = "Parent", SignedAt = T0.Plus(Duration.FromHours(3)) };

        Assert.Equal(TreatmentPlansErrorCodes.SignatureAlreadyRecorded, plan.Sign(guardian).Error.Code);
    }

    [Fact]
    public void Sign_SupervisorRequired_CompletesOnlyWithTheSupervisor()
    {
        var plan = NewPlan(TwoGoalContent() with { SupervisorSignatureRequired = true }).Sign(ClinicianSigns()).Value.Sign(ClientSigns()).Value;
        Assert.False(plan.CurrentVersion.SignatureSummary.IsComplete);

        var supervised = plan.Sign(new SignVersionRequest { VersionNumber = 1, Role = SignatureRole.Supervisor, Clinician = Supervisor, SignedAt = T0.Plus(Duration.FromDays(1)) }).Value;

        Assert.True(supervised.CurrentVersion.SignatureSummary.IsComplete);
    }

    [Fact]
    public void Sign_SupervisorIsTheSigningClinician_IsRefused()
    {
        var plan = NewPlan().Sign(ClinicianSigns()).Value;

        var error = plan.Sign(new SignVersionRequest { VersionNumber = 1, Role = SignatureRole.Supervisor, Clinician = Clinician, SignedAt = T0.Plus(Duration.FromDays(1)) }).Error;

        Assert.Equal(TreatmentPlansErrorCodes.SignatureSupervisorIsAuthor, error.Code);
    }

    [Fact]
    public void Sign_SupersededVersion_IsRefused_R7_6()
    {
        var plan = NewPlan();
        var revised = plan.Revise(Revision(ContentOf(plan.CurrentVersion) with { EstimatedDurationWeeks = 20 }), TestIds.Seeded(2)).Value;

        Assert.Equal(TreatmentPlansErrorCodes.SignatureVersionSuperseded, revised.Sign(ClinicianSigns(1)).Error.Code);
        Assert.Equal(TreatmentPlansErrorCodes.VersionNotFound, revised.Sign(ClinicianSigns(3)).Error.Code);
        Assert.True(revised.Sign(ClinicianSigns(2) with { SignedAt = T0.Plus(Duration.FromDays(31)) }).Success);
    }

    [Fact]
    public void Sign_BeforeTheVersionWasRecorded_IsRefused()
    {
        var error = NewPlan().Sign(ClinicianSigns() with { SignedAt = T0.Minus(Duration.FromMinutes(1)) }).Error;

        Assert.Equal(TreatmentPlansErrorCodes.SignatureBeforeVersion, error.Code);
    }

    [Fact]
    public void Revise_NewVersion_StartsWithoutSignatures_AndTheOldOneKeepsItsOwn()
    {
        var signed = NewPlan().Sign(ClinicianSigns()).Value.Sign(ClientSigns()).Value;

        var revised = signed.Revise(Revision(ContentOf(signed.CurrentVersion) with { EstimatedDurationWeeks = 20 }), TestIds.Seeded(2)).Value;

        Assert.Equal(2, revised.Versions[0].Signatures.Length);
        Assert.Empty(revised.CurrentVersion.Signatures);
        Assert.NotEqual(revised.ContentHashOf(1), revised.ContentHashOf(2));
    }

    [Fact]
    public void ContentHash_DependsOnContentNotOnSignatures()
    {
        var plan = NewPlan();
        var signed = plan.Sign(ClinicianSigns()).Value;

        Assert.Equal(plan.ContentHashOf(1), signed.ContentHashOf(1));
        Assert.Matches("^[0-9a-f]{64}$", plan.ContentHashOf(1));
    }
}
