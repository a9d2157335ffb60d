using CounselingRecords.Records.Clinical;
using FluentValidation;

namespace CounselingRecords.Records.Intake;

/// <summary>
/// What a signed intake must hold (R7.5 initial evaluation: psychosocial assessment, history, mental status and
/// recommendations): the presenting problem, every history section, every mental status domain, a complete risk
/// screening (a positive one with a risk level and safety plan, R8.2), strengths and recommendations.
/// </summary>
public sealed class IntakeAssessmentSigningValidator : AbstractValidator<IntakeAssessment>
{
    /// <summary>Initializes a new instance of the <see cref="IntakeAssessmentSigningValidator"/> class.</summary>
    public IntakeAssessmentSigningValidator()
    {
        RuleFor(i => i.PresentingProblem).NotEmpty().WithErrorCode(RecordsErrorCodes.IntakePresentingProblemMissing)
            .WithMessage("The presenting problem is documented (R7.5).");
        foreach (var section in Enum.GetValues<HistorySection>())
        {
            RuleFor(i => i.History)
                .Must(h => h.Any(e => e.Section == section && !string.IsNullOrWhiteSpace(e.Text)))
                .OverridePropertyName($"History.{section}")
                .WithErrorCode(RecordsErrorCodes.IntakeHistoryMissing)
                .WithMessage($"The {section} history is documented (R7.5); write \"none reported\" rather than leave it out.");
        }

        foreach (var domain in Enum.GetValues<MentalStatusDomain>())
        {
            RuleFor(i => i.MentalStatus)
                .Must(m => m.Any(f => f.Domain == domain && !string.IsNullOrWhiteSpace(f.Finding)))
                .OverridePropertyName($"MentalStatus.{domain}")
                .WithErrorCode(RecordsErrorCodes.IntakeMentalStatusMissing)
                .WithMessage($"The mental status exam documents {domain} (R7.5).");
        }

        RuleFor(i => i.Risk).SetValidator(RiskCompleteness.Instance);
        RuleFor(i => i.Strengths).NotEmpty().WithErrorCode(RecordsErrorCodes.IntakeStrengthsMissing)
            .WithMessage("The client's strengths and supports are documented.");
        RuleFor(i => i.Recommendations).NotEmpty().WithErrorCode(RecordsErrorCodes.IntakeRecommendationsMissing)
            .WithMessage("The initial recommendations are documented (R7.5).");
    }
}
