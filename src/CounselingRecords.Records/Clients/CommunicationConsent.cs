using NodaTime;

namespace CounselingRecords.Records.Clients;

/// <summary>A recorded consent decision for one channel: granted or withdrawn, and when.</summary>
public sealed class CommunicationConsent
{
    /// <summary>Initializes a new instance of the <see cref="CommunicationConsent"/> class.</summary>
    /// <param name="channel">The channel.</param>
    /// <param name="granted">Whether the client consents to it.</param>
    /// <param name="recordedAt">When the decision was recorded.</param>
    public CommunicationConsent(CommunicationChannel channel, bool granted, Instant recordedAt)
    {
        if (!Enum.IsDefined(channel))
        {
            throw new ArgumentOutOfRangeException(nameof(channel));
        }

        Channel = channel;
        Granted = granted;
        RecordedAt = recordedAt;
    }

    /// <summary>Gets the channel.</summary>
    public CommunicationChannel Channel { get; }

    /// <summary>Gets a value indicating whether the client consents.</summary>
    public bool Granted { get; }

    /// <summary>Gets when the decision was recorded.</summary>
    public Instant RecordedAt { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Channel}: {(Granted ? "granted" : "withdrawn")} at {RecordedAt}";
}
