using CounselingRecords.Finance;
using CounselingRecords.Identity;
using NodaTime;

namespace CounselingRecords.Policies.Cancellations;

/// <summary>
/// What the cancellation engine needs to know about the appointment: who, when it starts, the fee the session
/// would have cost the client (the basis of percentage and full-fee charges, and of the session-fee cap), and
/// whether it is an intake session. A scheduling module supplies these; the engine needs nothing else from it.
/// </summary>
public sealed record AppointmentFacts
{
    /// <summary>Initializes a new instance of the <see cref="AppointmentFacts"/> class.</summary>
    /// <param name="appointmentId">The appointment.</param>
    /// <param name="clientId">The client.</param>
    /// <param name="clinicianId">The clinician.</param>
    /// <param name="start">When the appointment starts.</param>
    /// <param name="sessionFee">The session fee (not negative).</param>
    /// <param name="isIntake">Whether this is the client's intake session.</param>
    public AppointmentFacts(AppointmentId appointmentId, ClientId clientId, ClinicianId clinicianId, Instant start, Money sessionFee, bool isIntake)
    {
        if (appointmentId.Value == Guid.Empty || clientId.Value == Guid.Empty || clinicianId.Value == Guid.Empty)
        {
            throw new ArgumentException("Appointment facts need the appointment, client and clinician ids.", nameof(appointmentId));
        }

        if (sessionFee.IsNegative)
        {
            throw new ArgumentOutOfRangeException(nameof(sessionFee), sessionFee, "A session fee cannot be negative.");
        }

        AppointmentId = appointmentId;
        ClientId = clientId;
        ClinicianId = clinicianId;
        Start = start;
        SessionFee = sessionFee;
        IsIntake = isIntake;
    }

    /// <summary>Gets the appointment.</summary>
    public AppointmentId AppointmentId { get; }

    /// <summary>Gets the client.</summary>
    public ClientId ClientId { get; }

    /// <summary>Gets the clinician.</summary>
    public ClinicianId ClinicianId { get; }

    /// <summary>Gets when the appointment starts.</summary>
    public Instant Start { get; }

    /// <summary>Gets the session fee.</summary>
    public Money SessionFee { get; }

    /// <summary>Gets a value indicating whether this is an intake session.</summary>
    public bool IsIntake { get; }

    /// <inheritdoc />
    public override string ToString() => $"Appointment {AppointmentId} for {ClientId}";
}
