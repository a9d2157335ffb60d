using System.Collections.Immutable;
using CounselingRecords.Auditing;
using CounselingRecords.Identity;
using CounselingRecords.Privacy;
using CounselingRecords.Records.Amendments;
using CounselingRecords.Records.Clients;
using CounselingRecords.Records.Signing;
using CounselingRecords.Results;
using CounselingRecords.Storage;
using CounselingRecords.Validation;
using NodaTime;

namespace CounselingRecords.Records.PsychotherapyNotes;

/// <summary>
/// A psychotherapy (process) note (45 CFR 164.501, R7.1): the author's notes analysing the conversation of a
/// session, kept apart from the rest of the record. It is a separate type that no progress note references; it
/// has no field for what R7.1 excludes (times, modality, diagnosis, test results, symptoms, functional status,
/// plan, progress), which belong in the <see cref="Notes.SessionNote"/>. Only its author may read it (R7.2); it is
/// excluded from client access requests (R7.3), from billing (R7.4) and from every export.
/// </summary>
[ProtectedHealthInformation]
public sealed class PsychotherapyNote : IAggregateRoot<PsychotherapyNote>
{
    /// <summary>The canonical encoding version of the signed content (ADR 0010).</summary>
    public const int SignedContentEncoding = 1;

    private static readonly PsychotherapyNoteDraftValidator DraftValidator = new();

    /// <summary>Initializes a new instance of the <see cref="PsychotherapyNote"/> class from its stored state.</summary>
    /// <param name="id">The id.</param>
    /// <param name="clientId">The client.</param>
    /// <param name="authorId">The author.</param>
    /// <param name="appointmentId">The session's appointment, if any.</param>
    /// <param name="sessionDate">The session date.</param>
    /// <param name="content">The process notes.</param>
    /// <param name="createdAt">When it was started.</param>
    /// <param name="lastEditedAt">When the content last changed.</param>
    /// <param name="status">Draft or signed.</param>
    /// <param name="signature">The author's signature.</param>
    /// <param name="addenda">The addenda.</param>
    /// <param name="version">The stored version.</param>
    public PsychotherapyNote(
        PsychotherapyNoteId id,
        ClientId clientId,
        ClinicianId authorId,
        AppointmentId? appointmentId,
        LocalDate sessionDate,
        string content,
        Instant createdAt,
        Instant lastEditedAt,
        DocumentStatus status,
        Signature? signature,
        ImmutableArray<Addendum> addenda,
        long version)
    {
        id.Require(nameof(id));
        clientId.Require(nameof(clientId));
        authorId.Require(nameof(authorId));
        ArgumentException.ThrowIfNullOrWhiteSpace(content);
        ArgumentOutOfRangeException.ThrowIfNegative(version);
        if (status is not (DocumentStatus.Draft or DocumentStatus.Signed))
        {
            throw new ArgumentOutOfRangeException(nameof(status), $"Psychotherapy note {id} is a draft or signed; it has no co-signature.");
        }

        if (lastEditedAt < createdAt)
        {
            throw new ArgumentException($"Psychotherapy note {id} was edited before it was created.", nameof(lastEditedAt));
        }

        Id = id;
        ClientId = clientId;
        AuthorId = authorId;
        AppointmentId = appointmentId;
        SessionDate = sessionDate;
        Content = content;
        CreatedAt = createdAt;
        LastEditedAt = lastEditedAt;
        var state = SigningState.Checked(status, null, signature, null, ImmutableArray<SupervisionReview>.Empty, addenda, authorId, ToReference());
        Status = state.Status;
        Signature = state.Signature;
        Addenda = state.Addenda;
        Version = version;
    }

    /// <summary>Gets the id.</summary>
    public PsychotherapyNoteId Id { get; }

    /// <summary>Gets the client.</summary>
    public ClientId ClientId { get; }

    /// <summary>Gets the author.</summary>
    public ClinicianId AuthorId { get; }

    /// <summary>Gets the session's appointment, if any.</summary>
    public AppointmentId? AppointmentId { get; }

    /// <summary>Gets the session date.</summary>
    public LocalDate SessionDate { get; }

    /// <summary>Gets the process notes.</summary>
    public string Content { get; }

    /// <summary>Gets when it was started.</summary>
    public Instant CreatedAt { get; }

    /// <summary>Gets when the content last changed.</summary>
    public Instant LastEditedAt { get; }

    /// <summary>Gets the status: draft or signed.</summary>
    public DocumentStatus Status { get; }

    /// <summary>Gets the author's signature.</summary>
    public Signature? Signature { get; }

    /// <summary>Gets the addenda.</summary>
    public ImmutableArray<Addendum> Addenda { get; }

    /// <inheritdoc />
    public long Version { get; }

    /// <inheritdoc />
    string IAggregateRoot.Key => Id.ToString();

    private SigningState State => new(Status, null, Signature, null, ImmutableArray<SupervisionReview>.Empty, Addenda);

    /// <summary>Starts a psychotherapy note for a client in care.</summary>
    /// <param name="ids">The id generator.</param>
    /// <param name="client">The client.</param>
    /// <param name="draft">The content.</param>
    /// <param name="createdAt">When.</param>
    /// <returns>The note, or the reason it was refused.</returns>
    public static Result<PsychotherapyNote> Start(IIdGenerator ids, Client client, PsychotherapyNoteDraft? draft, Instant createdAt)
    {
        ArgumentNullException.ThrowIfNull(ids);
        ArgumentNullException.ThrowIfNull(client);
        var check = DraftValidator.Check(draft);
        if (check.Failure)
        {
            return check.ConvertError<PsychotherapyNote>();
        }

        if (draft!.ClientId != client.Id)
        {
            return new DomainError(RecordsErrorCodes.RecordOfAnotherClient, $"The draft names another client than {client.Id}.", null, nameof(draft.ClientId));
        }

        if (client.Status is not (ClientStatus.Prospective or ClientStatus.Active))
        {
            return new DomainError(RecordsErrorCodes.ClientNotInCare, $"Client {client.Id} is {client.Status}; notes are written for prospective or active clients.", null, client.Id.ToString());
        }

        return new PsychotherapyNote(ids.New<PsychotherapyNoteId>(), draft.ClientId, draft.AuthorId, draft.AppointmentId, draft.SessionDate, draft.Content!, createdAt, createdAt, DocumentStatus.Draft, null, ImmutableArray<Addendum>.Empty, 0);
    }

    /// <summary>Returns the reference naming this note.</summary>
    /// <returns>The reference.</returns>
    public RecordReference ToReference() => RecordReference.For(RecordTypes.PsychotherapyNote, Id);

    /// <summary>Replaces the content of a draft.</summary>
    /// <param name="draft">The new content; client and author stay the same.</param>
    /// <param name="editedAt">When.</param>
    /// <returns>The note, or an error when signed or invalid.</returns>
    public Result<PsychotherapyNote> Revise(PsychotherapyNoteDraft? draft, Instant editedAt)
    {
        if (DocumentWorkflow.CheckEditable(State, ToReference()) is { } locked)
        {
            return locked;
        }

        var check = DraftValidator.Check(draft);
        if (check.Failure)
        {
            return check.ConvertError<PsychotherapyNote>();
        }

        if (draft!.ClientId != ClientId || draft.AuthorId != AuthorId)
        {
            return new DomainError(RecordsErrorCodes.RecordIdentityChanged, $"{ToReference()} keeps its client and author.", null, ToReference().ToString());
        }

        return new PsychotherapyNote(Id, ClientId, AuthorId, draft.AppointmentId, draft.SessionDate, draft.Content!, CreatedAt, editedAt > CreatedAt ? editedAt : CreatedAt, Status, Signature, Addenda, Version);
    }

    /// <summary>Signs the note as its author.</summary>
    /// <param name="signer">The author's signing identity.</param>
    /// <param name="signedAt">When.</param>
    /// <returns>The signed note, or the reason it was refused.</returns>
    public Result<PsychotherapyNote> Sign(SignerIdentity? signer, Instant signedAt)
    {
        if (DocumentWorkflow.CheckCanSign(State, ToReference(), AuthorId, signer) is { } refused)
        {
            return refused;
        }

        if (signedAt < LastEditedAt)
        {
            return new DomainError(RecordsErrorCodes.SignatureOutOfOrder, $"{ToReference()} cannot be signed before its last edit.", null, ToReference().ToString());
        }

        return With(DocumentWorkflow.ApplyAuthorSignature(State, ToSignedContent(), signer!, SignatureMeaning.Authored, signedAt, null));
    }

    /// <summary>Appends a signed addendum by the author; the signed note stays as it was (R7.7).</summary>
    /// <param name="author">The author's signing identity (only the author writes in their psychotherapy notes).</param>
    /// <param name="draft">The addendum.</param>
    /// <param name="writtenAt">When.</param>
    /// <param name="ids">The id generator.</param>
    /// <returns>The note with the addendum, or the reason it was refused.</returns>
    public Result<PsychotherapyNote> AddAddendum(SignerIdentity? author, AddendumDraft? draft, Instant writtenAt, IIdGenerator ids)
    {
        if (author is not null && author.ClinicianId != AuthorId)
        {
            return new DomainError(RecordsErrorCodes.SignerNotAuthor, $"Only the author of {ToReference()} writes in it.", "R7.2", ToReference().ToString());
        }

        return DocumentWorkflow.AddAddendum(State, ToReference(), author, draft, writtenAt, ids).Map(r => With(r.State));
    }

    /// <summary>Checks the signature and addenda against the note as it is now.</summary>
    /// <returns>The verification.</returns>
    public SignatureVerification Verify() => DocumentWorkflow.Verify(State, ToReference(), ToSignedContent());

    /// <summary>Returns the canonical signed content of the note as it is now (ADR 0010).</summary>
    /// <returns>The content.</returns>
    public SignedContent ToSignedContent() =>
        new SignedContentBuilder(RecordTypes.PsychotherapyNote, SignedContentEncoding, ToReference())
            .Field(nameof(ClientId), ClientId.ToString())
            .Field(nameof(AuthorId), AuthorId.ToString())
            .Field(nameof(AppointmentId), AppointmentId?.ToString())
            .Field(nameof(SessionDate), SessionDate)
            .Field(nameof(Content), Content)
            .Field(nameof(CreatedAt), CreatedAt)
            .Field(nameof(LastEditedAt), LastEditedAt)
            .Build();

    /// <inheritdoc />
    public PsychotherapyNote WithVersion(long version) =>
        new(Id, ClientId, AuthorId, AppointmentId, SessionDate, Content, CreatedAt, LastEditedAt, Status, Signature, Addenda, version);

    /// <inheritdoc />
    public override string ToString() => $"PsychotherapyNote {Id} ({Status})";

    private PsychotherapyNote With(SigningState state) =>
        new(Id, ClientId, AuthorId, AppointmentId, SessionDate, Content, CreatedAt, LastEditedAt, state.Status, state.Signature, state.Addenda, Version);
}
