using FluentValidation;

namespace CounselingRecords.TreatmentPlans.Sessions;

/// <summary>Checks a <see cref="RecordSessionRequest"/>; every rule carries a <see cref="TreatmentPlansErrorCodes"/> code.</summary>
public sealed class RecordSessionRequestValidator : AbstractValidator<RecordSessionRequest>
{
    /// <summary>Initializes a new instance of the <see cref="RecordSessionRequestValidator"/> class.</summary>
    public RecordSessionRequestValidator()
    {
        RuleFor(x => x.Note.Value).NotEqual(Guid.Empty).WithName("Note").WithErrorCode(TreatmentPlansErrorCodes.SessionNoteRequired);
        RuleFor(x => x.Objectives).NotEmpty().WithErrorCode(TreatmentPlansErrorCodes.SessionObjectivesRequired);
        RuleFor(x => x.Objectives)
            .Must(o => o is null || o.All(id => id.Value != Guid.Empty))
            .WithErrorCode(TreatmentPlansErrorCodes.SessionObjectivesRequired)
            .WithMessage("An objective id is empty.");
        RuleFor(x => x.Objectives)
            .Must(o => o is null || o.Distinct().Count() == o.Count)
            .WithErrorCode(TreatmentPlansErrorCodes.SessionDuplicateObjective)
            .WithMessage("An objective is named more than once.");
    }

    /// <summary>Gets a shared instance.</summary>
    public static RecordSessionRequestValidator Instance { get; } = new();
}
