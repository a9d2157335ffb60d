using System.Collections.Immutable;
using CounselingRecords.Auditing;
using CounselingRecords.Identity;
using CounselingRecords.Privacy;
using CounselingRecords.Records.Clinical;
using CounselingRecords.Records.Deadlines;
using CounselingRecords.Results;
using CounselingRecords.Storage;
using CounselingRecords.Validation;
using NodaTime;

namespace CounselingRecords.Records.Amendments;

/// <summary>
/// A client's request to amend their record (45 CFR 164.526, R7.8): received with a reason, due 60 days after
/// receipt with one extension of up to 30 days (notice sent within the first 60), then accepted (the amendment is
/// appended to the record as an addendum and the people named are notified) or denied with a written notice; after
/// a denial the client may file a statement of disagreement and the practice a rebuttal, all linked to the record.
/// A request about a psychotherapy note cannot be accepted: those notes are outside the right (R7.3, R7.8).
/// </summary>
[ProtectedHealthInformation]
public sealed class AmendmentRequest : IAggregateRoot<AmendmentRequest>
{
    private static readonly AmendmentRequestSubmissionValidator SubmissionValidator = new();
    private static readonly AmendmentDenialValidator DenialValidator = new();

    /// <summary>Initializes a new instance of the <see cref="AmendmentRequest"/> class from its stored state.</summary>
    /// <param name="id">The id.</param>
    /// <param name="clientId">The client.</param>
    /// <param name="target">The record to amend.</param>
    /// <param name="requestedChange">The change asked for.</param>
    /// <param name="reason">The client's reason.</param>
    /// <param name="personsToNotify">People to tell of an accepted amendment.</param>
    /// <param name="receivedOn">The receipt date.</param>
    /// <param name="originalDueOn">The first due date.</param>
    /// <param name="dueOn">The due date in force (after any extension).</param>
    /// <param name="extension">The extension taken, if any.</param>
    /// <param name="status">Open, accepted or denied.</param>
    /// <param name="decidedOn">The decision date.</param>
    /// <param name="decidedBy">Who decided.</param>
    /// <param name="acceptanceNote">A note on an acceptance.</param>
    /// <param name="denial">The denial notice.</param>
    /// <param name="amendmentAddendumId">The addendum that carries an accepted amendment.</param>
    /// <param name="notifiedOn">When the people named were notified.</param>
    /// <param name="statementOfDisagreement">The client's statement of disagreement.</param>
    /// <param name="disagreementFiledOn">When it was filed.</param>
    /// <param name="rebuttal">The practice's rebuttal.</param>
    /// <param name="rebuttalOn">When it was written.</param>
    /// <param name="version">The stored version.</param>
    public AmendmentRequest(
        AmendmentRequestId id,
        ClientId clientId,
        RecordReference target,
        string requestedChange,
        string reason,
        ImmutableArray<string> personsToNotify,
        LocalDate receivedOn,
        LocalDate originalDueOn,
        LocalDate dueOn,
        DeadlineExtension? extension,
        AmendmentRequestStatus status,
        LocalDate? decidedOn,
        UserId? decidedBy,
        string? acceptanceNote,
        AmendmentDenial? denial,
        AddendumId? amendmentAddendumId,
        LocalDate? notifiedOn,
        string? statementOfDisagreement,
        LocalDate? disagreementFiledOn,
        string? rebuttal,
        LocalDate? rebuttalOn,
        long version)
    {
        id.Require(nameof(id));
        clientId.Require(nameof(clientId));
        ArgumentException.ThrowIfNullOrWhiteSpace(target.RecordType, nameof(target));
        ArgumentException.ThrowIfNullOrWhiteSpace(requestedChange);
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        ArgumentOutOfRangeException.ThrowIfNegative(version);
        if (dueOn != (extension?.NewDueOn ?? originalDueOn) || (extension is not null && extension.PreviousDueOn != originalDueOn) || originalDueOn <= receivedOn)
        {
            throw new ArgumentException($"Amendment request {id}: the due dates do not follow from receipt and extension.", nameof(dueOn));
        }

        var decided = status != AmendmentRequestStatus.Open;
        if (decided != (decidedOn is not null) || decided != (decidedBy is not null)
            || (status == AmendmentRequestStatus.Denied) != (denial is not null)
            || (status != AmendmentRequestStatus.Accepted && (amendmentAddendumId is not null || notifiedOn is not null || acceptanceNote is not null))
            || (status != AmendmentRequestStatus.Denied && (statementOfDisagreement is not null || rebuttal is not null))
            || (statementOfDisagreement is null) != (disagreementFiledOn is null)
            || (rebuttal is null) != (rebuttalOn is null)
            || (rebuttal is not null && statementOfDisagreement is null))
        {
            throw new ArgumentException($"Amendment request {id}: the decision fields do not fit the status {status}.", nameof(status));
        }

        Id = id;
        ClientId = clientId;
        Target = target;
        RequestedChange = requestedChange;
        Reason = reason;
        PersonsToNotify = personsToNotify.IsDefault ? ImmutableArray<string>.Empty : personsToNotify;
        ReceivedOn = receivedOn;
        OriginalDueOn = originalDueOn;
        DueOn = dueOn;
        Extension = extension;
        Status = status;
        DecidedOn = decidedOn;
        DecidedBy = decidedBy;
        AcceptanceNote = acceptanceNote;
        Denial = denial;
        AmendmentAddendumId = amendmentAddendumId;
        NotifiedOn = notifiedOn;
        StatementOfDisagreement = statementOfDisagreement;
        DisagreementFiledOn = disagreementFiledOn;
        Rebuttal = rebuttal;
        RebuttalOn = rebuttalOn;
        Version = version;
    }

    /// <summary>Gets the id.</summary>
    public AmendmentRequestId Id { get; }

    /// <summary>Gets the client.</summary>
    public ClientId ClientId { get; }

    /// <summary>Gets the record to amend.</summary>
    public RecordReference Target { get; }

    /// <summary>Gets the change asked for.</summary>
    public string RequestedChange { get; }

    /// <summary>Gets the client's reason.</summary>
    public string Reason { get; }

    /// <summary>Gets the people to notify of an accepted amendment.</summary>
    public ImmutableArray<string> PersonsToNotify { get; }

    /// <summary>Gets the receipt date.</summary>
    public LocalDate ReceivedOn { get; }

    /// <summary>Gets the first due date (receipt + 60 days under HIPAA).</summary>
    public LocalDate OriginalDueOn { get; }

    /// <summary>Gets the due date in force.</summary>
    public LocalDate DueOn { get; }

    /// <summary>Gets the extension taken, if any.</summary>
    public DeadlineExtension? Extension { get; }

    /// <summary>Gets the status.</summary>
    public AmendmentRequestStatus Status { get; }

    /// <summary>Gets the decision date.</summary>
    public LocalDate? DecidedOn { get; }

    /// <summary>Gets who decided.</summary>
    public UserId? DecidedBy { get; }

    /// <summary>Gets a note on an acceptance.</summary>
    public string? AcceptanceNote { get; }

    /// <summary>Gets the denial notice.</summary>
    public AmendmentDenial? Denial { get; }

    /// <summary>Gets the addendum carrying an accepted amendment.</summary>
    public AddendumId? AmendmentAddendumId { get; }

    /// <summary>Gets when the people named were notified.</summary>
    public LocalDate? NotifiedOn { get; }

    /// <summary>Gets the client's statement of disagreement.</summary>
    public string? StatementOfDisagreement { get; }

    /// <summary>Gets when it was filed.</summary>
    public LocalDate? DisagreementFiledOn { get; }

    /// <summary>Gets the practice's rebuttal.</summary>
    public string? Rebuttal { get; }

    /// <summary>Gets when it was written.</summary>
    public LocalDate? RebuttalOn { get; }

    /// <inheritdoc />
    public long Version { get; }

    /// <inheritdoc />
    string IAggregateRoot.Key => Id.ToString();

    /// <summary>Records a received request and computes its deadline.</summary>
    /// <param name="ids">The id generator.</param>
    /// <param name="submission">The request.</param>
    /// <param name="rule">The deadline rule (default <see cref="ResponseDeadlineRule.HipaaAmendment"/>).</param>
    /// <returns>The open request, or a validation error.</returns>
    public static Result<AmendmentRequest> Receive(IIdGenerator ids, AmendmentRequestSubmission? submission, ResponseDeadlineRule? rule = null)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var check = SubmissionValidator.Check(submission);
        if (check.Failure)
        {
            return check.ConvertError<AmendmentRequest>();
        }

        var due = DeadlineMath.DueOn(submission!.ReceivedOn, rule ?? ResponseDeadlineRule.HipaaAmendment);
        return new AmendmentRequest(
            ids.New<AmendmentRequestId>(), submission.ClientId, submission.Target, submission.RequestedChange!, submission.Reason!, submission.PersonsToNotify,
            submission.ReceivedOn, due, due, null, AmendmentRequestStatus.Open, null, null, null, null, null, null, null, null, null, null, 0);
    }

    /// <summary>Returns the reference naming this request.</summary>
    /// <returns>The reference.</returns>
    public RecordReference ToReference() => RecordReference.For(RecordTypes.AmendmentRequest, Id);

    /// <summary>Returns whether the request is still open after its due date.</summary>
    /// <param name="asOf">The date to check.</param>
    /// <returns><see langword="true"/> when overdue.</returns>
    public bool IsOverdue(LocalDate asOf) => Status == AmendmentRequestStatus.Open && asOf > DueOn;

    /// <summary>Takes the one extension, with the written notice sent within the first deadline (R7.8).</summary>
    /// <param name="request">The extension.</param>
    /// <param name="rule">The deadline rule the request was received under (default HIPAA).</param>
    /// <returns>The request with its new due date, or the reason it was refused.</returns>
    public Result<AmendmentRequest> Extend(DeadlineExtensionRequest? request, ResponseDeadlineRule? rule = null)
    {
        if (RefuseIfDecided() is { } decided)
        {
            return decided;
        }

        return DeadlineMath.Extend(ToReference().ToString(), ReceivedOn, OriginalDueOn, Extension, rule ?? ResponseDeadlineRule.HipaaAmendment, request)
            .Map(extension => Copy(dueOn: extension.NewDueOn, extension: extension));
    }

    /// <summary>Accepts the request. The amendment is then appended to the record (<see cref="LinkAmendment"/>) and the people named notified.</summary>
    /// <param name="decidedOn">The decision date.</param>
    /// <param name="decidedBy">Who decided.</param>
    /// <param name="note">An optional note.</param>
    /// <returns>The accepted request, or the reason it was refused.</returns>
    public Result<AmendmentRequest> Accept(LocalDate decidedOn, UserId decidedBy, string? note = null)
    {
        if (RefuseIfDecided() is { } decided)
        {
            return decided;
        }

        if (Target.RecordType == RecordTypes.PsychotherapyNote)
        {
            return new DomainError(RecordsErrorCodes.AmendmentPsychotherapyNoteExcluded, $"{ToReference()} is about a psychotherapy note, which is outside the right to amend; deny it as not available for inspection.", "R7.8", Target.ToString());
        }

        if (RefuseDecisionDate(decidedOn, decidedBy) is { } bad)
        {
            return bad;
        }

        if (note is { Length: > TextLimits.Medium })
        {
            return new DomainError(RecordsErrorCodes.TextTooLong, "The acceptance note is too long.", null, nameof(note));
        }

        return Copy(status: AmendmentRequestStatus.Accepted, decidedOn: decidedOn, decidedBy: decidedBy, acceptanceNote: Text.OrNull(note));
    }

    /// <summary>Denies the request with the written notice's content (R7.8).</summary>
    /// <param name="decidedOn">The decision date.</param>
    /// <param name="decidedBy">Who decided.</param>
    /// <param name="denial">The denial: ground, basis, disagreement instructions, complaint contact.</param>
    /// <returns>The denied request, or the reason it was refused.</returns>
    public Result<AmendmentRequest> Deny(LocalDate decidedOn, UserId decidedBy, AmendmentDenial? denial)
    {
        if (RefuseIfDecided() is { } decided)
        {
            return decided;
        }

        var check = DenialValidator.Check(denial);
        if (check.Failure)
        {
            return check.ConvertError<AmendmentRequest>();
        }

        if (RefuseDecisionDate(decidedOn, decidedBy) is { } bad)
        {
            return bad;
        }

        return Copy(status: AmendmentRequestStatus.Denied, decidedOn: decidedOn, decidedBy: decidedBy, denial: denial);
    }

    /// <summary>Links the addendum that carries the accepted amendment to the request.</summary>
    /// <param name="addendum">The addendum, of kind <see cref="AddendumKind.Amendment"/>, naming this request and appended to the target record.</param>
    /// <returns>The request, or the reason it was refused.</returns>
    public Result<AmendmentRequest> LinkAmendment(Addendum addendum)
    {
        ArgumentNullException.ThrowIfNull(addendum);
        if (Status != AmendmentRequestStatus.Accepted)
        {
            return new DomainError(RecordsErrorCodes.AmendmentNotAccepted, $"{ToReference()} is {Status}; only an accepted request is carried out.", "R7.8", ToReference().ToString());
        }

        if (addendum.Kind != AddendumKind.Amendment || addendum.AmendmentRequestId != Id || addendum.Amends != Target)
        {
            return new DomainError(RecordsErrorCodes.AmendmentAddendumMismatch, $"Addendum {addendum.Id} is not the amendment of {Target} for {ToReference()}.", "R7.8", addendum.Id.ToString());
        }

        return Copy(amendmentAddendumId: addendum.Id);
    }

    /// <summary>Records that the people the client named were told of the amendment.</summary>
    /// <param name="notifiedOn">The date.</param>
    /// <returns>The request, or the reason it was refused.</returns>
    public Result<AmendmentRequest> RecordNotification(LocalDate notifiedOn)
    {
        if (Status != AmendmentRequestStatus.Accepted || AmendmentAddendumId is null)
        {
            return new DomainError(RecordsErrorCodes.AmendmentNotAccepted, $"{ToReference()}: notify after the amendment is appended.", "R7.8", ToReference().ToString());
        }

        return notifiedOn < DecidedOn
            ? new DomainError(RecordsErrorCodes.AmendmentDateOutOfOrder, "The notification follows the decision.", "R7.8", nameof(notifiedOn))
            : Copy(notifiedOn: notifiedOn);
    }

    /// <summary>Files the client's statement of disagreement with a denial.</summary>
    /// <param name="statement">The statement.</param>
    /// <param name="filedOn">The date.</param>
    /// <returns>The request, or the reason it was refused.</returns>
    public Result<AmendmentRequest> FileDisagreement(string? statement, LocalDate filedOn)
    {
        if (Status != AmendmentRequestStatus.Denied)
        {
            return new DomainError(RecordsErrorCodes.AmendmentNotDenied, $"{ToReference()} is {Status}; a statement of disagreement follows a denial.", "R7.8", ToReference().ToString());
        }

        if (StatementOfDisagreement is not null)
        {
            return new DomainError(RecordsErrorCodes.AmendmentDisagreementAlreadyFiled, $"{ToReference()} already has a statement of disagreement.", "R7.8", ToReference().ToString());
        }

        if (string.IsNullOrWhiteSpace(statement) || statement.Length > TextLimits.Long)
        {
            return new DomainError(RecordsErrorCodes.AmendmentDisagreementMissing, "A statement of disagreement has text (within the length limit).", "R7.8", nameof(statement));
        }

        return filedOn < DecidedOn
            ? new DomainError(RecordsErrorCodes.AmendmentDateOutOfOrder, "The statement follows the denial.", "R7.8", nameof(filedOn))
            : Copy(statementOfDisagreement: statement, disagreementFiledOn: filedOn);
    }

    /// <summary>Adds the practice's rebuttal to a statement of disagreement.</summary>
    /// <param name="rebuttal">The rebuttal.</param>
    /// <param name="writtenOn">The date.</param>
    /// <returns>The request, or the reason it was refused.</returns>
    public Result<AmendmentRequest> AddRebuttal(string? rebuttal, LocalDate writtenOn)
    {
        if (StatementOfDisagreement is null)
        {
            return new DomainError(RecordsErrorCodes.AmendmentNoDisagreement, $"{ToReference()} has no statement of disagreement to rebut.", "R7.8", ToReference().ToString());
        }

        if (Rebuttal is not null)
        {
            return new DomainError(RecordsErrorCodes.AmendmentRebuttalAlreadyWritten, $"{ToReference()} already has a rebuttal.", "R7.8", ToReference().ToString());
        }

        if (string.IsNullOrWhiteSpace(rebuttal) || rebuttal.Length > TextLimits.Long)
        {
            return new DomainError(RecordsErrorCodes.AmendmentRebuttalMissing, "A rebuttal has text (within the length limit).", "R7.8", nameof(rebuttal));
        }

        return writtenOn < DisagreementFiledOn
            ? new DomainError(RecordsErrorCodes.AmendmentDateOutOfOrder, "The rebuttal follows the statement of disagreement.", "R7.8", nameof(writtenOn))
            : Copy(rebuttal: rebuttal, rebuttalOn: writtenOn);
    }

    /// <inheritdoc />
    public AmendmentRequest WithVersion(long version) => Copy(version: version);

    /// <inheritdoc />
    public override string ToString() => $"AmendmentRequest {Id} for {ClientId} on {Target} ({Status}, due {DueOn})";

    private DomainError? RefuseIfDecided() =>
        Status == AmendmentRequestStatus.Open
            ? null
            : new DomainError(RecordsErrorCodes.AmendmentAlreadyDecided, $"{ToReference()} was already {Status}.", "R7.8", ToReference().ToString());

    private DomainError? RefuseDecisionDate(LocalDate decidedOn, UserId decidedBy)
    {
        if (decidedBy.IsEmpty())
        {
            return new DomainError(RecordsErrorCodes.AmendmentDeciderMissing, "A decision names who decided.", "R7.8", nameof(decidedBy));
        }

        return decidedOn < ReceivedOn
            ? new DomainError(RecordsErrorCodes.AmendmentDateOutOfOrder, "A decision follows receipt of the request.", "R7.8", nameof(decidedOn))
            : null;
    }

    private AmendmentRequest Copy(
        LocalDate? dueOn = null,
        DeadlineExtension? extension = null,
        AmendmentRequestStatus? status = null,
        LocalDate? decidedOn = null,
        UserId? decidedBy = null,
        string? acceptanceNote = null,
        AmendmentDenial? denial = null,
        AddendumId? amendmentAddendumId = null,
        LocalDate? notifiedOn = null,
        string? statementOfDisagreement = null,
        LocalDate? disagreementFiledOn = null,
        string? rebuttal = null,
        LocalDate? rebuttalOn = null,
        long? version = null) =>
        new(
            Id,
            ClientId,
            Target,
            RequestedChange,
            Reason,
            PersonsToNotify,
            ReceivedOn,
            OriginalDueOn,
            dueOn ?? DueOn,
            extension ?? Extension,
            status ?? Status,
            decidedOn ?? DecidedOn,
            decidedBy ?? DecidedBy,
            acceptanceNote ?? AcceptanceNote,
            denial ?? Denial,
            amendmentAddendumId ?? AmendmentAddendumId,
            notifiedOn ?? NotifiedOn,
            statementOfDisagreement ?? StatementOfDisagreement,
            disagreementFiledOn ?? DisagreementFiledOn,
            rebuttal ?? Rebuttal,
            rebuttalOn ?? RebuttalOn,
            version ?? Version);
}
