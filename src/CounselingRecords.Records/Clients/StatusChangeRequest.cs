using CounselingRecords.Privacy;
using NodaTime;

namespace CounselingRecords.Records.Clients;

/// <summary>A request to move a client to another status, with the effective date and reasons.</summary>
[ProtectedHealthInformation]
public sealed class StatusChangeRequest
{
    /// <summary>Initializes a new instance of the <see cref="StatusChangeRequest"/> class.</summary>
    /// <param name="target">The status wanted.</param>
    /// <param name="effectiveDate">The date it takes effect.</param>
    /// <param name="dischargeReason">Why care ended (required for a discharge).</param>
    /// <param name="reason">The reason in words (required to inactivate; optional otherwise).</param>
    public StatusChangeRequest(ClientStatus target, LocalDate effectiveDate, DischargeReason? dischargeReason, string? reason)
    {
        Target = target;
        EffectiveDate = effectiveDate;
        DischargeReason = dischargeReason;
        Reason = reason;
    }

    /// <summary>Gets the status wanted.</summary>
    public ClientStatus Target { get; }

    /// <summary>Gets the effective date.</summary>
    public LocalDate EffectiveDate { get; }

    /// <summary>Gets the discharge reason.</summary>
    public DischargeReason? DischargeReason { get; }

    /// <summary>Gets the reason in words.</summary>
    public string? Reason { get; }

    /// <inheritdoc />
    public override string ToString() => $"StatusChangeRequest to {Target}";
}
