namespace CounselingRecords.Records.ProgressReports;

/// <summary>
/// Attendance in a period. Missed sessions are those the client did not attend for a client reason: no-shows,
/// late cancellations and timely client cancellations; practice cancellations are counted apart.
/// </summary>
public sealed class AttendanceSummary
{
    /// <summary>Initializes a new instance of the <see cref="AttendanceSummary"/> class.</summary>
    /// <param name="attended">Sessions attended.</param>
    /// <param name="noShows">No-shows.</param>
    /// <param name="lateCancellations">Late cancellations by the client.</param>
    /// <param name="clientCancellations">Timely cancellations by the client.</param>
    /// <param name="practiceCancellations">Cancellations by the practice.</param>
    public AttendanceSummary(int attended, int noShows, int lateCancellations, int clientCancellations, int practiceCancellations)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(attended);
        ArgumentOutOfRangeException.ThrowIfNegative(noShows);
        ArgumentOutOfRangeException.ThrowIfNegative(lateCancellations);
        ArgumentOutOfRangeException.ThrowIfNegative(clientCancellations);
        ArgumentOutOfRangeException.ThrowIfNegative(practiceCancellations);
        Attended = attended;
        NoShows = noShows;
        LateCancellations = lateCancellations;
        ClientCancellations = clientCancellations;
        PracticeCancellations = practiceCancellations;
    }

    /// <summary>Gets the sessions attended.</summary>
    public int Attended { get; }

    /// <summary>Gets the no-shows.</summary>
    public int NoShows { get; }

    /// <summary>Gets the late cancellations.</summary>
    public int LateCancellations { get; }

    /// <summary>Gets the timely client cancellations.</summary>
    public int ClientCancellations { get; }

    /// <summary>Gets the practice cancellations.</summary>
    public int PracticeCancellations { get; }

    /// <summary>Gets the sessions the client missed.</summary>
    public int Missed => NoShows + LateCancellations + ClientCancellations;

    /// <summary>Gets every scheduled session.</summary>
    public int Scheduled => Attended + Missed + PracticeCancellations;

    /// <inheritdoc />
    public override string ToString() => $"Attended {Attended}, missed {Missed} (no-show {NoShows}, late cancel {LateCancellations}, cancel {ClientCancellations}), practice cancelled {PracticeCancellations}";
}
