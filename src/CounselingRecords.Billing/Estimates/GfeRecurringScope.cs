using NodaTime;

namespace CounselingRecords.Billing.Estimates;

/// <summary>
/// The scope of a Good Faith Estimate for recurring services (R3.6): timeframe, frequency and total number of
/// services. The timeframe may not exceed 12 months; a new GFE covers further services.
/// </summary>
/// <param name="Timeframe">The period the estimate covers.</param>
/// <param name="Frequency">The expected frequency in plain language, for example "weekly".</param>
/// <param name="TotalServices">The expected total number of services.</param>
public sealed record GfeRecurringScope(DateInterval Timeframe, string Frequency, int TotalServices)
{
    /// <summary>Gets a value indicating whether the timeframe is at most 12 months: it ends before the same day 12 months after it starts.</summary>
    public bool IsWithinTwelveMonths => Timeframe is not null && Timeframe.End < Timeframe.Start.PlusMonths(12);
}
