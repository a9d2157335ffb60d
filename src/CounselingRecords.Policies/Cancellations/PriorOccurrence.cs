using CounselingRecords.Identity;
using NodaTime;

namespace CounselingRecords.Policies.Cancellations;

/// <summary>
/// An earlier late cancellation or no-show of the client, as the first-occurrence waiver (R4.3) and escalations
/// count them. Build them from earlier decisions with <see cref="From"/>.
/// </summary>
public sealed record PriorOccurrence
{
    /// <summary>Initializes a new instance of the <see cref="PriorOccurrence"/> class.</summary>
    /// <param name="appointmentId">The appointment.</param>
    /// <param name="appointmentStart">When it was to start.</param>
    /// <param name="classification">Its classification; only late cancellations and no-shows count.</param>
    /// <param name="excused">Whether a discretionary exception excused it (excused events never count).</param>
    public PriorOccurrence(AppointmentId appointmentId, Instant appointmentStart, CancellationClassification classification, bool excused)
    {
        if (appointmentId.Value == Guid.Empty)
        {
            throw new ArgumentException("An occurrence names its appointment.", nameof(appointmentId));
        }

        if (!Enum.IsDefined(classification))
        {
            throw new ArgumentOutOfRangeException(nameof(classification), classification, "Unknown classification.");
        }

        AppointmentId = appointmentId;
        AppointmentStart = appointmentStart;
        Classification = classification;
        Excused = excused;
    }

    /// <summary>Gets the appointment.</summary>
    public AppointmentId AppointmentId { get; }

    /// <summary>Gets when it was to start.</summary>
    public Instant AppointmentStart { get; }

    /// <summary>Gets its classification.</summary>
    public CancellationClassification Classification { get; }

    /// <summary>Gets a value indicating whether an exception excused it.</summary>
    public bool Excused { get; }

    /// <summary>Creates the occurrence an earlier decision recorded.</summary>
    /// <param name="decision">The decision.</param>
    /// <returns>The occurrence.</returns>
    public static PriorOccurrence From(CancellationDecision decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        return new PriorOccurrence(decision.AppointmentId, decision.AppointmentStart, decision.Classification, decision.Exception is not null);
    }

    /// <summary>Returns whether the occurrence counts for rules that count <paramref name="kinds"/>.</summary>
    /// <param name="kinds">The kinds counted.</param>
    /// <returns><see langword="true"/> when not excused and of a counted kind.</returns>
    public bool CountsAs(OccurrenceKinds kinds) => !Excused && Classification switch
    {
        CancellationClassification.LateCancellation => (kinds & OccurrenceKinds.LateCancellation) != 0,
        CancellationClassification.NoShow => (kinds & OccurrenceKinds.NoShow) != 0,
        _ => false,
    };
}
