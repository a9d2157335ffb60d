using CounselingRecords.Privacy;
using NodaTime;

namespace CounselingRecords.Records.ProgressReports;

/// <summary>A measure's total score on a date (from the measurement area or from session notes).</summary>
[ProtectedHealthInformation]
public sealed class MeasurementResult
{
    /// <summary>Initializes a new instance of the <see cref="MeasurementResult"/> class.</summary>
    /// <param name="instrument">The instrument code, for example <c>PHQ-9</c>.</param>
    /// <param name="administeredOn">The date it was given.</param>
    /// <param name="score">The total score.</param>
    public MeasurementResult(string instrument, LocalDate administeredOn, decimal score)
    {
        Instrument = instrument;
        AdministeredOn = administeredOn;
        Score = score;
    }

    /// <summary>Gets the instrument code.</summary>
    public string Instrument { get; }

    /// <summary>Gets the date given.</summary>
    public LocalDate AdministeredOn { get; }

    /// <summary>Gets the score.</summary>
    public decimal Score { get; }

    /// <inheritdoc />
    public override string ToString() => "MeasurementResult";
}
