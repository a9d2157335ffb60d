using CounselingRecords.Identity;
using CounselingRecords.Privacy;
using CounselingRecords.TreatmentPlans.Instruments;
using NodaTime;

namespace CounselingRecords.TreatmentPlans.Measurements;

/// <summary>An instrument score to record on a plan, checked by <see cref="RecordInstrumentScoreRequestValidator"/>.</summary>
[ProtectedHealthInformation]
public sealed record RecordInstrumentScoreRequest
{
    /// <summary>Gets the measurement id (from the host's id generator or its questionnaire store).</summary>
    public MeasurementId MeasurementId { get; init; }

    /// <summary>Gets the score from <see cref="InstrumentScorer"/>.</summary>
    public InstrumentScore? Score { get; init; }

    /// <summary>Gets the date the instrument was administered.</summary>
    public LocalDate AdministeredOn { get; init; }

    /// <summary>Gets when the score is recorded.</summary>
    public Instant RecordedAt { get; init; }

    /// <summary>Gets the clinician recording it.</summary>
    public ClinicianId RecordedBy { get; init; }

    /// <summary>Gets the session note it belongs to, if any.</summary>
    public NoteId? Note { get; init; }

    /// <inheritdoc />
    public override string ToString() => Internal.Inv($"RecordInstrumentScoreRequest {MeasurementId}");
}
