using System.Collections.Immutable;
using CounselingRecords.Auditing;
using CounselingRecords.Care;
using CounselingRecords.Identity;
using CounselingRecords.Privacy;
using CounselingRecords.Storage;
using NodaTime;

namespace CounselingRecords.Policies.Inquiries;

/// <summary>
/// A prospective client's inquiry and its handling: received (channel, minimum-necessary details, referral
/// source) → screened → intake scheduled (the prospect becomes a client) / referred out (with where) /
/// declined (with a reason) / closed for no response. The first response is due by <see cref="ResponseDueAt"/>,
/// fixed at receipt from the practice's <see cref="InquiryTargets"/>. Steps go through
/// <see cref="InquiryWorkflow"/>, which checks access and audits each one.
/// </summary>
[ProtectedHealthInformation]
public sealed partial class Inquiry : IAggregateRoot<Inquiry>
{
    /// <summary>The record type named in audit entries and errors.</summary>
    public const string RecordType = "Inquiry";

    /// <summary>Initializes a new instance of the <see cref="Inquiry"/> class (used by storage).</summary>
    /// <param name="id">The inquiry.</param>
    /// <param name="receivedAt">When it was received.</param>
    /// <param name="receivedBy">Who recorded it.</param>
    /// <param name="channel">How it arrived.</param>
    /// <param name="contact">How to reach the prospect.</param>
    /// <param name="service">The kind of service asked for.</param>
    /// <param name="reason">A short reason, if given.</param>
    /// <param name="referralSource">Who referred them, if anyone.</param>
    /// <param name="statedCoverage">The coverage they mentioned, if any.</param>
    /// <param name="requestedClinician">The clinician they asked for, if any.</param>
    /// <param name="status">Where it is.</param>
    /// <param name="responseDueAt">When the first response is due.</param>
    /// <param name="firstRespondedAt">When the practice first responded.</param>
    /// <param name="screeningOutcome">The screening outcome.</param>
    /// <param name="screeningNote">A note from screening.</param>
    /// <param name="screenedAt">When it was screened.</param>
    /// <param name="screenedBy">Who screened it.</param>
    /// <param name="clientId">The client the prospect became.</param>
    /// <param name="intakeAppointmentId">The intake appointment.</param>
    /// <param name="intakeClinicianId">The intake clinician.</param>
    /// <param name="referredTo">Where the prospect was referred.</param>
    /// <param name="declineReason">Why it was declined.</param>
    /// <param name="closingNote">A note on closing.</param>
    /// <param name="closedAt">When it was closed.</param>
    /// <param name="steps">The steps, in order.</param>
    /// <param name="version">The storage version.</param>
    public Inquiry(
        InquiryId id,
        Instant receivedAt,
        UserId receivedBy,
        InquiryChannel channel,
        ProspectContact contact,
        RequestedService service,
        string? reason,
        string? referralSource,
        PayerClass? statedCoverage,
        ClinicianId? requestedClinician,
        InquiryStatus status,
        Instant responseDueAt,
        Instant? firstRespondedAt,
        ScreeningOutcome? screeningOutcome,
        string? screeningNote,
        Instant? screenedAt,
        UserId? screenedBy,
        ClientId? clientId,
        AppointmentId? intakeAppointmentId,
        ClinicianId? intakeClinicianId,
        string? referredTo,
        DeclineReason? declineReason,
        string? closingNote,
        Instant? closedAt,
        ImmutableArray<InquiryStep> steps,
        long version)
    {
        if (id.Value == Guid.Empty || receivedBy.Value == Guid.Empty)
        {
            throw new ArgumentException("An inquiry needs an id and the user who recorded it.", nameof(id));
        }

        ArgumentNullException.ThrowIfNull(contact);
        if (!Enum.IsDefined(status) || !Enum.IsDefined(channel) || !Enum.IsDefined(service))
        {
            throw new ArgumentOutOfRangeException(nameof(status), "Unknown status, channel or service.");
        }

        if (responseDueAt < receivedAt)
        {
            throw new ArgumentException($"The response of inquiry {id} cannot be due before it was received.", nameof(responseDueAt));
        }

        steps = steps.IsDefault ? [] : steps;
        if (steps.IsEmpty || steps[^1].Status != status)
        {
            throw new ArgumentException($"The steps of inquiry {id} must end in its status.", nameof(steps));
        }

        var closed = status is InquiryStatus.IntakeScheduled or InquiryStatus.ReferredOut or InquiryStatus.Declined or InquiryStatus.NoResponse;
        if (closed != closedAt.HasValue
            || (steps.Any(s => s.Status == InquiryStatus.Screened) && (screeningOutcome is null || screenedAt is null || screenedBy is null))
            || (status == InquiryStatus.IntakeScheduled && (clientId is null || intakeAppointmentId is null || intakeClinicianId is null))
            || (status == InquiryStatus.ReferredOut && string.IsNullOrWhiteSpace(referredTo))
            || (status == InquiryStatus.Declined && declineReason is null))
        {
            throw new ArgumentException($"Inquiry {id} lacks the facts of its status.", nameof(status));
        }

        ArgumentOutOfRangeException.ThrowIfNegative(version);
        Id = id;
        ReceivedAt = receivedAt;
        ReceivedBy = receivedBy;
        Channel = channel;
        Contact = contact;
        Service = service;
        Reason = reason;
        ReferralSource = referralSource;
        StatedCoverage = statedCoverage;
        RequestedClinician = requestedClinician;
        Status = status;
        ResponseDueAt = responseDueAt;
        FirstRespondedAt = firstRespondedAt;
        ScreeningOutcome = screeningOutcome;
        ScreeningNote = screeningNote;
        ScreenedAt = screenedAt;
        ScreenedBy = screenedBy;
        ClientId = clientId;
        IntakeAppointmentId = intakeAppointmentId;
        IntakeClinicianId = intakeClinicianId;
        ReferredTo = referredTo;
        DeclineReason = declineReason;
        ClosingNote = closingNote;
        ClosedAt = closedAt;
        Steps = steps;
        Version = version;
    }

    /// <summary>Gets the inquiry.</summary>
    public InquiryId Id { get; }

    /// <summary>Gets when it was received.</summary>
    public Instant ReceivedAt { get; }

    /// <summary>Gets who recorded it.</summary>
    public UserId ReceivedBy { get; }

    /// <summary>Gets how it arrived.</summary>
    public InquiryChannel Channel { get; }

    /// <summary>Gets how to reach the prospect.</summary>
    public ProspectContact Contact { get; }

    /// <summary>Gets the kind of service asked for.</summary>
    public RequestedService Service { get; }

    /// <summary>Gets the short reason, if given.</summary>
    public string? Reason { get; }

    /// <summary>Gets who referred them, if anyone.</summary>
    public string? ReferralSource { get; }

    /// <summary>Gets the coverage they mentioned, if any.</summary>
    public PayerClass? StatedCoverage { get; }

    /// <summary>Gets the clinician they asked for, if any.</summary>
    public ClinicianId? RequestedClinician { get; }

    /// <summary>Gets where it is.</summary>
    public InquiryStatus Status { get; }

    /// <summary>Gets when the first response is due.</summary>
    public Instant ResponseDueAt { get; }

    /// <summary>Gets when the practice first responded.</summary>
    public Instant? FirstRespondedAt { get; }

    /// <summary>Gets the screening outcome.</summary>
    public ScreeningOutcome? ScreeningOutcome { get; }

    /// <summary>Gets the note from screening.</summary>
    public string? ScreeningNote { get; }

    /// <summary>Gets when it was screened.</summary>
    public Instant? ScreenedAt { get; }

    /// <summary>Gets who screened it.</summary>
    public UserId? ScreenedBy { get; }

    /// <summary>Gets the client the prospect became.</summary>
    public ClientId? ClientId { get; }

    /// <summary>Gets the intake appointment.</summary>
    public AppointmentId? IntakeAppointmentId { get; }

    /// <summary>Gets the intake clinician.</summary>
    public ClinicianId? IntakeClinicianId { get; }

    /// <summary>Gets where the prospect was referred.</summary>
    public string? ReferredTo { get; }

    /// <summary>Gets why it was declined.</summary>
    public DeclineReason? DeclineReason { get; }

    /// <summary>Gets the note on closing.</summary>
    public string? ClosingNote { get; }

    /// <summary>Gets when it was closed.</summary>
    public Instant? ClosedAt { get; }

    /// <summary>Gets the steps, in order.</summary>
    public ImmutableArray<InquiryStep> Steps { get; }

    /// <inheritdoc />
    public long Version { get; }

    /// <inheritdoc />
    public string Key => Id.ToString();

    /// <summary>Returns the reference to this inquiry for audit entries.</summary>
    /// <returns>The reference.</returns>
    public RecordReference ToRecordReference() => RecordReference.For(RecordType, Id);

    /// <summary>Returns whether the first response is overdue at <paramref name="asOf"/>: open, not yet answered, and past its due time.</summary>
    /// <param name="asOf">The instant.</param>
    /// <returns><see langword="true"/> when overdue.</returns>
    public bool IsOverdueAt(Instant asOf) => ClosedAt is null && FirstRespondedAt is null && ResponseDueAt < asOf;

    /// <inheritdoc />
    public Inquiry WithVersion(long version) => With(version: version);

    /// <inheritdoc />
    public override string ToString() => $"Inquiry {Id} ({Status})";
}
