using FluentValidation;

namespace CounselingRecords.Policies.Cancellations;

/// <summary>Checks a discretionary fee exception (R4.3): it carries a reason of reasonable length.</summary>
public sealed class FeeExceptionValidator : AbstractValidator<FeeException>
{
    /// <summary>The longest reason accepted.</summary>
    public const int MaximumReasonLength = 500;

    /// <summary>Initializes a new instance of the <see cref="FeeExceptionValidator"/> class.</summary>
    public FeeExceptionValidator()
    {
        RuleFor(e => e.Reason).NotEmpty().WithErrorCode(PoliciesErrorCodes.ExceptionReasonRequired)
            .MaximumLength(MaximumReasonLength).WithErrorCode(PoliciesErrorCodes.ExceptionReasonTooLong);
    }
}
