using FluentValidation;

namespace CounselingRecords.TreatmentPlans.Reviews;

/// <summary>Checks a <see cref="RecordReviewRequest"/>; every rule carries a <see cref="TreatmentPlansErrorCodes"/> code.</summary>
public sealed class RecordReviewRequestValidator : AbstractValidator<RecordReviewRequest>
{
    /// <summary>Initializes a new instance of the <see cref="RecordReviewRequestValidator"/> class.</summary>
    public RecordReviewRequestValidator()
    {
        RuleFor(x => x.ReviewedBy.Value).NotEqual(Guid.Empty).WithName("ReviewedBy").WithErrorCode(TreatmentPlansErrorCodes.ReviewerRequired);
        RuleFor(x => x.Summary).NotEmpty().WithErrorCode(TreatmentPlansErrorCodes.ReviewSummaryRequired)
            .MaximumLength(PlanTextLimits.Summary).WithErrorCode(TreatmentPlansErrorCodes.TextTooLong);
    }

    /// <summary>Gets a shared instance.</summary>
    public static RecordReviewRequestValidator Instance { get; } = new();
}
