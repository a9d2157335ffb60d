using System.Collections.Immutable;
using CounselingRecords.Auditing;
using CounselingRecords.Identity;
using CounselingRecords.Records.AccessControl;
using CounselingRecords.Records.Clinical;
using CounselingRecords.Records.Deadlines;
using CounselingRecords.Results;
using CounselingRecords.Storage;
using CounselingRecords.Validation;
using NodaTime;

namespace CounselingRecords.Records.AccessRequests;

/// <summary>
/// A client's request for access to their designated record set (45 CFR 164.524, R7.3): due 30 days after receipt,
/// with one extension of up to 30 days (notice sent within the first 30). Psychotherapy notes are excluded from the
/// right of access: a request naming them records the exclusion, and they are never released through it.
/// </summary>
public sealed class RecordAccessRequest : IAggregateRoot<RecordAccessRequest>
{
    private static readonly RecordAccessRequestSubmissionValidator SubmissionValidator = new();

    /// <summary>Initializes a new instance of the <see cref="RecordAccessRequest"/> class from its stored state.</summary>
    /// <param name="id">The id.</param>
    /// <param name="clientId">The client.</param>
    /// <param name="requestedKinds">The kinds asked for that the right of access covers.</param>
    /// <param name="excludedKinds">The kinds asked for that it does not (psychotherapy notes, R7.3).</param>
    /// <param name="fromDate">The first date asked for, if limited.</param>
    /// <param name="toDate">The last date asked for, if limited.</param>
    /// <param name="format">The form asked for.</param>
    /// <param name="receivedOn">The receipt date.</param>
    /// <param name="originalDueOn">The first due date.</param>
    /// <param name="dueOn">The due date in force.</param>
    /// <param name="extension">The extension taken, if any.</param>
    /// <param name="status">Open, fulfilled or denied.</param>
    /// <param name="completedOn">The date it was fulfilled or denied.</param>
    /// <param name="releasedRecords">The records released.</param>
    /// <param name="denialGround">The denial ground.</param>
    /// <param name="denialExplanation">The denial explanation.</param>
    /// <param name="version">The stored version.</param>
    public RecordAccessRequest(
        RecordAccessRequestId id,
        ClientId clientId,
        ImmutableArray<RecordKind> requestedKinds,
        ImmutableArray<RecordKind> excludedKinds,
        LocalDate? fromDate,
        LocalDate? toDate,
        AccessFormat format,
        LocalDate receivedOn,
        LocalDate originalDueOn,
        LocalDate dueOn,
        DeadlineExtension? extension,
        AccessRequestStatus status,
        LocalDate? completedOn,
        ImmutableArray<RecordReference> releasedRecords,
        AccessDenialGround? denialGround,
        string? denialExplanation,
        long version)
    {
        id.Require(nameof(id));
        clientId.Require(nameof(clientId));
        ArgumentOutOfRangeException.ThrowIfNegative(version);
        var requested = requestedKinds.IsDefault ? ImmutableArray<RecordKind>.Empty : requestedKinds;
        var excluded = excludedKinds.IsDefault ? ImmutableArray<RecordKind>.Empty : excludedKinds;
        var released = releasedRecords.IsDefault ? ImmutableArray<RecordReference>.Empty : releasedRecords;
        if (requested.Any(k => !RecordKinds.IsDesignatedRecordSet(k)) || excluded.Any(RecordKinds.IsDesignatedRecordSet))
        {
            throw new ArgumentException($"Access request {id}: psychotherapy notes are excluded, never requested.", nameof(requestedKinds));
        }

        if (released.Any(r => r.RecordType == RecordTypes.PsychotherapyNote))
        {
            throw new ArgumentException($"Access request {id} cannot have released a psychotherapy note (R7.3).", nameof(releasedRecords));
        }

        if (dueOn != (extension?.NewDueOn ?? originalDueOn) || (extension is not null && extension.PreviousDueOn != originalDueOn) || originalDueOn <= receivedOn)
        {
            throw new ArgumentException($"Access request {id}: the due dates do not follow from receipt and extension.", nameof(dueOn));
        }

        if ((status != AccessRequestStatus.Open) != (completedOn is not null)
            || (status == AccessRequestStatus.Denied) != (denialGround is not null)
            || (status == AccessRequestStatus.Denied) != !string.IsNullOrWhiteSpace(denialExplanation)
            || (status != AccessRequestStatus.Fulfilled && released.Length > 0))
        {
            throw new ArgumentException($"Access request {id}: the completion fields do not fit the status {status}.", nameof(status));
        }

        Id = id;
        ClientId = clientId;
        RequestedKinds = requested;
        ExcludedKinds = excluded;
        FromDate = fromDate;
        ToDate = toDate;
        Format = format;
        ReceivedOn = receivedOn;
        OriginalDueOn = originalDueOn;
        DueOn = dueOn;
        Extension = extension;
        Status = status;
        CompletedOn = completedOn;
        ReleasedRecords = released;
        DenialGround = denialGround;
        DenialExplanation = denialExplanation;
        Version = version;
    }

    /// <summary>Gets the id.</summary>
    public RecordAccessRequestId Id { get; }

    /// <summary>Gets the client.</summary>
    public ClientId ClientId { get; }

    /// <summary>Gets the kinds asked for that the right of access covers.</summary>
    public ImmutableArray<RecordKind> RequestedKinds { get; }

    /// <summary>Gets the kinds asked for that it does not cover (R7.3).</summary>
    public ImmutableArray<RecordKind> ExcludedKinds { get; }

    /// <summary>Gets the first date asked for.</summary>
    public LocalDate? FromDate { get; }

    /// <summary>Gets the last date asked for.</summary>
    public LocalDate? ToDate { get; }

    /// <summary>Gets the form asked for.</summary>
    public AccessFormat Format { get; }

    /// <summary>Gets the receipt date.</summary>
    public LocalDate ReceivedOn { get; }

    /// <summary>Gets the first due date (receipt + 30 days under HIPAA).</summary>
    public LocalDate OriginalDueOn { get; }

    /// <summary>Gets the due date in force.</summary>
    public LocalDate DueOn { get; }

    /// <summary>Gets the extension taken, if any.</summary>
    public DeadlineExtension? Extension { get; }

    /// <summary>Gets the status.</summary>
    public AccessRequestStatus Status { get; }

    /// <summary>Gets when it was fulfilled or denied.</summary>
    public LocalDate? CompletedOn { get; }

    /// <summary>Gets the records released.</summary>
    public ImmutableArray<RecordReference> ReleasedRecords { get; }

    /// <summary>Gets the denial ground.</summary>
    public AccessDenialGround? DenialGround { get; }

    /// <summary>Gets the denial explanation.</summary>
    public string? DenialExplanation { get; }

    /// <inheritdoc />
    public long Version { get; }

    /// <inheritdoc />
    string IAggregateRoot.Key => Id.ToString();

    /// <summary>Records a received request, setting aside what the right of access excludes, and computes its deadline.</summary>
    /// <param name="ids">The id generator.</param>
    /// <param name="submission">The request.</param>
    /// <param name="rule">The deadline rule (default <see cref="ResponseDeadlineRule.HipaaAccess"/>).</param>
    /// <returns>The open request, or a validation error.</returns>
    public static Result<RecordAccessRequest> Receive(IIdGenerator ids, RecordAccessRequestSubmission? submission, ResponseDeadlineRule? rule = null)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var check = SubmissionValidator.Check(submission);
        if (check.Failure)
        {
            return check.ConvertError<RecordAccessRequest>();
        }

        var requested = submission!.RequestedKinds.Where(RecordKinds.IsDesignatedRecordSet).ToImmutableArray();
        var excluded = submission.RequestedKinds.Where(k => !RecordKinds.IsDesignatedRecordSet(k)).ToImmutableArray();
        var due = DeadlineMath.DueOn(submission.ReceivedOn, rule ?? ResponseDeadlineRule.HipaaAccess);
        return new RecordAccessRequest(
            ids.New<RecordAccessRequestId>(), submission.ClientId, requested, excluded, submission.FromDate, submission.ToDate, submission.Format,
            submission.ReceivedOn, due, due, null, AccessRequestStatus.Open, null, ImmutableArray<RecordReference>.Empty, null, null, 0);
    }

    /// <summary>Returns the reference naming this request.</summary>
    /// <returns>The reference.</returns>
    public RecordReference ToReference() => RecordReference.For(RecordTypes.RecordAccessRequest, Id);

    /// <summary>Returns whether the request is still open after its due date.</summary>
    /// <param name="asOf">The date.</param>
    /// <returns><see langword="true"/> when overdue.</returns>
    public bool IsOverdue(LocalDate asOf) => Status == AccessRequestStatus.Open && asOf > DueOn;

    /// <summary>
    /// Chooses, from candidate records, those this request may release: of a requested kind, and never a
    /// psychotherapy note (R7.3).
    /// </summary>
    /// <param name="candidates">The client's records.</param>
    /// <returns>The releasable records, in the order given.</returns>
    public ImmutableArray<RecordReference> ReleasableFrom(IEnumerable<RecordReference> candidates)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        return candidates.Where(c => RecordKinds.FromRecordType(c.RecordType) is { } kind && RequestedKinds.Contains(kind)).ToImmutableArray();
    }

    /// <summary>Takes the one extension, with the written notice sent within the first 30 days (R7.3).</summary>
    /// <param name="request">The extension.</param>
    /// <param name="rule">The deadline rule the request was received under (default HIPAA).</param>
    /// <returns>The request with its new due date, or the reason it was refused.</returns>
    public Result<RecordAccessRequest> Extend(DeadlineExtensionRequest? request, ResponseDeadlineRule? rule = null)
    {
        if (RefuseIfCompleted() is { } completed)
        {
            return completed;
        }

        return DeadlineMath.Extend(ToReference().ToString(), ReceivedOn, OriginalDueOn, Extension, rule ?? ResponseDeadlineRule.HipaaAccess, request)
            .Map(extension => new RecordAccessRequest(
                Id, ClientId, RequestedKinds, ExcludedKinds, FromDate, ToDate, Format, ReceivedOn, OriginalDueOn, extension.NewDueOn, extension,
                Status, CompletedOn, ReleasedRecords, DenialGround, DenialExplanation, Version));
    }

    /// <summary>Records that access was given, listing the records released. A psychotherapy note is never released (R7.3).</summary>
    /// <param name="fulfilledOn">The date.</param>
    /// <param name="released">The records released.</param>
    /// <returns>The fulfilled request, or the reason it was refused.</returns>
    public Result<RecordAccessRequest> Fulfill(LocalDate fulfilledOn, ImmutableArray<RecordReference> released)
    {
        if (RefuseIfCompleted() is { } completed)
        {
            return completed;
        }

        var list = released.IsDefault ? ImmutableArray<RecordReference>.Empty : released;
        if (list.Any(r => r.RecordType == RecordTypes.PsychotherapyNote))
        {
            return new DomainError(RecordsErrorCodes.AccessRequestPsychotherapyNoteExcluded, "Psychotherapy notes are excluded from the right of access and are not released through an access request.", "R7.3", RecordTypes.PsychotherapyNote);
        }

        var notRequested = list.FirstOrDefault(r => RecordKinds.FromRecordType(r.RecordType) is not { } kind || !RequestedKinds.Contains(kind));
        if (notRequested != default)
        {
            return new DomainError(RecordsErrorCodes.AccessRequestRecordNotRequested, $"{notRequested} is not of a kind {ToReference()} asked for.", "R7.3", notRequested.ToString());
        }

        if (fulfilledOn < ReceivedOn)
        {
            return new DomainError(RecordsErrorCodes.AccessRequestDateOutOfOrder, "A request is fulfilled on or after it was received.", "R7.3", nameof(fulfilledOn));
        }

        return new RecordAccessRequest(
            Id, ClientId, RequestedKinds, ExcludedKinds, FromDate, ToDate, Format, ReceivedOn, OriginalDueOn, DueOn, Extension,
            AccessRequestStatus.Fulfilled, fulfilledOn, list, null, null, Version);
    }

    /// <summary>Denies access with a ground and explanation.</summary>
    /// <param name="deniedOn">The date.</param>
    /// <param name="ground">The ground.</param>
    /// <param name="explanation">The explanation in plain language.</param>
    /// <returns>The denied request, or the reason it was refused.</returns>
    public Result<RecordAccessRequest> Deny(LocalDate deniedOn, AccessDenialGround ground, string? explanation)
    {
        if (RefuseIfCompleted() is { } completed)
        {
            return completed;
        }

        if (!Enum.IsDefined(ground) || string.IsNullOrWhiteSpace(explanation) || explanation.Length > TextLimits.Medium)
        {
            return new DomainError(RecordsErrorCodes.AccessRequestDenialIncomplete, "A denial of access states a known ground and an explanation.", "R7.3", nameof(explanation));
        }

        if (deniedOn < ReceivedOn)
        {
            return new DomainError(RecordsErrorCodes.AccessRequestDateOutOfOrder, "A request is denied on or after it was received.", "R7.3", nameof(deniedOn));
        }

        return new RecordAccessRequest(
            Id, ClientId, RequestedKinds, ExcludedKinds, FromDate, ToDate, Format, ReceivedOn, OriginalDueOn, DueOn, Extension,
            AccessRequestStatus.Denied, deniedOn, ImmutableArray<RecordReference>.Empty, ground, explanation, Version);
    }

    /// <inheritdoc />
    public RecordAccessRequest WithVersion(long version) => new(
        Id, ClientId, RequestedKinds, ExcludedKinds, FromDate, ToDate, Format, ReceivedOn, OriginalDueOn, DueOn, Extension, Status, CompletedOn,
        ReleasedRecords, DenialGround, DenialExplanation, version);

    /// <inheritdoc />
    public override string ToString() => $"RecordAccessRequest {Id} for {ClientId} ({Status}, due {DueOn})";

    private DomainError? RefuseIfCompleted() =>
        Status == AccessRequestStatus.Open
            ? null
            : new DomainError(RecordsErrorCodes.AccessRequestAlreadyCompleted, $"{ToReference()} was already {Status}.", "R7.3", ToReference().ToString());
}
