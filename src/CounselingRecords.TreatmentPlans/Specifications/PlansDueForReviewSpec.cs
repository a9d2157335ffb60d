using Ardalis.Specification;
using CounselingRecords.TreatmentPlans.Plans;
using NodaTime;

namespace CounselingRecords.TreatmentPlans.Specifications;

/// <summary>
/// Plans whose review is due or overdue as of an instant (R7.13), earliest due first. The predicate is one
/// comparison on the stored <see cref="TreatmentPlan.NextReviewDue"/>, so storage can pre-filter on an index;
/// closed plans have no due date and never match.
/// </summary>
public sealed class PlansDueForReviewSpec : Specification<TreatmentPlan>
{
    /// <summary>Initializes a new instance of the <see cref="PlansDueForReviewSpec"/> class.</summary>
    /// <param name="asOf">The instant of the check.</param>
    /// <param name="zone">The practice's time zone, which turns the instant into a date.</param>
    /// <param name="daysAhead">Also include plans due within this many days (0 for due or overdue only).</param>
    public PlansDueForReviewSpec(Instant asOf, DateTimeZone zone, int daysAhead = 0)
    {
        ArgumentNullException.ThrowIfNull(zone);
        ArgumentOutOfRangeException.ThrowIfNegative(daysAhead);
        AsOfDate = asOf.InZone(zone).Date;
        DueBy = AsOfDate.PlusDays(daysAhead);
        var dueBy = DueBy;
        Query.Where(plan => plan.NextReviewDue <= dueBy).OrderBy(plan => plan.NextReviewDue);
    }

    /// <summary>Gets the date of the check in the practice's zone.</summary>
    public LocalDate AsOfDate { get; }

    /// <summary>Gets the latest due date included.</summary>
    public LocalDate DueBy { get; }
}
