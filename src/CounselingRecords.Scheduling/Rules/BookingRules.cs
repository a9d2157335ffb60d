using System.Globalization;
using NodaTime;

namespace CounselingRecords.Scheduling.Rules;

/// <summary>
/// A clinician's booking rules: minimum notice and maximum advance (elapsed time from the booking instant to
/// the start, the way R4.9 measures notice), a longer horizon for recurring series, and daily and weekly caps on
/// blocking appointments counted in the clinician's zone (S3.5–S3.7). A cap of <see langword="null"/> means none.
/// </summary>
public sealed record BookingRules
{
    /// <summary>Initializes a new instance of the <see cref="BookingRules"/> class.</summary>
    /// <param name="minimumNotice">The least time between booking and start (S3.5); zero allows any future start.</param>
    /// <param name="maximumAdvance">The furthest ahead a single appointment may start (S3.6).</param>
    /// <param name="seriesMaximumAdvance">The furthest ahead an occurrence of a recurring series may start (S3.6).</param>
    /// <param name="dailyCap">The most blocking appointments per local day, or none.</param>
    /// <param name="weeklyCap">The most blocking appointments per ISO week (Monday to Sunday), or none.</param>
    public BookingRules(Duration minimumNotice, Duration maximumAdvance, Duration seriesMaximumAdvance, int? dailyCap, int? weeklyCap)
    {
        if (minimumNotice < Duration.Zero || maximumAdvance < Duration.Zero || seriesMaximumAdvance < Duration.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(minimumNotice), "Notice and horizons cannot be negative.");
        }

        if (dailyCap is < 1 || weeklyCap is < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(dailyCap), "A cap must be at least 1.");
        }

        MinimumNotice = minimumNotice;
        MaximumAdvance = maximumAdvance;
        SeriesMaximumAdvance = seriesMaximumAdvance;
        DailyCap = dailyCap;
        WeeklyCap = weeklyCap;
    }

    /// <summary>Gets rules that restrict nothing but the past: no notice, a horizon of ten years, no caps.</summary>
    public static BookingRules Unrestricted { get; } = new(Duration.Zero, Duration.FromDays(3653), Duration.FromDays(3653), null, null);

    /// <summary>Gets the least time between booking and start (S3.5).</summary>
    public Duration MinimumNotice { get; }

    /// <summary>Gets the furthest ahead a single appointment may start (S3.6).</summary>
    public Duration MaximumAdvance { get; }

    /// <summary>Gets the furthest ahead an occurrence of a recurring series may start (S3.6).</summary>
    public Duration SeriesMaximumAdvance { get; }

    /// <summary>Gets the most blocking appointments per local day in the clinician's zone, or none (S3.7).</summary>
    public int? DailyCap { get; }

    /// <summary>Gets the most blocking appointments per ISO week in the clinician's zone, or none (S3.7).</summary>
    public int? WeeklyCap { get; }

    /// <summary>Describes the rules in one sentence, for explanations.</summary>
    /// <returns>The sentence.</returns>
    public string Describe() => string.Format(
        CultureInfo.InvariantCulture,
        "notice at least {0:0.##} h, single bookings up to {1:0.##} days ahead, series up to {2:0.##} days ahead, daily cap {3}, weekly cap {4}",
        MinimumNotice.TotalHours,
        MaximumAdvance.TotalDays,
        SeriesMaximumAdvance.TotalDays,
        DailyCap?.ToString(CultureInfo.InvariantCulture) ?? "none",
        WeeklyCap?.ToString(CultureInfo.InvariantCulture) ?? "none");
}
