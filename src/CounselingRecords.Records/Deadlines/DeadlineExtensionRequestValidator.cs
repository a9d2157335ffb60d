using CounselingRecords.Records.Clinical;
using FluentValidation;

namespace CounselingRecords.Records.Deadlines;

/// <summary>Checks an extension request: a positive number of days and the reason the notice states (R7.3, R7.8).</summary>
public sealed class DeadlineExtensionRequestValidator : AbstractValidator<DeadlineExtensionRequest>
{
    /// <summary>Initializes a new instance of the <see cref="DeadlineExtensionRequestValidator"/> class.</summary>
    public DeadlineExtensionRequestValidator()
    {
        RuleFor(r => r.Days).GreaterThan(0).WithErrorCode(RecordsErrorCodes.DeadlineExtensionDaysInvalid);
        RuleFor(r => r.Reason).NotEmpty().WithErrorCode(RecordsErrorCodes.DeadlineExtensionReasonMissing)
            .WithMessage("The extension notice states the reason for the delay (R7.3, R7.8).")
            .MaximumLength(TextLimits.Medium).WithErrorCode(RecordsErrorCodes.TextTooLong);
    }
}
