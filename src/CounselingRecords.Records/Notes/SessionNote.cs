using System.Collections.Immutable;
using CounselingRecords.Auditing;
using CounselingRecords.Care;
using CounselingRecords.Identity;
using CounselingRecords.Privacy;
using CounselingRecords.Records.Amendments;
using CounselingRecords.Records.Clients;
using CounselingRecords.Records.Clinical;
using CounselingRecords.Records.Signing;
using CounselingRecords.Results;
using CounselingRecords.Storage;
using CounselingRecords.Validation;
using NodaTime;

namespace CounselingRecords.Records.Notes;

/// <summary>
/// A session (progress) note: the narrative sections of its format (SOAP, DAP, BIRP, GIRP) and the progress-note
/// elements of R7.1/R7.5 (start and stop times, modality, client location, participants, interventions, symptoms,
/// functional status, diagnoses, objective progress by id, risk, measures, next session), plus the facts billing
/// needs later (<see cref="ToServiceFacts"/>). It never references a psychotherapy note (R7.1). Signed by its author
/// with a SHA-256 over its canonical content (R7.6, ADR 0010), co-signed when the author is supervised, locked
/// once signed and changed only by addenda (R7.7); a note signed after it was due is marked a late entry.
/// </summary>
[ProtectedHealthInformation]
public sealed partial class SessionNote : IAggregateRoot<SessionNote>
{
    /// <summary>The canonical encoding version of the signed content (ADR 0010).</summary>
    public const int SignedContentEncoding = 1;

    private static readonly SessionNoteDraftValidator DraftValidator = new();

    /// <summary>Initializes a new instance of the <see cref="SessionNote"/> class from its stored state.</summary>
    /// <param name="id">The id.</param>
    /// <param name="clientId">The client.</param>
    /// <param name="authorId">The clinician who provided the service.</param>
    /// <param name="appointmentId">The appointment documented, if any.</param>
    /// <param name="format">The note format.</param>
    /// <param name="sections">The narrative sections, in the format's order.</param>
    /// <param name="serviceKind">The kind of service.</param>
    /// <param name="startedAt">When the session started.</param>
    /// <param name="endedAt">When it stopped.</param>
    /// <param name="timeZone">The session's time zone.</param>
    /// <param name="dateOfService">The date of service (the local date of the start).</param>
    /// <param name="modality">The modality.</param>
    /// <param name="clientLocation">Where the client was.</param>
    /// <param name="telehealthConsentConfirmed">Whether telehealth consent was confirmed.</param>
    /// <param name="participants">Who attended.</param>
    /// <param name="interactiveComplexity">The interactive complexity factors documented.</param>
    /// <param name="evaluationAndManagementPerformed">Whether an E/M service was performed.</param>
    /// <param name="diagnoses">The diagnoses, primary first.</param>
    /// <param name="interventions">The interventions used.</param>
    /// <param name="symptoms">The symptoms.</param>
    /// <param name="functionalStatus">The functional status.</param>
    /// <param name="mentalStatus">The mental status.</param>
    /// <param name="objectiveProgress">Progress toward objectives.</param>
    /// <param name="risk">The risk assessment.</param>
    /// <param name="measurements">The measures given.</param>
    /// <param name="nextSessionDate">The next session date.</param>
    /// <param name="carriedSafetyFlags">The client's safety flags in force when the note was started.</param>
    /// <param name="createdAt">When the draft was started.</param>
    /// <param name="lastEditedAt">When the content was last changed.</param>
    /// <param name="lateEntry">The late-entry marking, when signed after it was due.</param>
    /// <param name="status">The signing status.</param>
    /// <param name="coSignerId">The designated supervisor, when co-signature is required.</param>
    /// <param name="signature">The author's signature.</param>
    /// <param name="coSignature">The supervisor's co-signature.</param>
    /// <param name="reviews">The supervision reviews.</param>
    /// <param name="addenda">The addenda.</param>
    /// <param name="version">The stored version.</param>
    public SessionNote(
        NoteId id,
        ClientId clientId,
        ClinicianId authorId,
        AppointmentId? appointmentId,
        NoteFormat format,
        ImmutableArray<NoteSectionText> sections,
        ServiceKind serviceKind,
        Instant startedAt,
        Instant endedAt,
        DateTimeZone timeZone,
        LocalDate dateOfService,
        Modality modality,
        ClientLocationKind clientLocation,
        bool telehealthConsentConfirmed,
        SessionParticipants participants,
        InteractiveComplexityFactors interactiveComplexity,
        bool evaluationAndManagementPerformed,
        ImmutableArray<Diagnosis> diagnoses,
        ImmutableArray<string> interventions,
        string? symptoms,
        string? functionalStatus,
        string? mentalStatus,
        ImmutableArray<ObjectiveProgressEntry> objectiveProgress,
        RiskAssessment risk,
        ImmutableArray<SessionMeasurement> measurements,
        LocalDate? nextSessionDate,
        ImmutableArray<SafetyFlagKind> carriedSafetyFlags,
        Instant createdAt,
        Instant lastEditedAt,
        LateEntry? lateEntry,
        DocumentStatus status,
        ClinicianId? coSignerId,
        Signature? signature,
        Signature? coSignature,
        ImmutableArray<SupervisionReview> reviews,
        ImmutableArray<Addendum> addenda,
        long version)
    {
        id.Require(nameof(id));
        clientId.Require(nameof(clientId));
        authorId.Require(nameof(authorId));
        ArgumentNullException.ThrowIfNull(timeZone);
        ArgumentNullException.ThrowIfNull(participants);
        ArgumentNullException.ThrowIfNull(risk);
        ArgumentOutOfRangeException.ThrowIfNegative(version);
        if (!Enum.IsDefined(format) || !Enum.IsDefined(serviceKind) || !Enum.IsDefined(modality) || !Enum.IsDefined(clientLocation))
        {
            throw new ArgumentOutOfRangeException(nameof(format), $"Note {id} has an unknown format, service kind, modality or client location.");
        }

        if (endedAt <= startedAt || startedAt.InZone(timeZone).Date != dateOfService)
        {
            throw new ArgumentException($"Note {id}: the session stops after it starts and the date of service is the local start date.", nameof(dateOfService));
        }

        var sectionList = ListChecks.NoNulls(sections, nameof(sections));
        var order = NoteFormats.SectionsOf(format);
        if (!sectionList.Select(s => s.Section).SequenceEqual(order.Where(s => sectionList.Any(x => x.Section == s))))
        {
            throw new ArgumentException($"Note {id}: sections belong to the {format} format, once each, in its order.", nameof(sections));
        }

        if (lastEditedAt < createdAt)
        {
            throw new ArgumentException($"Note {id} was edited before it was created.", nameof(lastEditedAt));
        }

        var interventionList = interventions.IsDefault ? ImmutableArray<string>.Empty : interventions;
        if (interventionList.Any(i => i is null))
        {
            throw new ArgumentException($"Note {id} lists a null intervention.", nameof(interventions));
        }

        var flags = carriedSafetyFlags.IsDefault ? ImmutableArray<SafetyFlagKind>.Empty : carriedSafetyFlags;
        Id = id;
        ClientId = clientId;
        AuthorId = authorId;
        AppointmentId = appointmentId;
        Format = format;
        Sections = sectionList;
        ServiceKind = serviceKind;
        StartedAt = startedAt;
        EndedAt = endedAt;
        TimeZone = timeZone;
        DateOfService = dateOfService;
        Modality = modality;
        ClientLocation = clientLocation;
        TelehealthConsentConfirmed = telehealthConsentConfirmed;
        Participants = participants;
        InteractiveComplexity = interactiveComplexity;
        EvaluationAndManagementPerformed = evaluationAndManagementPerformed;
        Diagnoses = DiagnosisList.Check(diagnoses, nameof(diagnoses));
        Interventions = interventionList;
        Symptoms = symptoms;
        FunctionalStatus = functionalStatus;
        MentalStatus = mentalStatus;
        ObjectiveProgress = ListChecks.NoNulls(objectiveProgress, nameof(objectiveProgress));
        Risk = risk;
        Measurements = ListChecks.NoNulls(measurements, nameof(measurements));
        NextSessionDate = nextSessionDate;
        CarriedSafetyFlags = flags;
        CreatedAt = createdAt;
        LastEditedAt = lastEditedAt;
        var state = SigningState.Checked(status, coSignerId, signature, coSignature, reviews, addenda, authorId, ToReference());
        if (lateEntry is not null && state.Signature is null)
        {
            throw new ArgumentException($"Note {id} is marked a late entry but not signed.", nameof(lateEntry));
        }

        LateEntry = lateEntry;
        Status = state.Status;
        CoSignerId = state.CoSignerId;
        Signature = state.Signature;
        CoSignature = state.CoSignature;
        Reviews = state.Reviews;
        Addenda = state.Addenda;
        Version = version;
    }

    /// <summary>Gets the id.</summary>
    public NoteId Id { get; }

    /// <summary>Gets the client.</summary>
    public ClientId ClientId { get; }

    /// <summary>Gets the clinician who provided the service and wrote the note.</summary>
    public ClinicianId AuthorId { get; }

    /// <summary>Gets the appointment documented, if any.</summary>
    public AppointmentId? AppointmentId { get; }

    /// <summary>Gets the note format.</summary>
    public NoteFormat Format { get; }

    /// <summary>Gets the narrative sections, in the format's order.</summary>
    public ImmutableArray<NoteSectionText> Sections { get; }

    /// <summary>Gets the kind of service.</summary>
    public ServiceKind ServiceKind { get; }

    /// <summary>Gets when the session started.</summary>
    public Instant StartedAt { get; }

    /// <summary>Gets when the session stopped.</summary>
    public Instant EndedAt { get; }

    /// <summary>Gets the session's time zone.</summary>
    public DateTimeZone TimeZone { get; }

    /// <summary>Gets the date of service.</summary>
    public LocalDate DateOfService { get; }

    /// <summary>Gets the modality.</summary>
    public Modality Modality { get; }

    /// <summary>Gets where the client was.</summary>
    public ClientLocationKind ClientLocation { get; }

    /// <summary>Gets a value indicating whether telehealth consent was confirmed.</summary>
    public bool TelehealthConsentConfirmed { get; }

    /// <summary>Gets who attended.</summary>
    public SessionParticipants Participants { get; }

    /// <summary>Gets the interactive complexity factors documented.</summary>
    public InteractiveComplexityFactors InteractiveComplexity { get; }

    /// <summary>Gets a value indicating whether an E/M service was performed.</summary>
    public bool EvaluationAndManagementPerformed { get; }

    /// <summary>Gets the diagnoses, primary first.</summary>
    public ImmutableArray<Diagnosis> Diagnoses { get; }

    /// <summary>Gets the interventions used.</summary>
    public ImmutableArray<string> Interventions { get; }

    /// <summary>Gets the symptoms.</summary>
    public string? Symptoms { get; }

    /// <summary>Gets the functional status.</summary>
    public string? FunctionalStatus { get; }

    /// <summary>Gets the mental status.</summary>
    public string? MentalStatus { get; }

    /// <summary>Gets progress toward treatment-plan objectives.</summary>
    public ImmutableArray<ObjectiveProgressEntry> ObjectiveProgress { get; }

    /// <summary>Gets the risk assessment.</summary>
    public RiskAssessment Risk { get; }

    /// <summary>Gets the measures given in the session.</summary>
    public ImmutableArray<SessionMeasurement> Measurements { get; }

    /// <summary>Gets the next session date.</summary>
    public LocalDate? NextSessionDate { get; }

    /// <summary>Gets the client's safety flags in force when the note was started (R8.2).</summary>
    public ImmutableArray<SafetyFlagKind> CarriedSafetyFlags { get; }

    /// <summary>Gets when the draft was started.</summary>
    public Instant CreatedAt { get; }

    /// <summary>Gets when the content was last changed.</summary>
    public Instant LastEditedAt { get; }

    /// <summary>Gets the late-entry marking, when the note was signed after it was due (R7.7).</summary>
    public LateEntry? LateEntry { get; }

    /// <summary>Gets the signing status.</summary>
    public DocumentStatus Status { get; }

    /// <summary>Gets the designated supervisor when co-signature is required.</summary>
    public ClinicianId? CoSignerId { get; }

    /// <summary>Gets the author's signature (or attestation).</summary>
    public Signature? Signature { get; }

    /// <summary>Gets the supervisor's co-signature.</summary>
    public Signature? CoSignature { get; }

    /// <summary>Gets the supervision reviews.</summary>
    public ImmutableArray<SupervisionReview> Reviews { get; }

    /// <summary>Gets the addenda, oldest first.</summary>
    public ImmutableArray<Addendum> Addenda { get; }

    /// <inheritdoc />
    public long Version { get; }

    /// <inheritdoc />
    string IAggregateRoot.Key => Id.ToString();

    private SigningState State => new(Status, CoSignerId, Signature, CoSignature, Reviews, Addenda);

    /// <summary>
    /// Starts a session note for a prospective or active client. The client's active safety flags are carried
    /// into the note, which then needs a complete risk assessment before it can be signed (R8.2).
    /// </summary>
    /// <param name="ids">The id generator.</param>
    /// <param name="client">The client.</param>
    /// <param name="draft">The content.</param>
    /// <param name="createdAt">When.</param>
    /// <returns>The draft note, or the reason it was refused.</returns>
    public static Result<SessionNote> Start(IIdGenerator ids, Client client, SessionNoteDraft? draft, Instant createdAt)
    {
        ArgumentNullException.ThrowIfNull(ids);
        ArgumentNullException.ThrowIfNull(client);
        var check = DraftValidator.Check(draft);
        if (check.Failure)
        {
            return check.ConvertError<SessionNote>();
        }

        if (draft!.ClientId != client.Id)
        {
            return new DomainError(RecordsErrorCodes.RecordOfAnotherClient, $"The draft names another client than {client.Id}.", null, nameof(draft.ClientId));
        }

        if (client.Status is not (ClientStatus.Prospective or ClientStatus.Active))
        {
            return new DomainError(RecordsErrorCodes.ClientNotInCare, $"Client {client.Id} is {client.Status}; notes are written for prospective or active clients.", null, client.Id.ToString());
        }

        return Build(ids.New<NoteId>(), draft, client.ActiveSafetyFlags(), createdAt, createdAt, SigningState.NewDraft(draft.CoSignerId), null, 0);
    }

    /// <summary>Returns the reference naming this note.</summary>
    /// <returns>The reference.</returns>
    public RecordReference ToReference() => RecordReference.For(RecordTypes.SessionNote, Id);

    /// <summary>Returns the whole minutes between start and stop (the face-to-face time of R1.4).</summary>
    /// <returns>The minutes.</returns>
    public int FaceToFaceMinutes() => SessionPeriod.WholeMinutes(StartedAt, EndedAt);

    /// <summary>Returns the text of a section, if the note has it.</summary>
    /// <param name="section">The section.</param>
    /// <returns>The text, or <see langword="null"/>.</returns>
    public string? SectionText(NoteSection section) => Sections.FirstOrDefault(s => s.Section == section)?.Text;

    /// <summary>Returns when this note's documentation is due under a policy.</summary>
    /// <param name="policy">The documentation policy.</param>
    /// <returns>The due instant.</returns>
    public Instant DocumentationDueAt(DocumentationPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        return policy.DueAt(EndedAt);
    }

    /// <summary>Replaces the content of a draft (or a note returned for revision).</summary>
    /// <param name="draft">The new content; the client and author stay the same.</param>
    /// <param name="editedAt">When.</param>
    /// <returns>The note, or an error when locked or invalid.</returns>
    public Result<SessionNote> Revise(SessionNoteDraft? draft, Instant editedAt)
    {
        if (DocumentWorkflow.CheckEditable(State, ToReference()) is { } locked)
        {
            return locked;
        }

        var check = DraftValidator.Check(draft);
        if (check.Failure)
        {
            return check.ConvertError<SessionNote>();
        }

        if (draft!.ClientId != ClientId || draft.AuthorId != AuthorId)
        {
            return new DomainError(RecordsErrorCodes.RecordIdentityChanged, $"{ToReference()} keeps its client and author.", null, ToReference().ToString());
        }

        if (Status == DocumentStatus.ReturnedForRevision && draft.CoSignerId != CoSignerId)
        {
            return new DomainError(RecordsErrorCodes.RecordIdentityChanged, $"{ToReference()} keeps its designated supervisor while in review.", null, nameof(draft.CoSignerId));
        }

        var edited = editedAt > CreatedAt ? editedAt : CreatedAt;
        return Build(Id, draft, CarriedSafetyFlags, CreatedAt, edited, State with { CoSignerId = draft.CoSignerId }, null, Version);
    }

    /// <inheritdoc />
    public SessionNote WithVersion(long version) => Copy(State, LateEntry, version);

    /// <inheritdoc />
    public override string ToString() => $"SessionNote {Id} for {ClientId} ({Status})";

    private static SessionNote Build(
        NoteId id,
        SessionNoteDraft draft,
        ImmutableArray<SafetyFlagKind> carriedFlags,
        Instant createdAt,
        Instant editedAt,
        SigningState state,
        LateEntry? lateEntry,
        long version)
    {
        var period = draft.Period!;
        var order = NoteFormats.SectionsOf(draft.Format);
        var sections = draft.Sections
            .Where(s => !string.IsNullOrWhiteSpace(s.Text))
            .OrderBy(s => order.IndexOf(s.Section))
            .ToImmutableArray();
        return new SessionNote(
            id,
            draft.ClientId,
            draft.AuthorId,
            draft.AppointmentId,
            draft.Format,
            sections,
            draft.ServiceKind,
            period.Start,
            period.End,
            period.TimeZone,
            period.DateOfService(),
            draft.Modality,
            draft.ClientLocation,
            draft.TelehealthConsentConfirmed,
            draft.Participants,
            draft.InteractiveComplexity,
            draft.EvaluationAndManagementPerformed,
            DiagnosisList.FromInputs(draft.Diagnoses),
            draft.Interventions,
            Text.OrNull(draft.Symptoms),
            Text.OrNull(draft.FunctionalStatus),
            Text.OrNull(draft.MentalStatus),
            draft.ObjectiveProgress,
            draft.Risk,
            draft.Measurements,
            draft.NextSessionDate,
            carriedFlags,
            createdAt,
            editedAt,
            lateEntry,
            state.Status,
            state.CoSignerId,
            state.Signature,
            state.CoSignature,
            state.Reviews,
            state.Addenda,
            version);
    }

    private SessionNote Copy(SigningState state, LateEntry? lateEntry, long version) => new(
        Id, ClientId, AuthorId, AppointmentId, Format, Sections, ServiceKind, StartedAt, EndedAt, TimeZone, DateOfService, Modality,
        ClientLocation, TelehealthConsentConfirmed, Participants, InteractiveComplexity, EvaluationAndManagementPerformed, Diagnoses,
        Interventions, Symptoms, FunctionalStatus, MentalStatus, ObjectiveProgress, Risk, Measurements, NextSessionDate, CarriedSafetyFlags,
        CreatedAt, LastEditedAt, lateEntry, state.Status, state.CoSignerId, state.Signature, state.CoSignature, state.Reviews, state.Addenda, version);
}
