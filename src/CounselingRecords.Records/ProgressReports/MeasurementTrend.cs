using CounselingRecords.Privacy;
using NodaTime;

namespace CounselingRecords.Records.ProgressReports;

/// <summary>The first and last score of one instrument in a report's period.</summary>
[ProtectedHealthInformation]
public sealed class MeasurementTrend
{
    /// <summary>Initializes a new instance of the <see cref="MeasurementTrend"/> class.</summary>
    /// <param name="instrument">The instrument.</param>
    /// <param name="count">How many scores there are.</param>
    /// <param name="firstOn">The first date.</param>
    /// <param name="first">The first score.</param>
    /// <param name="lastOn">The last date.</param>
    /// <param name="last">The last score.</param>
    public MeasurementTrend(string instrument, int count, LocalDate firstOn, decimal first, LocalDate lastOn, decimal last)
    {
        Instrument = instrument;
        Count = count;
        FirstOn = firstOn;
        First = first;
        LastOn = lastOn;
        Last = last;
    }

    /// <summary>Gets the instrument.</summary>
    public string Instrument { get; }

    /// <summary>Gets how many scores there are.</summary>
    public int Count { get; }

    /// <summary>Gets the first date.</summary>
    public LocalDate FirstOn { get; }

    /// <summary>Gets the first score.</summary>
    public decimal First { get; }

    /// <summary>Gets the last date.</summary>
    public LocalDate LastOn { get; }

    /// <summary>Gets the last score.</summary>
    public decimal Last { get; }

    /// <summary>Gets the change from first to last.</summary>
    public decimal Change => Last - First;

    /// <inheritdoc />
    public override string ToString() => $"MeasurementTrend ({Count} scores)";
}
