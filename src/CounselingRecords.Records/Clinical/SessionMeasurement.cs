using CounselingRecords.Privacy;

namespace CounselingRecords.Records.Clinical;

/// <summary>A measure given in a session: the instrument code (for example <c>PHQ-9</c>) and its total score.</summary>
[ProtectedHealthInformation]
public sealed class SessionMeasurement
{
    /// <summary>Initializes a new instance of the <see cref="SessionMeasurement"/> class.</summary>
    /// <param name="instrument">The instrument code, for example <c>PHQ-9</c> or <c>GAD-7</c>.</param>
    /// <param name="score">The total score.</param>
    public SessionMeasurement(string instrument, decimal score)
    {
        ArgumentNullException.ThrowIfNull(instrument);
        Instrument = instrument;
        Score = score;
    }

    /// <summary>Gets the instrument code.</summary>
    public string Instrument { get; }

    /// <summary>Gets the total score.</summary>
    public decimal Score { get; }

    /// <inheritdoc />
    public override string ToString() => "SessionMeasurement";
}
