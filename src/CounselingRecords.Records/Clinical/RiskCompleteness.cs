using FluentValidation;

namespace CounselingRecords.Records.Clinical;

/// <summary>The sign-time rule for a risk assessment: complete, and a positive screen carries a risk level and a safety plan (R8.2).</summary>
internal sealed class RiskCompleteness : AbstractValidator<RiskAssessment>
{
    public static readonly RiskCompleteness Instance = new();

    private RiskCompleteness()
    {
        RuleFor(r => r)
            .Must(r => r.IsComplete())
            .WithName("Risk")
            .WithErrorCode(RecordsErrorCodes.RiskAssessmentMissing)
            .WithMessage("Suicidal ideation, self-harm and homicidal ideation must each be screened and a risk level formulated (R8.2).");
        RuleFor(r => r.Level)
            .Must(level => level >= RiskLevel.Low)
            .When(r => r.RaisedFlags().Length > 0)
            .WithErrorCode(RecordsErrorCodes.RiskLevelInconsistent)
            .WithMessage("A positive risk screen needs a risk level of at least low.");
        RuleFor(r => r.SafetyPlan)
            .NotEmpty()
            .When(r => r.RaisedFlags().Length > 0)
            .WithErrorCode(RecordsErrorCodes.SafetyPlanMissing)
            .WithMessage("A positive risk screen needs a documented safety plan (R8.2).");
    }
}
