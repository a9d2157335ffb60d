using FluentValidation;

namespace CounselingRecords.Billing.SlidingScale;

/// <summary>
/// Checks a sliding-fee schedule against the HRSA model of R5.1 (mandatory for §330 health centers, a good default
/// for others): full discount (or a nominal charge) at or below 100% FPG, at least three partial discount classes
/// between 101% and 200%, and no discount above 200%.
/// </summary>
public sealed class HrsaSlidingFeeScheduleValidator : AbstractValidator<SlidingFeeSchedule>
{
    /// <summary>Initializes a new instance of the <see cref="HrsaSlidingFeeScheduleValidator"/> class.</summary>
    public HrsaSlidingFeeScheduleValidator()
    {
        RuleFor(s => s.Tiers)
            .Must(tiers => tiers.Any(t => t.UpToPercent == 100m)
                && tiers.Where(t => t.AbovePercent is null || t.AbovePercent < 100m)
                    .All(t => t.Kind == SlidingFeeKind.NominalCharge || (t.Kind == SlidingFeeKind.PercentDiscount && t.DiscountPercent == 100m)))
            .WithErrorCode(BillingErrorCodes.SlidingScaleFullDiscountRequired)
            .WithMessage("At or below 100% of the poverty guideline the discount is full (a nominal charge is allowed) (R5.1).");
        RuleFor(s => s.Tiers)
            .Must(tiers => tiers.Any(t => t.UpToPercent == 200m)
                && tiers.Count(t => t.AbovePercent >= 100m && t.UpToPercent <= 200m && t.GivesDiscount
                    && !(t.Kind == SlidingFeeKind.PercentDiscount && t.DiscountPercent == 100m)) >= 3)
            .WithErrorCode(BillingErrorCodes.SlidingScalePartialClassesRequired)
            .WithMessage("Between 101% and 200% of the poverty guideline there are at least three partial discount classes (R5.1).");
        RuleFor(s => s.Tiers)
            .Must(tiers => tiers.Where(t => t.AbovePercent >= 200m).All(t => !t.GivesDiscount))
            .WithErrorCode(BillingErrorCodes.SlidingScaleDiscountAboveTwoHundredPercent)
            .WithMessage("Above 200% of the poverty guideline there is no discount (R5.1).");
    }
}
