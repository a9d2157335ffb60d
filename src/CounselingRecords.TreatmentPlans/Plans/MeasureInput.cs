using CounselingRecords.Identity;
using CounselingRecords.Privacy;

namespace CounselingRecords.TreatmentPlans.Plans;

/// <summary>How an objective is measured, as entered.</summary>
[ProtectedHealthInformation]
public sealed record MeasureInput
{
    /// <summary>Gets how it is measured.</summary>
    public MeasureKind Kind { get; init; }

    /// <summary>Gets the instrument code, for instrument-measured objectives (for example <c>PHQ-9</c>).</summary>
    public string? InstrumentCode { get; init; }

    /// <summary>Gets the value at the start.</summary>
    public decimal Baseline { get; init; }

    /// <summary>Gets the value to reach.</summary>
    public decimal Target { get; init; }

    /// <summary>Gets what is counted or rated (required unless measured by an instrument).</summary>
    public string? Unit { get; init; }

    /// <summary>Gets the recorded measurement the baseline comes from, if any.</summary>
    public MeasurementId? BaselineMeasurementId { get; init; }

    /// <inheritdoc />
    public override string ToString() => Internal.Inv($"MeasureInput {Kind}");
}
