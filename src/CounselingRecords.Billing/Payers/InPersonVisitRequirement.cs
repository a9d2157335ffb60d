using NodaTime;

namespace CounselingRecords.Billing.Payers;

/// <summary>
/// The Medicare in-person visit requirement for mental-health telehealth at home (R1.17): an in-person visit within
/// <see cref="InitialWindow"/> before the first telehealth service, then every <see cref="RepeatWindow"/>. Statute
/// keeps moving the date it is enforced from, so it is configuration with an effective date (rules §9 item 3).
/// </summary>
/// <param name="EnforcedFrom">The first date of service on which the requirement is enforced.</param>
/// <param name="InitialWindow">How long before the first telehealth service the in-person visit may be (6 months).</param>
/// <param name="RepeatWindow">How often an in-person visit is needed afterwards (12 months).</param>
public sealed record InPersonVisitRequirement(LocalDate EnforcedFrom, Period InitialWindow, Period RepeatWindow)
{
    /// <summary>
    /// Gets the Medicare setting as of early 2026: enforcement delayed through 31 December 2027 (APA FAQ), so
    /// enforced for dates of service from 1 January 2028; 6 months before the first service, then every 12 months.
    /// </summary>
    public static InPersonVisitRequirement MedicareAsOf2026 { get; } =
        new(new LocalDate(2028, 1, 1), Period.FromMonths(6), Period.FromMonths(12));

    /// <summary>Gets the initial window.</summary>
    public Period InitialWindow { get; init; } = InitialWindow ?? throw new ArgumentNullException(nameof(InitialWindow));

    /// <summary>Gets the repeat window.</summary>
    public Period RepeatWindow { get; init; } = RepeatWindow ?? throw new ArgumentNullException(nameof(RepeatWindow));
}
