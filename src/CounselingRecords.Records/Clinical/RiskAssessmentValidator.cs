using FluentValidation;

namespace CounselingRecords.Records.Clinical;

/// <summary>Checks a risk assessment as entered: known values and text lengths.</summary>
public sealed class RiskAssessmentValidator : AbstractValidator<RiskAssessment>
{
    /// <summary>Initializes a new instance of the <see cref="RiskAssessmentValidator"/> class.</summary>
    public RiskAssessmentValidator()
    {
        RuleFor(r => r.SuicidalIdeation).IsInEnum().WithErrorCode(RecordsErrorCodes.RiskValueUnknown);
        RuleFor(r => r.SelfHarm).IsInEnum().WithErrorCode(RecordsErrorCodes.RiskValueUnknown);
        RuleFor(r => r.HomicidalIdeation).IsInEnum().WithErrorCode(RecordsErrorCodes.RiskValueUnknown);
        RuleFor(r => r.Level).IsInEnum().WithErrorCode(RecordsErrorCodes.RiskValueUnknown);
        RuleFor(r => r.ProtectiveFactors).MaximumLength(TextLimits.Medium).WithErrorCode(RecordsErrorCodes.TextTooLong);
        RuleFor(r => r.SafetyPlan).MaximumLength(TextLimits.Long).WithErrorCode(RecordsErrorCodes.TextTooLong);
    }
}
