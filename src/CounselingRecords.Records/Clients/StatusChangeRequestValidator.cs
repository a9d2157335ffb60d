using CounselingRecords.Records.Clinical;
using FluentValidation;

namespace CounselingRecords.Records.Clients;

/// <summary>
/// Checks a status change request: a known target; a discharge has a discharge reason (and "other" a text);
/// an inactivation has a reason; only a discharge carries a discharge reason.
/// </summary>
public sealed class StatusChangeRequestValidator : AbstractValidator<StatusChangeRequest>
{
    /// <summary>Initializes a new instance of the <see cref="StatusChangeRequestValidator"/> class.</summary>
    public StatusChangeRequestValidator()
    {
        RuleFor(r => r.Target).IsInEnum().WithErrorCode(RecordsErrorCodes.ClientStatusUnknown);
        RuleFor(r => r.DischargeReason).NotNull().When(r => r.Target == ClientStatus.Discharged)
            .WithErrorCode(RecordsErrorCodes.ClientDischargeReasonMissing).WithMessage("A discharge states why care ended.");
        RuleFor(r => r.DischargeReason).IsInEnum().When(r => r.DischargeReason is not null)
            .WithErrorCode(RecordsErrorCodes.ClientDischargeReasonMissing);
        RuleFor(r => r.DischargeReason).Null().When(r => r.Target != ClientStatus.Discharged)
            .WithErrorCode(RecordsErrorCodes.ClientDischargeReasonNotApplicable).WithMessage("Only a discharge carries a discharge reason.");
        RuleFor(r => r.Reason).NotEmpty()
            .When(r => r.Target == ClientStatus.Inactive || r.DischargeReason == DischargeReason.Other)
            .WithErrorCode(RecordsErrorCodes.ClientStatusReasonMissing).WithMessage("Inactivating a client, or discharging for another reason, needs the reason in words.");
        RuleFor(r => r.Reason).MaximumLength(TextLimits.Medium).WithErrorCode(RecordsErrorCodes.TextTooLong);
    }
}
