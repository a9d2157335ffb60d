using FluentValidation;

namespace CounselingRecords.TreatmentPlans.Measurements;

/// <summary>Checks a <see cref="RecordInstrumentScoreRequest"/>; every rule carries a <see cref="TreatmentPlansErrorCodes"/> code.</summary>
public sealed class RecordInstrumentScoreRequestValidator : AbstractValidator<RecordInstrumentScoreRequest>
{
    /// <summary>Initializes a new instance of the <see cref="RecordInstrumentScoreRequestValidator"/> class.</summary>
    public RecordInstrumentScoreRequestValidator()
    {
        RuleFor(x => x.MeasurementId.Value).NotEqual(Guid.Empty).WithName("MeasurementId").WithErrorCode(TreatmentPlansErrorCodes.MeasurementIncomplete);
        RuleFor(x => x.Score).NotNull().WithErrorCode(TreatmentPlansErrorCodes.MeasurementIncomplete);
        RuleFor(x => x.RecordedBy.Value).NotEqual(Guid.Empty).WithName("RecordedBy").WithErrorCode(TreatmentPlansErrorCodes.MeasurementIncomplete);
        RuleFor(x => x.Note).Must(n => n is null || n.Value.Value != Guid.Empty).WithErrorCode(TreatmentPlansErrorCodes.SessionNoteRequired);
    }

    /// <summary>Gets a shared instance.</summary>
    public static RecordInstrumentScoreRequestValidator Instance { get; } = new();
}
