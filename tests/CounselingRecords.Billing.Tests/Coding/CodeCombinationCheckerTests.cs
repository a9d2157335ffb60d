using CounselingRecords.Billing.Coding;
using CounselingRecords.Billing.Payers;

namespace CounselingRecords.Billing.Tests.Coding;

public sealed class CodeCombinationCheckerTests
{
    [Theory]
    [InlineData(null, null, "90834")]
    [InlineData(null, null, "99214", "90836")]
    [InlineData(null, null, "90791", "90785")]
    [InlineData(null, null, "90853", "90785")]
    [InlineData(null, null, "90839", "90840")]
    [InlineData(null, null, "90834", "90847")]
    [InlineData(BillingErrorCodes.CodingMultipleTimeBasedCodes, "R1.3", "90834", "90832")]
    [InlineData(BillingErrorCodes.CodingAddOnWithoutPrimary, "R1.6", "90836")]
    [InlineData(BillingErrorCodes.CodingExcludedCombination, "R1.7", "99214", "90836", "90834")]
    [InlineData(BillingErrorCodes.CodingExcludedCombination, "R1.8", "90791", "90839")]
    [InlineData(BillingErrorCodes.CodingCrisisCodeRepeated, "R1.9", "90839", "90839")]
    [InlineData(BillingErrorCodes.CodingAddOnWithoutPrimary, "R1.10", "90840")]
    [InlineData(BillingErrorCodes.CodingExcludedCombination, "R1.10", "90839", "90846")]
    [InlineData(BillingErrorCodes.CodingExcludedCombination, "R1.10", "90839", "90785", "90853")]
    [InlineData(BillingErrorCodes.CodingExcludedCombination, "R1.11", "90847", "90785", "90834")]
    [InlineData(BillingErrorCodes.CodingAddOnWithoutPrimary, "R1.11", "90785", "99214")]
    public void Check_SameDateCodes_FollowSectionOne(string? error, string? rule, params string[] codes)
    {
        var check = CodeCombinationChecker.Check(codes);

        Assert.Equal(error, check.ErrorCode);
        Assert.Equal(rule, check.RuleId);
    }

    [Fact]
    public void Check_PayerExclusion_RefusesAddOnsWithFamilyPsychotherapyOnlyForThatPayer()
    {
        var payer = PayerProfile.SelfPay.WithAdditionalExclusions([CodeCombinationChecker.AddOnsWithFamilyPsychotherapy]);
        string[] codes = ["99214", "90836", "90847"];

        Assert.True(CodeCombinationChecker.Check(codes).IsValid);
        var check = CodeCombinationChecker.Check(codes, payer);
        Assert.Equal("R1.7", check.RuleId);
        Assert.Equal(BillingErrorCodes.CodingExcludedCombination, check.ToDomainError().Code);
    }

    [Fact]
    public void ToDomainError_OnAValidCheck_Throws()
    {
        Assert.Throws<InvalidOperationException>(() => CombinationCheck.Valid.ToDomainError());
    }
}
