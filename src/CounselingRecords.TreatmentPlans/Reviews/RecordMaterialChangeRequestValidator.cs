using FluentValidation;

namespace CounselingRecords.TreatmentPlans.Reviews;

/// <summary>Checks a <see cref="RecordMaterialChangeRequest"/>; every rule carries a <see cref="TreatmentPlansErrorCodes"/> code.</summary>
public sealed class RecordMaterialChangeRequestValidator : AbstractValidator<RecordMaterialChangeRequest>
{
    /// <summary>Initializes a new instance of the <see cref="RecordMaterialChangeRequestValidator"/> class.</summary>
    public RecordMaterialChangeRequestValidator()
    {
        RuleFor(x => x.Kind).IsInEnum().WithErrorCode(TreatmentPlansErrorCodes.MaterialChangeKindInvalid);
        RuleFor(x => x.Description).NotEmpty().WithErrorCode(TreatmentPlansErrorCodes.MaterialChangeDescriptionRequired)
            .MaximumLength(PlanTextLimits.Summary).WithErrorCode(TreatmentPlansErrorCodes.TextTooLong);
        RuleFor(x => x.RecordedBy.Value).NotEqual(Guid.Empty).WithName("RecordedBy").WithErrorCode(TreatmentPlansErrorCodes.AuthorRequired);
    }

    /// <summary>Gets a shared instance.</summary>
    public static RecordMaterialChangeRequestValidator Instance { get; } = new();
}
