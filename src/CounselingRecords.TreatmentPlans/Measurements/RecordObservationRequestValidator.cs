using FluentValidation;

namespace CounselingRecords.TreatmentPlans.Measurements;

/// <summary>Checks a <see cref="RecordObservationRequest"/>; every rule carries a <see cref="TreatmentPlansErrorCodes"/> code.</summary>
public sealed class RecordObservationRequestValidator : AbstractValidator<RecordObservationRequest>
{
    /// <summary>Initializes a new instance of the <see cref="RecordObservationRequestValidator"/> class.</summary>
    public RecordObservationRequestValidator()
    {
        RuleFor(x => x.MeasurementId.Value).NotEqual(Guid.Empty).WithName("MeasurementId").WithErrorCode(TreatmentPlansErrorCodes.MeasurementIncomplete);
        RuleFor(x => x.Objective.Value).NotEqual(Guid.Empty).WithName("Objective").WithErrorCode(TreatmentPlansErrorCodes.MeasurementObjectiveNotFound);
        RuleFor(x => x.Value).GreaterThanOrEqualTo(0m).WithErrorCode(TreatmentPlansErrorCodes.MeasurementValueNegative);
        RuleFor(x => x.RecordedBy.Value).NotEqual(Guid.Empty).WithName("RecordedBy").WithErrorCode(TreatmentPlansErrorCodes.MeasurementIncomplete);
        RuleFor(x => x.Note).Must(n => n is null || n.Value.Value != Guid.Empty).WithErrorCode(TreatmentPlansErrorCodes.SessionNoteRequired);
    }

    /// <summary>Gets a shared instance.</summary>
    public static RecordObservationRequestValidator Instance { get; } = new();
}
