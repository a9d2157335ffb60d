using CounselingRecords.Billing.Statements;
using CounselingRecords.Finance;
using static CounselingRecords.Billing.Tests.Support.Dates;

namespace CounselingRecords.Billing.Tests.Statements;

public sealed class AgingBucketsTests
{
    [Theory]
    [InlineData(-3, AgingBucket.Days0To30)]
    [InlineData(0, AgingBucket.Days0To30)]
    [InlineData(30, AgingBucket.Days0To30)]
    [InlineData(31, AgingBucket.Days31To60)]
    [InlineData(60, AgingBucket.Days31To60)]
    [InlineData(61, AgingBucket.Days61To90)]
    [InlineData(90, AgingBucket.Days61To90)]
    [InlineData(91, AgingBucket.Days91To120)]
    [InlineData(120, AgingBucket.Days91To120)]
    [InlineData(121, AgingBucket.Over120Days)]
    public void BucketFor_UpperBoundsAreInclusive(int days, AgingBucket bucket) => Assert.Equal(bucket, AgingBuckets.BucketFor(days));

    [Fact]
    public void AgeInDays_IsWholeDaysBetweenAnchorAndAsOf()
    {
        Assert.Equal(31, AgingBuckets.AgeInDays(Jan(1), Feb(1)));
    }

    [Fact]
    public void Add_AndTotals()
    {
        var buckets = AgingBuckets.Empty(Currency.Usd).Add(AgingBucket.Days0To30, Money.Usd(10m)).Add(AgingBucket.Over120Days, Money.Usd(5m)).Add(AgingBucket.Days91To120, Money.Usd(1m));

        Assert.Equal(Money.Usd(16m), buckets.Total);
        Assert.Equal(Money.Usd(6m), buckets.Over90Days);
        Assert.Equal(Money.Usd(5m), buckets[AgingBucket.Over120Days]);
    }
}
