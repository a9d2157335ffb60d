using FluentValidation;
using FluentValidation.Results;

namespace CounselingRecords.TreatmentPlans.Progress;

/// <summary>Checks an <see cref="InstrumentChangeRuleInput"/>; every failure carries <see cref="TreatmentPlansErrorCodes.ProgressRuleInvalid"/>.</summary>
public sealed class InstrumentChangeRuleInputValidator : AbstractValidator<InstrumentChangeRuleInput>
{
    /// <summary>Initializes a new instance of the <see cref="InstrumentChangeRuleInputValidator"/> class.</summary>
    public InstrumentChangeRuleInputValidator()
    {
        RuleFor(x => x.PairedInstrumentCode)
            .Must((input, paired) => string.IsNullOrWhiteSpace(paired) || !string.Equals(paired, input.InstrumentCode, StringComparison.OrdinalIgnoreCase))
            .WithErrorCode(TreatmentPlansErrorCodes.ProgressRuleInvalid)
            .WithMessage("The paired instrument must be another instrument.");
        RuleFor(x => x).Custom((input, context) =>
        {
            foreach (var (property, message) in InstrumentChangeRuleRules.Check(
                input.InstrumentCode, input.Method, input.ReliableChangePoints, input.BaselineStandardDeviation, input.Reliability,
                input.CriticalZ, input.RemissionBelow, input.RemissionRequiresReliableImprovement, input.ResponseReductionPercent,
                input.MinimumBaseline, input.RuleId, input.Source))
            {
                context.AddFailure(new ValidationFailure(property, message) { ErrorCode = TreatmentPlansErrorCodes.ProgressRuleInvalid });
            }
        });
    }

    /// <summary>Gets a shared instance.</summary>
    public static InstrumentChangeRuleInputValidator Instance { get; } = new();
}
