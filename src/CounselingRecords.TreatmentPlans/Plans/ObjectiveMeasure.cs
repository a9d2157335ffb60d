using CounselingRecords.Identity;
using CounselingRecords.Privacy;

namespace CounselingRecords.TreatmentPlans.Plans;

/// <summary>
/// How an objective is measured: the kind (instrument score, frequency count or clinician rating), the
/// instrument code or the unit counted or rated, the baseline and the target. A target below the baseline asks
/// for a decrease, above it for an increase.
/// </summary>
[ProtectedHealthInformation]
public sealed record ObjectiveMeasure
{
    /// <summary>Initializes a new instance of the <see cref="ObjectiveMeasure"/> class.</summary>
    /// <param name="kind">How it is measured.</param>
    /// <param name="instrumentCode">The instrument, for <see cref="MeasureKind.InstrumentScore"/> only.</param>
    /// <param name="baseline">The value at the start.</param>
    /// <param name="target">The value to reach; differs from the baseline.</param>
    /// <param name="unit">What is counted or rated (required unless measured by an instrument).</param>
    /// <param name="baselineMeasurementId">The recorded measurement the baseline comes from, if any.</param>
    /// <exception cref="ArgumentException">The measure is not well formed.</exception>
    public ObjectiveMeasure(MeasureKind kind, string? instrumentCode, decimal baseline, decimal target, string? unit, MeasurementId? baselineMeasurementId)
    {
        Kind = Internal.Defined(kind, nameof(kind));
        if (kind == MeasureKind.InstrumentScore)
        {
            InstrumentCode = Internal.Required(instrumentCode, nameof(instrumentCode));
        }
        else
        {
            if (instrumentCode is not null)
            {
                throw new ArgumentException("Only an instrument-measured objective names an instrument.", nameof(instrumentCode));
            }

            Internal.Required(unit, nameof(unit));
        }

        if (baseline < 0m || target < 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(baseline), "Baseline and target must not be negative.");
        }

        if (baseline == target)
        {
            throw new ArgumentException("The target must differ from the baseline.", nameof(target));
        }

        Baseline = baseline;
        Target = target;
        Unit = string.IsNullOrWhiteSpace(unit) ? null : unit;
        BaselineMeasurementId = baselineMeasurementId;
    }

    /// <summary>Gets how it is measured.</summary>
    public MeasureKind Kind { get; }

    /// <summary>Gets the instrument code, for instrument-measured objectives.</summary>
    public string? InstrumentCode { get; }

    /// <summary>Gets the value at the start.</summary>
    public decimal Baseline { get; }

    /// <summary>Gets the value to reach.</summary>
    public decimal Target { get; }

    /// <summary>Gets what is counted or rated.</summary>
    public string? Unit { get; }

    /// <summary>Gets the recorded measurement the baseline comes from, if any.</summary>
    public MeasurementId? BaselineMeasurementId { get; }

    /// <summary>Gets a value indicating whether the objective asks for a decrease (target below baseline).</summary>
    public bool LowerIsBetter => Target < Baseline;

    /// <summary>Returns whether <paramref name="value"/> reaches the target.</summary>
    /// <param name="value">A measured value.</param>
    /// <returns><see langword="true"/> at or beyond the target in the wanted direction.</returns>
    public bool IsTargetReached(decimal value) => LowerIsBetter ? value <= Target : value >= Target;

    /// <inheritdoc />
    public override string ToString() => Internal.Inv($"ObjectiveMeasure {Kind}");
}
