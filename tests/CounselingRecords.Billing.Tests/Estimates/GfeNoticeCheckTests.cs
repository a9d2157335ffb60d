using CounselingRecords.Billing.Estimates;
using CounselingRecords.Care;
using NodaTime;

namespace CounselingRecords.Billing.Tests.Estimates;

public sealed class GfeNoticeCheckTests
{
    private static readonly Instant Scheduled = Instant.FromUtc(2026, 3, 2, 15, 0);
    private static readonly GfeEligibility Uninsured = GfeEligibility.Determine(new CoverageFacts([], false));

    [Fact]
    public void Check_BothChannelsBeforeScheduling_IsSatisfiedAndExplained()
    {
        var result = GfeNoticeCheck.Check(Uninsured, new GfeNoticeRecord(Scheduled - Duration.FromMinutes(5), Scheduled), Scheduled);

        Assert.True(result.Success);
        Assert.Equal("R3.8", result.Value.RuleId);
    }

    [Fact]
    public void Check_NothingRecorded_IsRefusedWithTheStableCode()
    {
        var result = GfeNoticeCheck.Check(Uninsured, GfeNoticeRecord.None, Scheduled);

        Assert.Equal((BillingErrorCodes.GfeNoticeMissing, "R3.8"), (result.Error.Code, result.Error.RuleId));
    }

    [Fact]
    public void Check_WrittenNoticeAfterScheduling_DoesNotCount()
    {
        var result = GfeNoticeCheck.Check(Uninsured, new GfeNoticeRecord(Scheduled, Scheduled + Duration.FromSeconds(1)), Scheduled);

        Assert.Equal(BillingErrorCodes.GfeNoticeWrittenMissing, result.Error.Code);
    }

    [Fact]
    public void Check_OnlyWritten_NeedsTheOralNoticeToo() =>
        Assert.Equal(BillingErrorCodes.GfeNoticeOralMissing, GfeNoticeCheck.Check(Uninsured, new GfeNoticeRecord(null, Scheduled), Scheduled).Error.Code);

    [Fact]
    public void Check_ClientBillingInsurance_NeedsNoNotice()
    {
        var insured = GfeEligibility.Determine(new CoverageFacts([PayerClass.Commercial], true));

        Assert.True(GfeNoticeCheck.Check(insured, GfeNoticeRecord.None, Scheduled).Success);
    }

    [Fact]
    public void Text_NamesTheRightTheDisputeThresholdAndWhereToLearnMore()
    {
        Assert.Contains("Good Faith Estimate", GfeNoticeText.Written, StringComparison.Ordinal);
        Assert.Contains("$400", GfeNoticeText.Written, StringComparison.Ordinal);
        Assert.Contains("website", GfeNoticeText.Posting, StringComparison.Ordinal);
        Assert.Contains("office", GfeNoticeText.Posting, StringComparison.Ordinal);
    }
}
