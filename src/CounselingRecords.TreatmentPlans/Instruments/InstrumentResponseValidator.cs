using FluentValidation;
using FluentValidation.Results;

namespace CounselingRecords.TreatmentPlans.Instruments;

/// <summary>
/// Checks a response against its instrument: the code matches, every answer names an item of the instrument
/// once, and every answer is inside the item's answer range; an answer outside it is invalid (R8.4). Missing
/// items are not a validation failure: the scorer decides (not scored by default, R8.4).
/// </summary>
public sealed class InstrumentResponseValidator : AbstractValidator<InstrumentResponse>
{
    /// <summary>Initializes a new instance of the <see cref="InstrumentResponseValidator"/> class.</summary>
    /// <param name="definition">The instrument the response is checked against.</param>
    public InstrumentResponseValidator(InstrumentDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        Definition = definition;
        RuleFor(x => x.InstrumentCode)
            .Must(definition.HasCode)
            .WithErrorCode(TreatmentPlansErrorCodes.InstrumentCodeMismatch)
            .WithMessage(Internal.Inv($"The response is not for {definition.Code}."));
        RuleFor(x => x.Answers).NotNull().WithErrorCode(TreatmentPlansErrorCodes.InstrumentUnknownItem);
        RuleFor(x => x).Custom((response, context) =>
        {
            if (response.Answers is null)
            {
                return;
            }

            var seen = new HashSet<int>();
            for (var i = 0; i < response.Answers.Count; i++)
            {
                var answer = response.Answers[i];
                var property = Internal.Inv($"Answers[{i}]");
                if (answer.ItemNumber < 1 || answer.ItemNumber > definition.Items.Length)
                {
                    context.AddFailure(new ValidationFailure(property, Internal.Inv($"{definition.Code} has no item {answer.ItemNumber}."))
                    {
                        ErrorCode = TreatmentPlansErrorCodes.InstrumentUnknownItem,
                    });
                    continue;
                }

                if (!seen.Add(answer.ItemNumber))
                {
                    context.AddFailure(new ValidationFailure(property, Internal.Inv($"Item {answer.ItemNumber} is answered more than once."))
                    {
                        ErrorCode = TreatmentPlansErrorCodes.InstrumentDuplicateItem,
                    });
                }

                var item = definition.Items[answer.ItemNumber - 1];
                if (!item.Accepts(answer.Value))
                {
                    context.AddFailure(new ValidationFailure(
                        property,
                        Internal.Inv($"The answer to item {item.Number} is outside {item.MinimumAnswer}-{item.MaximumAnswer} and is invalid (R8.4)."))
                    {
                        ErrorCode = TreatmentPlansErrorCodes.InstrumentAnswerOutOfRange,
                    });
                }
            }
        });
    }

    /// <summary>Gets the instrument the response is checked against.</summary>
    public InstrumentDefinition Definition { get; }
}
