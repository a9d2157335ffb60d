using CounselingRecords.Privacy;
using NodaTime;

namespace CounselingRecords.Records.Clients;

/// <summary>One step of a client's status history: from, to, effective date, the reasons and when it was recorded.</summary>
[ProtectedHealthInformation]
public sealed class ClientStatusChange
{
    /// <summary>Initializes a new instance of the <see cref="ClientStatusChange"/> class.</summary>
    /// <param name="from">The status before.</param>
    /// <param name="to">The status after.</param>
    /// <param name="effectiveDate">The date it took effect.</param>
    /// <param name="dischargeReason">The discharge reason, for a discharge.</param>
    /// <param name="reason">The reason in words, if given.</param>
    /// <param name="recordedAt">When the change was recorded.</param>
    public ClientStatusChange(ClientStatus from, ClientStatus to, LocalDate effectiveDate, DischargeReason? dischargeReason, string? reason, Instant recordedAt)
    {
        if (!ClientStatusTransitions.IsAllowed(from, to))
        {
            throw new ArgumentException($"{from} to {to} is not a client status transition.", nameof(to));
        }

        if ((to == ClientStatus.Discharged) != (dischargeReason is not null))
        {
            throw new ArgumentException("A discharge, and only a discharge, carries a discharge reason.", nameof(dischargeReason));
        }

        From = from;
        To = to;
        EffectiveDate = effectiveDate;
        DischargeReason = dischargeReason;
        Reason = reason;
        RecordedAt = recordedAt;
    }

    /// <summary>Gets the status before.</summary>
    public ClientStatus From { get; }

    /// <summary>Gets the status after.</summary>
    public ClientStatus To { get; }

    /// <summary>Gets the date it took effect.</summary>
    public LocalDate EffectiveDate { get; }

    /// <summary>Gets the discharge reason.</summary>
    public DischargeReason? DischargeReason { get; }

    /// <summary>Gets the reason in words.</summary>
    public string? Reason { get; }

    /// <summary>Gets when it was recorded.</summary>
    public Instant RecordedAt { get; }

    /// <inheritdoc />
    public override string ToString() => $"{From} -> {To} ({DischargeReason?.ToString() ?? "no discharge reason"})";
}
