using NodaTime;

namespace CounselingRecords.Policies.Cancellations;

/// <summary>
/// What happened to the appointment: a client cancellation received at an instant (through a channel), a
/// clinician or practice cancellation, or no contact at all (a no-show); optionally with a discretionary
/// exception granted for it (R4.3).
/// </summary>
public sealed record CancellationEvent
{
    /// <summary>Initializes a new instance of the <see cref="CancellationEvent"/> class.</summary>
    /// <param name="party">Who cancelled; <see cref="CancellationParty.None"/> for no contact.</param>
    /// <param name="receivedAt">When the cancellation was received; <see langword="null"/> exactly when nobody cancelled.</param>
    /// <param name="channel">How it was received.</param>
    /// <param name="exception">A discretionary exception granted for this event, if any.</param>
    public CancellationEvent(CancellationParty party, Instant? receivedAt, CancellationChannel channel, FeeException? exception)
    {
        if (!Enum.IsDefined(party))
        {
            throw new ArgumentOutOfRangeException(nameof(party), party, "Unknown cancelling party.");
        }

        if (!Enum.IsDefined(channel))
        {
            throw new ArgumentOutOfRangeException(nameof(channel), channel, "Unknown channel.");
        }

        if ((party == CancellationParty.None) != (receivedAt is null))
        {
            throw new ArgumentException("A cancellation has a receipt time exactly when someone cancelled.", nameof(receivedAt));
        }

        Party = party;
        ReceivedAt = receivedAt;
        Channel = channel;
        Exception = exception;
    }

    /// <summary>Gets who cancelled.</summary>
    public CancellationParty Party { get; }

    /// <summary>Gets when the cancellation was received, if anyone cancelled.</summary>
    public Instant? ReceivedAt { get; }

    /// <summary>Gets how it was received.</summary>
    public CancellationChannel Channel { get; }

    /// <summary>Gets the discretionary exception granted, if any.</summary>
    public FeeException? Exception { get; }

    /// <summary>Creates a client cancellation received at <paramref name="receivedAt"/>.</summary>
    /// <param name="receivedAt">When the practice received it.</param>
    /// <param name="channel">How.</param>
    /// <returns>The event.</returns>
    public static CancellationEvent ByClient(Instant receivedAt, CancellationChannel channel = CancellationChannel.Unspecified) =>
        new(CancellationParty.Client, receivedAt, channel, null);

    /// <summary>Creates a clinician cancellation.</summary>
    /// <param name="at">When the clinician cancelled.</param>
    /// <returns>The event.</returns>
    public static CancellationEvent ByClinician(Instant at) => new(CancellationParty.Clinician, at, CancellationChannel.Unspecified, null);

    /// <summary>Creates a practice cancellation.</summary>
    /// <param name="at">When the practice cancelled.</param>
    /// <returns>The event.</returns>
    public static CancellationEvent ByPractice(Instant at) => new(CancellationParty.Practice, at, CancellationChannel.Unspecified, null);

    /// <summary>Creates a no-show: the client neither came nor made contact.</summary>
    /// <returns>The event.</returns>
    public static CancellationEvent NoContact() => new(CancellationParty.None, null, CancellationChannel.Unspecified, null);

    /// <summary>Returns this event with a discretionary exception granted for it.</summary>
    /// <param name="exception">The exception.</param>
    /// <returns>The event.</returns>
    public CancellationEvent WithException(FeeException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return new CancellationEvent(Party, ReceivedAt, Channel, exception);
    }

    /// <inheritdoc />
    public override string ToString() => $"Cancellation by {Party}{(Exception is null ? string.Empty : " (exception granted)")}";
}
