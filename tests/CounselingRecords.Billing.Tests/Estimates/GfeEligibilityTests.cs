using CounselingRecords.Billing.Estimates;
using CounselingRecords.Care;

namespace CounselingRecords.Billing.Tests.Estimates;

public sealed class GfeEligibilityTests
{
    [Theory]
    [InlineData(new PayerClass[0], false, true, GfeEligibilityReason.Uninsured)]
    [InlineData(new[] { PayerClass.SelfPay }, false, true, GfeEligibilityReason.Uninsured)]
    [InlineData(new[] { PayerClass.Commercial }, false, true, GfeEligibilityReason.SelfPay)]
    [InlineData(new[] { PayerClass.Commercial }, true, false, GfeEligibilityReason.ClaimToCoverage)]
    [InlineData(new[] { PayerClass.Medicare }, false, false, GfeEligibilityReason.FederalProgramBeneficiary)]
    [InlineData(new[] { PayerClass.Medicaid }, false, false, GfeEligibilityReason.FederalProgramBeneficiary)]
    [InlineData(new[] { PayerClass.Commercial, PayerClass.DualEligible }, false, false, GfeEligibilityReason.FederalProgramBeneficiary)]
    [InlineData(new[] { PayerClass.Tricare }, false, false, GfeEligibilityReason.FederalProgramBeneficiary)]
    public void Determine_FollowsR31(PayerClass[] coverage, bool claim, bool owed, GfeEligibilityReason reason)
    {
        var eligibility = GfeEligibility.Determine(new CoverageFacts([.. coverage], claim));

        Assert.Equal(owed, eligibility.IsOwed);
        Assert.Equal(reason, eligibility.Reason);
        Assert.Equal("R3.1", eligibility.Explain().RuleId);
    }
}
