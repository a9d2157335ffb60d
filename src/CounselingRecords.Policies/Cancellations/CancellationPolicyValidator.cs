using FluentValidation;
using NodaTime;

namespace CounselingRecords.Policies.Cancellations;

/// <summary>
/// Checks a host-supplied cancellation-policy version beyond its structural invariants: sensible lengths and
/// limits, percentages at most 100 %, amounts rounded to the minor unit, and no duplicate escalations.
/// <see cref="CancellationPolicyHistory"/> runs it when a version is started or published.
/// </summary>
public sealed class CancellationPolicyValidator : AbstractValidator<CancellationPolicy>
{
    /// <summary>The longest notice window accepted.</summary>
    public static readonly Duration MaximumWindow = Duration.FromDays(30);

    /// <summary>Initializes a new instance of the <see cref="CancellationPolicyValidator"/> class.</summary>
    public CancellationPolicyValidator()
    {
        RuleFor(p => p.Name).NotEmpty().WithErrorCode(PoliciesErrorCodes.PolicyNameRequired)
            .MaximumLength(200).WithErrorCode(PoliciesErrorCodes.PolicyNameTooLong);
        RuleFor(p => p.Notice.Window).LessThanOrEqualTo(MaximumWindow).WithErrorCode(PoliciesErrorCodes.PolicyWindowTooLong)
            .WithMessage("A notice window longer than 30 days is not accepted.");
        RuleFor(p => p.Notice.BusinessDays).LessThanOrEqualTo(20).WithErrorCode(PoliciesErrorCodes.PolicyBusinessDaysTooMany);
        RuleFor(p => p.LateCancellationFee.Percentage).LessThanOrEqualTo(100m).WithErrorCode(PoliciesErrorCodes.PolicyPercentageAbove100);
        RuleFor(p => p.NoShowFee.Percentage).LessThanOrEqualTo(100m).WithErrorCode(PoliciesErrorCodes.PolicyPercentageAbove100);
        RuleFor(p => p.LateCancellationFee.Amount).Must(a => a is not { } m || m.IsRoundedToMinorUnit)
            .WithErrorCode(PoliciesErrorCodes.PolicyAmountNotRounded).WithMessage("The flat late-cancellation fee has digits below the currency's minor unit.");
        RuleFor(p => p.NoShowFee.Amount).Must(a => a is not { } m || m.IsRoundedToMinorUnit)
            .WithErrorCode(PoliciesErrorCodes.PolicyAmountNotRounded).WithMessage("The flat no-show fee has digits below the currency's minor unit.");
        RuleFor(p => p.Cap.Maximum).Must(a => a is not { } m || m.IsRoundedToMinorUnit)
            .WithErrorCode(PoliciesErrorCodes.PolicyAmountNotRounded).WithMessage("The fee cap has digits below the currency's minor unit.");
        RuleFor(p => p.Cap.Maximum).Must(a => a is not { } m || m.IsPositive)
            .WithErrorCode(PoliciesErrorCodes.PolicyCapZero).WithMessage("A fee cap of zero charges nothing; set the fees to none instead.");
        When(p => p.Grace is not null, () =>
        {
            RuleFor(p => p.Grace!.RollingMonths).LessThanOrEqualTo(36).WithErrorCode(PoliciesErrorCodes.PolicyPeriodTooLong);
            RuleFor(p => p.Grace!.Occurrences).LessThanOrEqualTo(12).WithErrorCode(PoliciesErrorCodes.PolicyGraceTooGenerous);
        });
        RuleForEach(p => p.Escalations).Must(e => e.RollingMonths <= 36).WithErrorCode(PoliciesErrorCodes.PolicyPeriodTooLong)
            .WithMessage("An escalation period longer than 36 months is not accepted.");
        RuleFor(p => p.Escalations).Must(e => e.Select(r => r.Action).Distinct().Count() == e.Length)
            .WithErrorCode(PoliciesErrorCodes.PolicyEscalationDuplicate).WithMessage("Each escalation action may appear once.");
    }
}
