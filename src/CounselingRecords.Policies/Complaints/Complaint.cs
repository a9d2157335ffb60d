using System.Collections.Immutable;
using CounselingRecords.Auditing;
using CounselingRecords.Identity;
using CounselingRecords.Privacy;
using CounselingRecords.Storage;
using NodaTime;

namespace CounselingRecords.Policies.Complaints;

/// <summary>
/// A complaint or grievance and its handling: received (channel, category, complainant, whom it is against) →
/// acknowledged → investigating → resolved (finding, corrective action) → response sent → closed, or escalated
/// to an external body. Deadlines for acknowledgment, resolution and response are fixed at receipt from the
/// practice's <see cref="ComplaintTargets"/>. Its content is access-controlled like clinical content
/// (<see cref="ComplaintAccessPolicy"/>), and every step goes through <see cref="ComplaintWorkflow"/>, which
/// checks access and writes an audit entry; the transitions themselves are not public.
/// </summary>
[ProtectedHealthInformation]
public sealed partial class Complaint : IAggregateRoot<Complaint>
{
    /// <summary>The record type named in audit entries and errors.</summary>
    public const string RecordType = "Complaint";

    /// <summary>Initializes a new instance of the <see cref="Complaint"/> class (used by storage).</summary>
    /// <param name="id">The complaint.</param>
    /// <param name="clientId">The client it concerns, if any.</param>
    /// <param name="channel">How it arrived.</param>
    /// <param name="category">What it is about.</param>
    /// <param name="complainant">Who made it.</param>
    /// <param name="against">Whom it is against.</param>
    /// <param name="summary">What the complainant says.</param>
    /// <param name="relatedRecords">The records it concerns.</param>
    /// <param name="receivedAt">When it was received.</param>
    /// <param name="receivedBy">Who received it.</param>
    /// <param name="status">Where it is.</param>
    /// <param name="acknowledgementDueAt">When acknowledgment is due.</param>
    /// <param name="resolutionDueAt">When a finding is due.</param>
    /// <param name="responseDueAt">When the response is due.</param>
    /// <param name="acknowledgedAt">When it was acknowledged.</param>
    /// <param name="investigatorId">Who investigates.</param>
    /// <param name="investigationStartedAt">When the investigation started.</param>
    /// <param name="finding">The finding.</param>
    /// <param name="findingSummary">What the investigation found.</param>
    /// <param name="correctiveAction">The corrective action.</param>
    /// <param name="resolvedAt">When it was resolved.</param>
    /// <param name="resolvedBy">Who resolved it.</param>
    /// <param name="responseSentAt">When the response was sent.</param>
    /// <param name="responseMethod">How the response was sent.</param>
    /// <param name="appealInformationProvided">Whether the response told the complainant how to take the complaint further (licensing board, payer).</param>
    /// <param name="escalatedTo">The external body it was escalated to.</param>
    /// <param name="externalBodyName">The body's name.</param>
    /// <param name="externalReference">The body's case reference.</param>
    /// <param name="escalatedAt">When it was escalated.</param>
    /// <param name="closedAt">When it was closed.</param>
    /// <param name="steps">The steps taken, in order.</param>
    /// <param name="version">The storage version.</param>
    public Complaint(
        ComplaintId id,
        ClientId? clientId,
        ComplaintChannel channel,
        ComplaintCategory category,
        Complainant complainant,
        ComplaintSubject against,
        string summary,
        ImmutableArray<RecordReference> relatedRecords,
        Instant receivedAt,
        UserId receivedBy,
        ComplaintStatus status,
        Instant acknowledgementDueAt,
        Instant resolutionDueAt,
        Instant responseDueAt,
        Instant? acknowledgedAt,
        UserId? investigatorId,
        Instant? investigationStartedAt,
        ComplaintFinding? finding,
        string? findingSummary,
        string? correctiveAction,
        Instant? resolvedAt,
        UserId? resolvedBy,
        Instant? responseSentAt,
        ResponseMethod? responseMethod,
        bool appealInformationProvided,
        ExternalBody? escalatedTo,
        string? externalBodyName,
        string? externalReference,
        Instant? escalatedAt,
        Instant? closedAt,
        ImmutableArray<ComplaintStep> steps,
        long version)
    {
        if (id.Value == Guid.Empty || receivedBy.Value == Guid.Empty)
        {
            throw new ArgumentException("A complaint needs an id and the user who received it.", nameof(id));
        }

        ArgumentNullException.ThrowIfNull(complainant);
        ArgumentNullException.ThrowIfNull(against);
        ArgumentException.ThrowIfNullOrWhiteSpace(summary);
        if (!Enum.IsDefined(status) || !Enum.IsDefined(channel) || !Enum.IsDefined(category))
        {
            throw new ArgumentOutOfRangeException(nameof(status), "Unknown status, channel or category.");
        }

        if (acknowledgementDueAt < receivedAt || resolutionDueAt < acknowledgementDueAt || responseDueAt < resolutionDueAt)
        {
            throw new ArgumentException($"The deadlines of complaint {id} are out of order.", nameof(acknowledgementDueAt));
        }

        steps = steps.IsDefault ? [] : steps;
        if (steps.IsEmpty || steps[^1].Status != status)
        {
            throw new ArgumentException($"The steps of complaint {id} must end in its status.", nameof(steps));
        }

        var reached = steps.Select(s => s.Status).ToHashSet();
        if ((reached.Contains(ComplaintStatus.Acknowledged) && acknowledgedAt is null)
            || (reached.Contains(ComplaintStatus.Investigating) && (investigationStartedAt is null || investigatorId is null))
            || (reached.Contains(ComplaintStatus.Resolved) && (resolvedAt is null || finding is null || findingSummary is null || resolvedBy is null))
            || (reached.Contains(ComplaintStatus.ResponseSent) && (responseSentAt is null || responseMethod is null))
            || (reached.Contains(ComplaintStatus.Escalated) && (escalatedAt is null || escalatedTo is null || externalBodyName is null))
            || (status == ComplaintStatus.Closed && closedAt is null))
        {
            throw new ArgumentException($"Complaint {id} lacks the facts of a step it went through.", nameof(steps));
        }

        ArgumentOutOfRangeException.ThrowIfNegative(version);
        Id = id;
        ClientId = clientId;
        Channel = channel;
        Category = category;
        Complainant = complainant;
        Against = against;
        Summary = summary;
        RelatedRecords = relatedRecords.IsDefault ? [] : relatedRecords;
        ReceivedAt = receivedAt;
        ReceivedBy = receivedBy;
        Status = status;
        AcknowledgementDueAt = acknowledgementDueAt;
        ResolutionDueAt = resolutionDueAt;
        ResponseDueAt = responseDueAt;
        AcknowledgedAt = acknowledgedAt;
        InvestigatorId = investigatorId;
        InvestigationStartedAt = investigationStartedAt;
        Finding = finding;
        FindingSummary = findingSummary;
        CorrectiveAction = correctiveAction;
        ResolvedAt = resolvedAt;
        ResolvedBy = resolvedBy;
        ResponseSentAt = responseSentAt;
        ResponseMethod = responseMethod;
        AppealInformationProvided = appealInformationProvided;
        EscalatedTo = escalatedTo;
        ExternalBodyName = externalBodyName;
        ExternalReference = externalReference;
        EscalatedAt = escalatedAt;
        ClosedAt = closedAt;
        Steps = steps;
        Version = version;
    }

    /// <summary>Gets the complaint.</summary>
    public ComplaintId Id { get; }

    /// <summary>Gets the client it concerns, if any.</summary>
    public ClientId? ClientId { get; }

    /// <summary>Gets how it arrived.</summary>
    public ComplaintChannel Channel { get; }

    /// <summary>Gets what it is about.</summary>
    public ComplaintCategory Category { get; }

    /// <summary>Gets who made it.</summary>
    public Complainant Complainant { get; }

    /// <summary>Gets whom it is against.</summary>
    public ComplaintSubject Against { get; }

    /// <summary>Gets what the complainant says.</summary>
    public string Summary { get; }

    /// <summary>Gets the records it concerns.</summary>
    public ImmutableArray<RecordReference> RelatedRecords { get; }

    /// <summary>Gets when it was received.</summary>
    public Instant ReceivedAt { get; }

    /// <summary>Gets who received it.</summary>
    public UserId ReceivedBy { get; }

    /// <summary>Gets where it is.</summary>
    public ComplaintStatus Status { get; }

    /// <summary>Gets when acknowledgment is due.</summary>
    public Instant AcknowledgementDueAt { get; }

    /// <summary>Gets when a finding is due.</summary>
    public Instant ResolutionDueAt { get; }

    /// <summary>Gets when the response is due.</summary>
    public Instant ResponseDueAt { get; }

    /// <summary>Gets when it was acknowledged.</summary>
    public Instant? AcknowledgedAt { get; }

    /// <summary>Gets who investigates.</summary>
    public UserId? InvestigatorId { get; }

    /// <summary>Gets when the investigation started.</summary>
    public Instant? InvestigationStartedAt { get; }

    /// <summary>Gets the finding.</summary>
    public ComplaintFinding? Finding { get; }

    /// <summary>Gets what the investigation found.</summary>
    public string? FindingSummary { get; }

    /// <summary>Gets the corrective action.</summary>
    public string? CorrectiveAction { get; }

    /// <summary>Gets when it was resolved.</summary>
    public Instant? ResolvedAt { get; }

    /// <summary>Gets who resolved it.</summary>
    public UserId? ResolvedBy { get; }

    /// <summary>Gets when the response was sent.</summary>
    public Instant? ResponseSentAt { get; }

    /// <summary>Gets how the response was sent.</summary>
    public ResponseMethod? ResponseMethod { get; }

    /// <summary>Gets a value indicating whether the response told the complainant how to take it further.</summary>
    public bool AppealInformationProvided { get; }

    /// <summary>Gets the external body it was escalated to.</summary>
    public ExternalBody? EscalatedTo { get; }

    /// <summary>Gets the body's name.</summary>
    public string? ExternalBodyName { get; }

    /// <summary>Gets the body's case reference.</summary>
    public string? ExternalReference { get; }

    /// <summary>Gets when it was escalated.</summary>
    public Instant? EscalatedAt { get; }

    /// <summary>Gets when it was closed.</summary>
    public Instant? ClosedAt { get; }

    /// <summary>Gets the steps taken, in order.</summary>
    public ImmutableArray<ComplaintStep> Steps { get; }

    /// <inheritdoc />
    public long Version { get; }

    /// <inheritdoc />
    public string Key => Id.ToString();

    /// <summary>Returns the reference to this complaint for audit entries.</summary>
    /// <returns>The reference.</returns>
    public RecordReference ToRecordReference() => RecordReference.For(RecordType, Id);

    /// <summary>
    /// Returns the deadlines missed at <paramref name="asOf"/>. A closed or escalated complaint has none; otherwise a
    /// deadline is missed when its step has not happened and the deadline has passed.
    /// </summary>
    /// <param name="asOf">The instant.</param>
    /// <returns>The missed deadlines, in order.</returns>
    public ImmutableArray<ComplaintDeadlineKind> OverdueAt(Instant asOf)
    {
        if (ClosedAt is not null || EscalatedAt is not null)
        {
            return [];
        }

        var overdue = ImmutableArray.CreateBuilder<ComplaintDeadlineKind>();
        if (AcknowledgedAt is null && AcknowledgementDueAt < asOf)
        {
            overdue.Add(ComplaintDeadlineKind.Acknowledgement);
        }

        if (ResolvedAt is null && ResolutionDueAt < asOf)
        {
            overdue.Add(ComplaintDeadlineKind.Resolution);
        }

        if (ResponseSentAt is null && ResponseDueAt < asOf)
        {
            overdue.Add(ComplaintDeadlineKind.Response);
        }

        return overdue.ToImmutable();
    }

    /// <summary>
    /// Returns whether the complaint should hold billing and collections for its client: a billing complaint about
    /// a client that is not closed (an escalated dispute still holds).
    /// </summary>
    /// <returns><see langword="true"/> when billing should be held.</returns>
    public bool HoldsBilling() => Category == ComplaintCategory.Billing && ClientId is not null && ClosedAt is null;

    /// <inheritdoc />
    public Complaint WithVersion(long version) => With(version: version);

    /// <inheritdoc />
    public override string ToString() => $"Complaint {Id} ({Status}, {Category})";
}
