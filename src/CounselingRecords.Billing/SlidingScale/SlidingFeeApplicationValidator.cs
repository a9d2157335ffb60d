using FluentValidation;

namespace CounselingRecords.Billing.SlidingScale;

/// <summary>Validates a sliding-fee application from outside (R5.1, R5.2).</summary>
public sealed class SlidingFeeApplicationValidator : AbstractValidator<SlidingFeeApplication>
{
    /// <summary>Initializes a new instance of the <see cref="SlidingFeeApplicationValidator"/> class.</summary>
    public SlidingFeeApplicationValidator()
    {
        RuleFor(a => a.Client.Value).NotEqual(Guid.Empty)
            .WithErrorCode(BillingErrorCodes.SlidingScaleClientMissing).WithMessage("The application needs a client.").OverridePropertyName(nameof(SlidingFeeApplication.Client));
        RuleFor(a => a.AnnualHouseholdIncome).Must(m => !m.IsNegative && m.IsRoundedToMinorUnit)
            .WithErrorCode(BillingErrorCodes.SlidingScaleIncomeInvalid).WithMessage("Annual household income is a non-negative amount rounded to the minor unit.");
        RuleFor(a => a.HouseholdSize).InclusiveBetween(1, 99)
            .WithErrorCode(BillingErrorCodes.SlidingScaleHouseholdSizeInvalid).WithMessage("Household size is between 1 and 99 persons.");
        RuleFor(a => a.Region).IsInEnum()
            .WithErrorCode(BillingErrorCodes.SlidingScaleRegionInvalid).WithMessage("The region is the 48 contiguous states and DC, Alaska or Hawaii.");
        RuleFor(a => a.Evidence).IsInEnum()
            .WithErrorCode(BillingErrorCodes.SlidingScaleEvidenceInvalid).WithMessage("Evidence is self-attested or documented.");
        RuleFor(a => a.DeterminedBy.Value).NotEqual(Guid.Empty)
            .WithErrorCode(BillingErrorCodes.SlidingScaleDeterminerMissing).WithMessage("The determination names who made it.").OverridePropertyName(nameof(SlidingFeeApplication.DeterminedBy));
    }
}
