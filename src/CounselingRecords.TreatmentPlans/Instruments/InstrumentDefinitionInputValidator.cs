using FluentValidation;
using FluentValidation.Results;

namespace CounselingRecords.TreatmentPlans.Instruments;

/// <summary>Checks an <see cref="InstrumentDefinitionInput"/>; every rule carries a <see cref="TreatmentPlansErrorCodes"/> code.</summary>
public sealed class InstrumentDefinitionInputValidator : AbstractValidator<InstrumentDefinitionInput>
{
    /// <summary>Initializes a new instance of the <see cref="InstrumentDefinitionInputValidator"/> class.</summary>
    public InstrumentDefinitionInputValidator()
    {
        RuleFor(x => x.Code).NotEmpty().WithErrorCode(TreatmentPlansErrorCodes.InstrumentDefinitionInvalid)
            .MaximumLength(40).WithErrorCode(TreatmentPlansErrorCodes.TextTooLong);
        RuleFor(x => x.Name).NotEmpty().WithErrorCode(TreatmentPlansErrorCodes.InstrumentDefinitionInvalid)
            .MaximumLength(200).WithErrorCode(TreatmentPlansErrorCodes.TextTooLong);
        RuleFor(x => x.Source).NotEmpty().WithErrorCode(TreatmentPlansErrorCodes.InstrumentDefinitionInvalid);
        RuleFor(x => x.Items).NotNull().WithErrorCode(TreatmentPlansErrorCodes.InstrumentItemsInvalid);
        RuleFor(x => x.Bands).NotNull().WithErrorCode(TreatmentPlansErrorCodes.InstrumentBandsInvalid);
        RuleFor(x => x.CriticalItems).NotNull().WithErrorCode(TreatmentPlansErrorCodes.InstrumentThresholdInvalid);
        RuleFor(x => x.CutOffs).NotNull().WithErrorCode(TreatmentPlansErrorCodes.InstrumentThresholdInvalid);
        RuleFor(x => x).Custom((input, context) =>
        {
            if (input.Items is null || input.Bands is null || input.CriticalItems is null || input.CutOffs is null)
            {
                return;
            }

            foreach (var (code, property, message) in InstrumentDefinitionRules.Check(
                [.. input.Items], [.. input.Bands], [.. input.CriticalItems], [.. input.CutOffs], input.MaximumProratedItems))
            {
                context.AddFailure(new ValidationFailure(property, message) { ErrorCode = code });
            }
        });
    }

    /// <summary>Gets a shared instance.</summary>
    public static InstrumentDefinitionInputValidator Instance { get; } = new();
}
