using CounselingRecords.Finance;
using FluentValidation;

namespace CounselingRecords.Policies.Cancellations;

/// <summary>Checks appointment facts received from outside: a session fee that is rounded and, when a policy currency is given, in that currency.</summary>
public sealed class AppointmentFactsValidator : AbstractValidator<AppointmentFacts>
{
    /// <summary>Initializes a new instance of the <see cref="AppointmentFactsValidator"/> class.</summary>
    /// <param name="policyCurrency">The currency of the policy the facts will be evaluated under, if known.</param>
    public AppointmentFactsValidator(Currency? policyCurrency = null)
    {
        RuleFor(a => a.SessionFee).Must(f => !f.IsNegative && f.IsRoundedToMinorUnit)
            .WithErrorCode(PoliciesErrorCodes.AppointmentSessionFeeInvalid)
            .WithMessage("The session fee must be zero or more and rounded to the currency's minor unit.");
        if (policyCurrency is { } currency)
        {
            RuleFor(a => a.SessionFee.Currency).Equal(currency)
                .WithErrorCode(PoliciesErrorCodes.AppointmentCurrencyMismatch)
                .WithMessage($"The session fee must be in the policy's currency {currency}.");
        }
    }
}
