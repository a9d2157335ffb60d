using CounselingRecords.Identity;
using CounselingRecords.Privacy;
using NodaTime;

namespace CounselingRecords.TreatmentPlans.Measurements;

/// <summary>
/// A frequency count or clinician rating to record for one objective, checked by
/// <see cref="RecordObservationRequestValidator"/>.
/// </summary>
[ProtectedHealthInformation]
public sealed record RecordObservationRequest
{
    /// <summary>Gets the measurement id.</summary>
    public MeasurementId MeasurementId { get; init; }

    /// <summary>Gets the objective observed.</summary>
    public ObjectiveId Objective { get; init; }

    /// <summary>Gets the count or rating.</summary>
    public decimal Value { get; init; }

    /// <summary>Gets the date observed.</summary>
    public LocalDate ObservedOn { get; init; }

    /// <summary>Gets when it is recorded.</summary>
    public Instant RecordedAt { get; init; }

    /// <summary>Gets the clinician recording it.</summary>
    public ClinicianId RecordedBy { get; init; }

    /// <summary>Gets the session note it belongs to, if any.</summary>
    public NoteId? Note { get; init; }

    /// <inheritdoc />
    public override string ToString() => Internal.Inv($"RecordObservationRequest {MeasurementId} for {Objective}");
}
