using CounselingRecords.Identity;
using CounselingRecords.Privacy;
using CounselingRecords.TreatmentPlans.Plans;
using NodaTime;

namespace CounselingRecords.TreatmentPlans.Measurements;

/// <summary>
/// A measurement recorded on a plan: an instrument total (which counts for every objective measured by that
/// instrument) or a frequency count or clinician rating for one objective, with the date measured, who recorded it,
/// the session note it came from, and for instruments the severity band and the safety flag (R8.2).
/// </summary>
[ProtectedHealthInformation]
public sealed record PlanMeasurement
{
    /// <summary>Initializes a new instance of the <see cref="PlanMeasurement"/> class.</summary>
    /// <param name="id">The measurement id.</param>
    /// <param name="kind">What was measured.</param>
    /// <param name="instrumentCode">The instrument, for instrument totals.</param>
    /// <param name="objective">The objective, for frequency counts and clinician ratings.</param>
    /// <param name="value">The total, count or rating.</param>
    /// <param name="measuredOn">The date it was measured.</param>
    /// <param name="recordedAt">When it was recorded.</param>
    /// <param name="recordedBy">The clinician who recorded it.</param>
    /// <param name="note">The session note it came from, if any.</param>
    /// <param name="bandCode">The severity band, for instrument totals with bands.</param>
    /// <param name="safetyFlag">Whether the administration raised the safety flag (instruments only).</param>
    /// <param name="prorated">Whether the total was prorated (R8.4, opt-in).</param>
    /// <exception cref="ArgumentException">The measurement is not well formed for its kind.</exception>
    public PlanMeasurement(
        MeasurementId id,
        MeasureKind kind,
        string? instrumentCode,
        ObjectiveId? objective,
        decimal value,
        LocalDate measuredOn,
        Instant recordedAt,
        ClinicianId recordedBy,
        NoteId? note,
        string? bandCode,
        bool safetyFlag,
        bool prorated)
    {
        Id = Internal.NotEmpty(id, nameof(id));
        Kind = Internal.Defined(kind, nameof(kind));
        if (kind == MeasureKind.InstrumentScore)
        {
            InstrumentCode = Internal.Required(instrumentCode, nameof(instrumentCode));
            if (objective is not null)
            {
                throw new ArgumentException("An instrument total counts for every objective measured by the instrument; it names none.", nameof(objective));
            }
        }
        else
        {
            if (objective is not { } o || o.Value == Guid.Empty || instrumentCode is not null || bandCode is not null || safetyFlag || prorated)
            {
                throw new ArgumentException("A count or rating names its objective and carries no instrument fields.", nameof(objective));
            }
        }

        ArgumentOutOfRangeException.ThrowIfNegative(value);
        Objective = objective;
        Value = value;
        MeasuredOn = measuredOn;
        RecordedAt = recordedAt;
        RecordedBy = Internal.NotEmpty(recordedBy, nameof(recordedBy));
        Note = note;
        BandCode = bandCode;
        SafetyFlag = safetyFlag;
        Prorated = prorated;
    }

    /// <summary>Gets the measurement id.</summary>
    public MeasurementId Id { get; }

    /// <summary>Gets what was measured.</summary>
    public MeasureKind Kind { get; }

    /// <summary>Gets the instrument, for instrument totals.</summary>
    public string? InstrumentCode { get; }

    /// <summary>Gets the objective, for counts and ratings.</summary>
    public ObjectiveId? Objective { get; }

    /// <summary>Gets the total, count or rating.</summary>
    public decimal Value { get; }

    /// <summary>Gets the date it was measured.</summary>
    public LocalDate MeasuredOn { get; }

    /// <summary>Gets when it was recorded.</summary>
    public Instant RecordedAt { get; }

    /// <summary>Gets the clinician who recorded it.</summary>
    public ClinicianId RecordedBy { get; }

    /// <summary>Gets the session note it came from, if any.</summary>
    public NoteId? Note { get; }

    /// <summary>Gets the severity band code, for instrument totals with bands.</summary>
    public string? BandCode { get; }

    /// <summary>Gets a value indicating whether the administration raised the safety flag (R8.2).</summary>
    public bool SafetyFlag { get; }

    /// <summary>Gets a value indicating whether the total was prorated (R8.4).</summary>
    public bool Prorated { get; }

    /// <summary>Returns whether this is a total of the given instrument (ordinal, ignoring case).</summary>
    /// <param name="instrumentCode">The instrument code.</param>
    /// <returns><see langword="true"/> when it is.</returns>
    public bool IsInstrument(string? instrumentCode) =>
        Kind == MeasureKind.InstrumentScore && string.Equals(InstrumentCode, instrumentCode, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override string ToString() => Internal.Inv($"PlanMeasurement {Id}");
}
