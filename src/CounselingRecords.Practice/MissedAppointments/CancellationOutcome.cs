using CounselingRecords.Auditing;
using CounselingRecords.Finance;
using CounselingRecords.Identity;
using CounselingRecords.Policies;
using CounselingRecords.Policies.Cancellations;
using CounselingRecords.Privacy;
using CounselingRecords.Scheduling.Appointments;
using CounselingRecords.Storage;
using NodaTime;

namespace CounselingRecords.Practice.MissedAppointments;

/// <summary>
/// What became of one appointment that did not take place: the policy's explained decision, the scheduling status
/// recorded, whether the client had accepted the policy version (R4.8), and the fee charged (a charge on the
/// ledger) or the zero-fee record when nothing was charged. Recorded once per appointment; the client's earlier
/// outcomes feed the next decision (first-occurrence grace and escalations, R4.3).
/// </summary>
[ProtectedHealthInformation]
public sealed class CancellationOutcome : IAggregateRoot<CancellationOutcome>
{
    /// <summary>Initializes a new instance of the <see cref="CancellationOutcome"/> class (also used to reload a stored outcome).</summary>
    /// <param name="appointmentId">The appointment.</param>
    /// <param name="clientId">The client.</param>
    /// <param name="clinicianId">The appointment's clinician.</param>
    /// <param name="recordedStatus">The scheduling status recorded: cancelled by client, late-cancelled, no-show or cancelled by practice.</param>
    /// <param name="decision">The policy's decision.</param>
    /// <param name="consentRule">The acceptance check of R4.8 (<c>ConsentChecks.MayBeCharged</c>) when the decision had a fee; otherwise <see langword="null"/>.</param>
    /// <param name="charge">The fee's charge on the ledger, or <see langword="null"/> when nothing was charged.</param>
    /// <param name="chargedFee">The fee charged: the decision's fee when charged, otherwise zero.</param>
    /// <param name="recordedAt">When the outcome was recorded.</param>
    /// <param name="recordedBy">Who recorded it.</param>
    /// <param name="version">The stored version (0 when never saved).</param>
    public CancellationOutcome(
        AppointmentId appointmentId,
        ClientId clientId,
        ClinicianId clinicianId,
        AppointmentStatus recordedStatus,
        CancellationDecision decision,
        AppliedRule? consentRule,
        ChargeId? charge,
        Money chargedFee,
        Instant recordedAt,
        UserId recordedBy,
        long version)
    {
        ArgumentNullException.ThrowIfNull(decision);
        if (appointmentId.Value == Guid.Empty || clientId.Value == Guid.Empty || clinicianId.Value == Guid.Empty || recordedBy.Value == Guid.Empty)
        {
            throw new ArgumentException("An outcome names the appointment, the client, the clinician and who recorded it.", nameof(appointmentId));
        }

        if (decision.AppointmentId != appointmentId || decision.ClientId != clientId || decision.IsPreview)
        {
            throw new ArgumentException($"Outcome of {appointmentId}: the decision is a real decision about this appointment and client.", nameof(decision));
        }

        if (recordedStatus is not (AppointmentStatus.CancelledByClient or AppointmentStatus.LateCancelled or AppointmentStatus.NoShow or AppointmentStatus.CancelledByPractice))
        {
            throw new ArgumentOutOfRangeException(nameof(recordedStatus), recordedStatus, "An outcome records a cancellation or a no-show.");
        }

        if ((charge is null) == chargedFee.IsPositive || chargedFee.IsNegative || (chargedFee.IsPositive && chargedFee != decision.Fee))
        {
            throw new ArgumentException($"Outcome of {appointmentId}: a charge exists exactly when the decision's fee was charged.", nameof(chargedFee));
        }

        ArgumentOutOfRangeException.ThrowIfNegative(version);
        AppointmentId = appointmentId;
        ClientId = clientId;
        ClinicianId = clinicianId;
        RecordedStatus = recordedStatus;
        Decision = decision;
        ConsentRule = consentRule;
        Charge = charge;
        ChargedFee = chargedFee;
        RecordedAt = recordedAt;
        RecordedBy = recordedBy;
        Version = version;
    }

    /// <summary>Gets the appointment.</summary>
    public AppointmentId AppointmentId { get; }

    /// <summary>Gets the client.</summary>
    public ClientId ClientId { get; }

    /// <summary>Gets the appointment's clinician.</summary>
    public ClinicianId ClinicianId { get; }

    /// <summary>Gets the scheduling status recorded.</summary>
    public AppointmentStatus RecordedStatus { get; }

    /// <summary>Gets the policy's decision.</summary>
    public CancellationDecision Decision { get; }

    /// <summary>Gets the acceptance check, when the decision had a fee.</summary>
    public AppliedRule? ConsentRule { get; }

    /// <summary>Gets the fee's charge, if one was posted.</summary>
    public ChargeId? Charge { get; }

    /// <summary>Gets the fee charged (zero for the zero-fee record).</summary>
    public Money ChargedFee { get; }

    /// <summary>Gets when the outcome was recorded.</summary>
    public Instant RecordedAt { get; }

    /// <summary>Gets who recorded it.</summary>
    public UserId RecordedBy { get; }

    /// <inheritdoc />
    public long Version { get; }

    /// <inheritdoc />
    public string Key => AppointmentId.ToString();

    /// <summary>Returns the reference naming this outcome.</summary>
    /// <returns>The reference.</returns>
    public RecordReference ToReference() => new(PracticeRecordTypes.CancellationOutcome, AppointmentId.ToString());

    /// <summary>Returns whether a fee was charged.</summary>
    /// <returns><see langword="true"/> when a charge was posted.</returns>
    public bool WasCharged() => Charge is not null;

    /// <summary>Returns the explanation: the policy decision's sentences, then the acceptance check, then what was charged.</summary>
    /// <returns>The text.</returns>
    public string Explain()
    {
        var text = Decision.Explain();
        if (ConsentRule is not null && !text.Contains(ConsentRule.Explanation, StringComparison.Ordinal))
        {
            text += " " + ConsentRule.Explanation;
        }

        return text + (Charge is { } charge
            ? $" Charged {ChargedFee} to the client (charge {charge}); it is never billed to insurance (R4.4)."
            : " No fee was charged.");
    }

    /// <inheritdoc />
    public CancellationOutcome WithVersion(long version) =>
        new(AppointmentId, ClientId, ClinicianId, RecordedStatus, Decision, ConsentRule, Charge, ChargedFee, RecordedAt, RecordedBy, version);

    /// <inheritdoc />
    public override string ToString() => $"CancellationOutcome {AppointmentId} ({RecordedStatus}, {(Charge is null ? "no fee" : "charged")})";
}
