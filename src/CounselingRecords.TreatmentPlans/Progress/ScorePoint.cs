using CounselingRecords.Identity;
using CounselingRecords.Privacy;
using NodaTime;

namespace CounselingRecords.TreatmentPlans.Progress;

/// <summary>One score in a series: the value, the date it was measured (when known) and the measurement it came from (when recorded).</summary>
[ProtectedHealthInformation]
public sealed record ScorePoint
{
    /// <summary>Initializes a new instance of the <see cref="ScorePoint"/> class.</summary>
    /// <param name="value">The score.</param>
    /// <param name="measuredOn">The date it was measured, when known.</param>
    /// <param name="measurementId">The measurement it came from, when recorded.</param>
    public ScorePoint(decimal value, LocalDate? measuredOn, MeasurementId? measurementId)
    {
        Value = value;
        MeasuredOn = measuredOn;
        MeasurementId = measurementId;
    }

    /// <summary>Gets the score.</summary>
    public decimal Value { get; }

    /// <summary>Gets the date it was measured, when known.</summary>
    public LocalDate? MeasuredOn { get; }

    /// <summary>Gets the measurement it came from, when recorded.</summary>
    public MeasurementId? MeasurementId { get; }

    /// <inheritdoc />
    public override string ToString() => MeasurementId is { } id ? Internal.Inv($"ScorePoint {id}") : nameof(ScorePoint);
}
