using CounselingRecords.Access;
using CounselingRecords.Records.AccessControl;
using CounselingRecords.Testing.Access;

namespace CounselingRecords.Records.Tests.AccessControl;

public sealed class BreakGlassTests
{
    private static readonly BreakGlassRequest Emergency = new(BreakGlassReason.ImminentRiskToSelf, "Client called the on-call line in crisis");
    private static readonly ClinicalRecordAccessPolicy Policy = ClinicalRecordAccessPolicy.Instance;

    [Theory]
    [InlineData(RecordKind.Demographics)]
    [InlineData(RecordKind.IntakeAssessment)]
    [InlineData(RecordKind.SessionNote)]
    [InlineData(RecordKind.ProgressReport)]
    public void DecideEmergency_ClinicianNotOnTheCareTeamReading_IsAllowedAndMarked(RecordKind kind)
    {
        var decision = Policy.DecideEmergency(TestActors.OtherClinician, AccessAction.Read, AccessMatrixTests.Facts(kind), Emergency);

        Assert.True(decision.IsAllowed);
        Assert.True(decision.IsBreakGlass);
        Assert.Equal("RA10", decision.RuleId);
        Assert.Contains("ImminentRiskToSelf", decision.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void DecideEmergency_PsychotherapyNote_IsNeverOpened()
    {
        var decision = Policy.DecideEmergency(TestActors.OtherClinician, AccessAction.Read, AccessMatrixTests.Facts(RecordKind.PsychotherapyNote), Emergency);

        Assert.False(decision.IsAllowed);
        Assert.Equal("RA1", decision.RuleId);
    }

    [Theory]
    [InlineData(AccessAction.Update)]
    [InlineData(AccessAction.Export)]
    [InlineData(AccessAction.Delete)]
    public void DecideEmergency_AnythingButReading_IsDenied(AccessAction action)
    {
        var decision = Policy.DecideEmergency(TestActors.OtherClinician, action, AccessMatrixTests.Facts(RecordKind.SessionNote), Emergency);

        Assert.False(decision.IsAllowed);
        Assert.Equal("RA10", decision.RuleId);
    }

    [Fact]
    public void DecideEmergency_ByNonClinicalStaff_IsDenied()
    {
        Assert.False(Policy.DecideEmergency(TestActors.Biller, AccessAction.Read, AccessMatrixTests.Facts(RecordKind.SessionNote), Emergency).IsAllowed);
        Assert.False(Policy.DecideEmergency(TestActors.FrontDesk, AccessAction.Read, AccessMatrixTests.Facts(RecordKind.SessionNote), Emergency).IsAllowed);
    }

    [Fact]
    public void DecideEmergency_WithoutJustification_IsDenied()
    {
        var decision = Policy.DecideEmergency(TestActors.OtherClinician, AccessAction.Read, AccessMatrixTests.Facts(RecordKind.SessionNote), new BreakGlassRequest(BreakGlassReason.Other, " "));

        Assert.False(decision.IsAllowed);
        Assert.Equal("RA10", decision.RuleId);
    }

    [Fact]
    public void DecideEmergency_WhenNormallyAllowed_IsTheNormalDecision()
    {
        var decision = Policy.DecideEmergency(TestActors.Clinician, AccessAction.Read, AccessMatrixTests.Facts(RecordKind.SessionNote), Emergency);

        Assert.True(decision.IsAllowed);
        Assert.False(decision.IsBreakGlass);
        Assert.Equal("RA3", decision.RuleId);
    }
}
