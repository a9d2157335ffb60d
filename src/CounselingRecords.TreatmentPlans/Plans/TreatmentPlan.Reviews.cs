using CounselingRecords.Results;
using CounselingRecords.TreatmentPlans.Reviews;
using CounselingRecords.Validation;
using NodaTime;

namespace CounselingRecords.TreatmentPlans.Plans;

/// <content>Reviews, material changes and the review schedule (R7.13).</content>
public sealed partial class TreatmentPlan
{
    /// <summary>
    /// Records a review that keeps the plan unchanged, with its summary of goals and progress (R7.5). The review
    /// interval restarts from the review date, and material changes recorded before it count as considered.
    /// </summary>
    /// <param name="request">The review.</param>
    /// <returns>
    /// The plan; or <see cref="CoreErrorCodes.ValidationFailed"/>, <see cref="TreatmentPlansErrorCodes.PlanClosed"/> or
    /// <see cref="TreatmentPlansErrorCodes.ReviewBeforeCurrentVersion"/>.
    /// </returns>
    public Result<TreatmentPlan> RecordReview(RecordReviewRequest? request)
    {
        if (Closed() is { } closed)
        {
            return closed;
        }

        var valid = RecordReviewRequestValidator.Instance.Check(request);
        if (valid.Failure)
        {
            return valid.ConvertError<TreatmentPlan>();
        }

        var input = valid.Value;
        if (input.ReviewedOn < CurrentVersion.EffectiveOn)
        {
            return new DomainError(
                TreatmentPlansErrorCodes.ReviewBeforeCurrentVersion,
                Internal.Inv($"A review of plan {Id} cannot predate version {CurrentVersion.Number}, which took effect {Date(CurrentVersion.EffectiveOn)}."),
                "R7.13");
        }

        return With(reviews: Reviews.Add(new PlanReview(input.ReviewedOn, input.ReviewedBy, input.RecordedAt, CurrentVersion.Number, input.Summary)));
    }

    /// <summary>
    /// Records a material change in the client's situation. When the cadence reviews on material change, a review
    /// becomes due on the date the change happened (R7.13) until a review or revision is recorded after it.
    /// </summary>
    /// <param name="request">The change.</param>
    /// <returns>The plan; or <see cref="CoreErrorCodes.ValidationFailed"/> or <see cref="TreatmentPlansErrorCodes.PlanClosed"/>.</returns>
    public Result<TreatmentPlan> RecordMaterialChange(RecordMaterialChangeRequest? request)
    {
        if (Closed() is { } closed)
        {
            return closed;
        }

        var valid = RecordMaterialChangeRequestValidator.Instance.Check(request);
        if (valid.Failure)
        {
            return valid.ConvertError<TreatmentPlan>();
        }

        var input = valid.Value;
        return With(materialChanges: MaterialChanges.Add(new MaterialChange(input.OccurredOn, input.Kind, input.Description, input.RecordedBy, input.RecordedAt)));
    }

    /// <summary>Applies another review cadence (for example after a change of payer); the due date is recomputed.</summary>
    /// <param name="cadence">The cadence.</param>
    /// <returns>The plan, or <see cref="TreatmentPlansErrorCodes.PlanClosed"/>.</returns>
    public Result<TreatmentPlan> ChangeReviewCadence(ReviewCadence cadence)
    {
        ArgumentNullException.ThrowIfNull(cadence);
        if (Closed() is { } closed)
        {
            return closed;
        }

        return With(reviewCadence: cadence);
    }

    /// <summary>Returns where the plan stands with its review on a date, explained (R7.13).</summary>
    /// <param name="asOf">The date.</param>
    /// <returns>The status.</returns>
    public ReviewDueStatus ReviewStatusOn(LocalDate asOf)
    {
        if (NextReviewDue is not { } due || NextReviewReason is not { } reason)
        {
            return new ReviewDueStatus(asOf, null, null, ReviewDueState.NotApplicable, 0, "R7.13", Internal.Inv($"Plan {Id} is closed; no review is due."));
        }

        var days = Period.Between(asOf, due, PeriodUnits.Days).Days;
        var state = days > 0 ? ReviewDueState.NotDue : days == 0 ? ReviewDueState.Due : ReviewDueState.Overdue;
        var why = reason == ReviewDueReason.Periodic
            ? Internal.Inv($"{ReviewCadence.IntervalDays} days after {PeriodicBasis()} ({ReviewCadence.Name}, {ReviewCadence.RuleId})")
            : Internal.Inv($"a material change ({PendingMaterialChanges().MinBy(m => m.OccurredOn)!.Kind}) was recorded since the last review ({ReviewCadence.Name}: review on material change, {ReviewCadence.RuleId})");
        var when = state switch
        {
            ReviewDueState.NotDue => Internal.Inv($"due in {days} day{(days == 1 ? string.Empty : "s")}"),
            ReviewDueState.Due => "due today",
            _ => Internal.Inv($"overdue by {-days} day{(days == -1 ? string.Empty : "s")}"),
        };
        return new ReviewDueStatus(
            asOf,
            due,
            reason,
            state,
            Math.Abs(days),
            ReviewCadence.RuleId,
            Internal.Inv($"Review of plan {Id} is due {Date(due)} because {why}; as of {Date(asOf)} it is {when}."));
    }

    private static string Date(LocalDate date) => date.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private (LocalDate Date, Instant At, bool IsReview) PeriodicBase()
    {
        var current = CurrentVersion;
        var lastReview = Reviews.Where(r => r.VersionNumber == current.Number).MaxBy(r => r.ReviewedOn);
        return lastReview is not null && lastReview.ReviewedOn >= current.EffectiveOn
            ? (lastReview.ReviewedOn, lastReview.RecordedAt > current.Revision.RecordedAt ? lastReview.RecordedAt : current.Revision.RecordedAt, true)
            : (current.EffectiveOn, current.Revision.RecordedAt, false);
    }

    private string PeriodicBasis()
    {
        var basis = PeriodicBase();
        return basis.IsReview
            ? Internal.Inv($"the review on {Date(basis.Date)}")
            : Internal.Inv($"version {CurrentVersion.Number} took effect on {Date(basis.Date)}");
    }

    private IEnumerable<MaterialChange> PendingMaterialChanges()
    {
        var basis = PeriodicBase();
        var lastReviewAt = Reviews.Select(r => r.RecordedAt).DefaultIfEmpty(basis.At).Max();
        var since = lastReviewAt > basis.At ? lastReviewAt : basis.At;
        return MaterialChanges.Where(m => m.RecordedAt > since);
    }

    private (LocalDate? Due, ReviewDueReason? Reason) ComputeNextReview()
    {
        if (Closure is not null)
        {
            return (null, null);
        }

        var periodic = PeriodicBase().Date.PlusDays(ReviewCadence.IntervalDays);
        if (ReviewCadence.ReviewOnMaterialChange)
        {
            var earliest = PendingMaterialChanges().Select(m => (LocalDate?)m.OccurredOn).Min();
            if (earliest is { } changeDue && changeDue < periodic)
            {
                return (changeDue, ReviewDueReason.MaterialChange);
            }
        }

        return (periodic, ReviewDueReason.Periodic);
    }
}
