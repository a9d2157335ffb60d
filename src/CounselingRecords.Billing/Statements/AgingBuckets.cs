using CounselingRecords.Finance;
using NodaTime;

namespace CounselingRecords.Billing.Statements;

/// <summary>
/// Open amounts by age (R6.5): 0–30, 31–60, 61–90, 91–120 and more than 120 days, where age is the whole days from
/// the anchor date to the as-of date and each upper bound is inclusive.
/// </summary>
/// <param name="Days0To30">0–30 days.</param>
/// <param name="Days31To60">31–60 days.</param>
/// <param name="Days61To90">61–90 days.</param>
/// <param name="Days91To120">91–120 days.</param>
/// <param name="Over120Days">More than 120 days.</param>
public sealed record AgingBuckets(Money Days0To30, Money Days31To60, Money Days61To90, Money Days91To120, Money Over120Days)
{
    /// <summary>Gets the total.</summary>
    public Money Total => Days0To30 + Days31To60 + Days61To90 + Days91To120 + Over120Days;

    /// <summary>Gets the amount more than 90 days old (R6.5 benchmark: under 25% of the total).</summary>
    public Money Over90Days => Days91To120 + Over120Days;

    /// <summary>Returns empty buckets.</summary>
    /// <param name="currency">The currency.</param>
    /// <returns>The buckets.</returns>
    public static AgingBuckets Empty(Currency currency)
    {
        var zero = Money.Zero(currency);
        return new AgingBuckets(zero, zero, zero, zero, zero);
    }

    /// <summary>Returns the bucket of an age in whole days; a negative age (a future date) counts as 0–30.</summary>
    /// <param name="ageInDays">The age.</param>
    /// <returns>The bucket.</returns>
    public static AgingBucket BucketFor(int ageInDays) => ageInDays switch
    {
        <= 30 => AgingBucket.Days0To30,
        <= 60 => AgingBucket.Days31To60,
        <= 90 => AgingBucket.Days61To90,
        <= 120 => AgingBucket.Days91To120,
        _ => AgingBucket.Over120Days,
    };

    /// <summary>Returns the age in whole days of an anchor date on an as-of date.</summary>
    /// <param name="anchor">The anchor date (date of service or responsibility date).</param>
    /// <param name="asOf">The as-of date.</param>
    /// <returns>asOf − anchor in days.</returns>
    public static int AgeInDays(LocalDate anchor, LocalDate asOf) => Period.DaysBetween(anchor, asOf);

    /// <summary>Returns the amount in a bucket.</summary>
    /// <param name="bucket">The bucket.</param>
    /// <returns>The amount.</returns>
    public Money this[AgingBucket bucket] => bucket switch
    {
        AgingBucket.Days0To30 => Days0To30,
        AgingBucket.Days31To60 => Days31To60,
        AgingBucket.Days61To90 => Days61To90,
        AgingBucket.Days91To120 => Days91To120,
        _ => Over120Days,
    };

    /// <summary>Returns the buckets with an amount added to one bucket.</summary>
    /// <param name="bucket">The bucket.</param>
    /// <param name="amount">The amount.</param>
    /// <returns>The new buckets.</returns>
    public AgingBuckets Add(AgingBucket bucket, Money amount) => bucket switch
    {
        AgingBucket.Days0To30 => this with { Days0To30 = Days0To30 + amount },
        AgingBucket.Days31To60 => this with { Days31To60 = Days31To60 + amount },
        AgingBucket.Days61To90 => this with { Days61To90 = Days61To90 + amount },
        AgingBucket.Days91To120 => this with { Days91To120 = Days91To120 + amount },
        _ => this with { Over120Days = Over120Days + amount },
    };
}
