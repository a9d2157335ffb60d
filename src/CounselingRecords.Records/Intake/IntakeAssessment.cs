using System.Collections.Immutable;
using CounselingRecords.Auditing;
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

namespace CounselingRecords.Records.Intake;

/// <summary>
/// A biopsychosocial intake assessment: presenting problem, history sections, mental status exam, risk screening
/// (a positive screen raises a safety flag the client's record carries forward), diagnoses with the primary
/// marked, strengths and initial recommendations. Signed like every clinical document (R7.6), co-signed when the
/// author is supervised, and after signing changed only by addenda (R7.7).
/// </summary>
[ProtectedHealthInformation]
public sealed class IntakeAssessment : IAggregateRoot<IntakeAssessment>
{
    /// <summary>The canonical encoding version of the signed content (ADR 0010).</summary>
    public const int SignedContentEncoding = 1;

    private static readonly IntakeAssessmentDraftValidator DraftValidator = new();
    private static readonly IntakeAssessmentSigningValidator SigningValidator = new();

    /// <summary>Initializes a new instance of the <see cref="IntakeAssessment"/> class from its stored state.</summary>
    /// <param name="id">The id.</param>
    /// <param name="clientId">The client.</param>
    /// <param name="authorId">The assessing clinician.</param>
    /// <param name="appointmentId">The intake appointment, if any.</param>
    /// <param name="assessmentDate">The assessment date.</param>
    /// <param name="referralSource">The referral source.</param>
    /// <param name="presentingProblem">The presenting problem.</param>
    /// <param name="history">The history sections, in section order.</param>
    /// <param name="mentalStatus">The mental status findings, in domain order.</param>
    /// <param name="risk">The risk screening.</param>
    /// <param name="diagnoses">The diagnoses, primary first.</param>
    /// <param name="strengths">The strengths.</param>
    /// <param name="recommendations">The initial recommendations.</param>
    /// <param name="measurements">The baseline measures.</param>
    /// <param name="createdAt">When the draft was started.</param>
    /// <param name="lastEditedAt">When the content was last changed.</param>
    /// <param name="status">The signing status.</param>
    /// <param name="coSignerId">The designated supervisor, when co-signature is required.</param>
    /// <param name="signature">The author's signature.</param>
    /// <param name="coSignature">The supervisor's co-signature.</param>
    /// <param name="reviews">The supervision reviews.</param>
    /// <param name="addenda">The addenda.</param>
    /// <param name="version">The stored version.</param>
    public IntakeAssessment(
        IntakeAssessmentId id,
        ClientId clientId,
        ClinicianId authorId,
        AppointmentId? appointmentId,
        LocalDate assessmentDate,
        string? referralSource,
        string? presentingProblem,
        ImmutableArray<HistoryEntry> history,
        ImmutableArray<MentalStatusFinding> mentalStatus,
        RiskAssessment risk,
        ImmutableArray<Diagnosis> diagnoses,
        string? strengths,
        string? recommendations,
        ImmutableArray<SessionMeasurement> measurements,
        Instant createdAt,
        Instant lastEditedAt,
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
        ArgumentNullException.ThrowIfNull(risk);
        ArgumentOutOfRangeException.ThrowIfNegative(version);
        if (lastEditedAt < createdAt)
        {
            throw new ArgumentException($"Intake {id} was edited before it was created.", nameof(lastEditedAt));
        }

        Id = id;
        ClientId = clientId;
        AuthorId = authorId;
        AppointmentId = appointmentId;
        AssessmentDate = assessmentDate;
        ReferralSource = referralSource;
        PresentingProblem = presentingProblem;
        History = ListChecks.Check(history, e => e.Section, nameof(history));
        MentalStatus = ListChecks.Check(mentalStatus, f => f.Domain, nameof(mentalStatus));
        Risk = risk;
        Diagnoses = DiagnosisList.Check(diagnoses, nameof(diagnoses));
        Strengths = strengths;
        Recommendations = recommendations;
        Measurements = ListChecks.NoNulls(measurements, nameof(measurements));
        CreatedAt = createdAt;
        LastEditedAt = lastEditedAt;
        var state = SigningState.Checked(status, coSignerId, signature, coSignature, reviews, addenda, authorId, ToReference());
        Status = state.Status;
        CoSignerId = state.CoSignerId;
        Signature = state.Signature;
        CoSignature = state.CoSignature;
        Reviews = state.Reviews;
        Addenda = state.Addenda;
        Version = version;
    }

    /// <summary>Gets the id.</summary>
    public IntakeAssessmentId Id { get; }

    /// <summary>Gets the client.</summary>
    public ClientId ClientId { get; }

    /// <summary>Gets the assessing clinician.</summary>
    public ClinicianId AuthorId { get; }

    /// <summary>Gets the intake appointment, if any.</summary>
    public AppointmentId? AppointmentId { get; }

    /// <summary>Gets the assessment date.</summary>
    public LocalDate AssessmentDate { get; }

    /// <summary>Gets the referral source.</summary>
    public string? ReferralSource { get; }

    /// <summary>Gets the presenting problem.</summary>
    public string? PresentingProblem { get; }

    /// <summary>Gets the history sections, in section order.</summary>
    public ImmutableArray<HistoryEntry> History { get; }

    /// <summary>Gets the mental status exam findings, in domain order.</summary>
    public ImmutableArray<MentalStatusFinding> MentalStatus { get; }

    /// <summary>Gets the risk screening.</summary>
    public RiskAssessment Risk { get; }

    /// <summary>Gets the diagnoses, primary first.</summary>
    public ImmutableArray<Diagnosis> Diagnoses { get; }

    /// <summary>Gets the strengths.</summary>
    public string? Strengths { get; }

    /// <summary>Gets the initial recommendations.</summary>
    public string? Recommendations { get; }

    /// <summary>Gets the baseline measures.</summary>
    public ImmutableArray<SessionMeasurement> Measurements { get; }

    /// <summary>Gets when the draft was started.</summary>
    public Instant CreatedAt { get; }

    /// <summary>Gets when the content was last changed.</summary>
    public Instant LastEditedAt { get; }

    /// <summary>Gets the signing status.</summary>
    public DocumentStatus Status { get; }

    /// <summary>Gets the designated supervisor when co-signature is required.</summary>
    public ClinicianId? CoSignerId { get; }

    /// <summary>Gets the author's signature.</summary>
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

    /// <summary>Starts an intake assessment for a prospective or active client.</summary>
    /// <param name="ids">The id generator.</param>
    /// <param name="client">The client.</param>
    /// <param name="draft">The content.</param>
    /// <param name="createdAt">When.</param>
    /// <returns>The draft assessment, or the reason it was refused.</returns>
    public static Result<IntakeAssessment> Start(IIdGenerator ids, Client client, IntakeAssessmentDraft? draft, Instant createdAt)
    {
        ArgumentNullException.ThrowIfNull(ids);
        ArgumentNullException.ThrowIfNull(client);
        var check = DraftValidator.Check(draft);
        if (check.Failure)
        {
            return check.ConvertError<IntakeAssessment>();
        }

        if (draft!.ClientId != client.Id)
        {
            return new DomainError(RecordsErrorCodes.RecordOfAnotherClient, $"The draft names another client than {client.Id}.", null, nameof(draft.ClientId));
        }

        if (client.Status is not (ClientStatus.Prospective or ClientStatus.Active))
        {
            return new DomainError(RecordsErrorCodes.ClientNotInCare, $"Client {client.Id} is {client.Status}; clinical records are started for prospective or active clients.", null, client.Id.ToString());
        }

        var state = SigningState.NewDraft(draft.CoSignerId);
        return Build(ids.New<IntakeAssessmentId>(), draft, createdAt, createdAt, state, 0);
    }

    /// <summary>Returns the reference naming this assessment.</summary>
    /// <returns>The reference.</returns>
    public RecordReference ToReference() => RecordReference.For(RecordTypes.IntakeAssessment, Id);

    /// <summary>Replaces the content of a draft (or a document returned for revision).</summary>
    /// <param name="draft">The new content; the client and author stay the same.</param>
    /// <param name="editedAt">When.</param>
    /// <returns>The assessment, or an error when locked or invalid.</returns>
    public Result<IntakeAssessment> Revise(IntakeAssessmentDraft? draft, Instant editedAt)
    {
        if (DocumentWorkflow.CheckEditable(State, ToReference()) is { } locked)
        {
            return locked;
        }

        var check = DraftValidator.Check(draft);
        if (check.Failure)
        {
            return check.ConvertError<IntakeAssessment>();
        }

        if (draft!.ClientId != ClientId || draft.AuthorId != AuthorId)
        {
            return new DomainError(RecordsErrorCodes.RecordIdentityChanged, $"{ToReference()} keeps its client and author.", null, ToReference().ToString());
        }

        if (Status == DocumentStatus.ReturnedForRevision && draft.CoSignerId != CoSignerId)
        {
            return new DomainError(RecordsErrorCodes.RecordIdentityChanged, $"{ToReference()} keeps its designated supervisor while in review.", null, nameof(draft.CoSignerId));
        }

        return Build(Id, draft, CreatedAt, Max(editedAt, CreatedAt), State with { CoSignerId = draft.CoSignerId }, Version);
    }

    /// <summary>Signs the assessment as its author, after checking it is complete (R7.5, R7.6).</summary>
    /// <param name="signer">The author's signing identity.</param>
    /// <param name="signedAt">When.</param>
    /// <returns>The signed (or pending co-sign) assessment, or the reason it was refused.</returns>
    public Result<IntakeAssessment> Sign(SignerIdentity? signer, Instant signedAt)
    {
        var reference = ToReference();
        if (DocumentWorkflow.CheckCanSign(State, reference, AuthorId, signer) is { } refused)
        {
            return refused;
        }

        var complete = SigningValidator.Check(this);
        if (complete.Failure)
        {
            return DocumentWorkflow.Incomplete(RecordsErrorCodes.IntakeIncomplete, reference, "R7.5", complete.Error);
        }

        if (signedAt < LastEditedAt)
        {
            return new DomainError(RecordsErrorCodes.SignatureOutOfOrder, $"{reference} cannot be signed before its last edit.", null, reference.ToString());
        }

        return With(DocumentWorkflow.ApplyAuthorSignature(State, ToSignedContent(), signer!, SignatureMeaning.Authored, signedAt, null));
    }

    /// <summary>Co-signs the assessment as the designated supervisor.</summary>
    /// <param name="supervisor">The supervisor's signing identity.</param>
    /// <param name="coSignedAt">When.</param>
    /// <param name="comment">An optional review comment.</param>
    /// <returns>The co-signed assessment, or the reason it was refused.</returns>
    public Result<IntakeAssessment> CoSign(SignerIdentity? supervisor, Instant coSignedAt, string? comment = null) =>
        DocumentWorkflow.CoSign(State, ToReference(), AuthorId, supervisor, coSignedAt, ToSignedContent(), comment).Map(With);

    /// <summary>Returns the assessment to its author for revision, with the supervisor's comment.</summary>
    /// <param name="supervisor">The supervisor's signing identity.</param>
    /// <param name="comment">What to revise.</param>
    /// <param name="returnedAt">When.</param>
    /// <returns>The assessment, editable again, or the reason it was refused.</returns>
    public Result<IntakeAssessment> ReturnForRevision(SignerIdentity? supervisor, string? comment, Instant returnedAt) =>
        DocumentWorkflow.ReturnForRevision(State, ToReference(), AuthorId, supervisor, comment, returnedAt).Map(With);

    /// <summary>Appends a signed addendum; the signed assessment stays as it was (R7.7).</summary>
    /// <param name="author">The addendum author's signing identity.</param>
    /// <param name="draft">The addendum.</param>
    /// <param name="writtenAt">When.</param>
    /// <param name="ids">The id generator.</param>
    /// <returns>The assessment with the addendum, or the reason it was refused.</returns>
    public Result<IntakeAssessment> AddAddendum(SignerIdentity? author, AddendumDraft? draft, Instant writtenAt, IIdGenerator ids) =>
        DocumentWorkflow.AddAddendum(State, ToReference(), author, draft, writtenAt, ids).Map(r => With(r.State));

    /// <summary>Checks every signature against the assessment as it is now and names what no longer matches.</summary>
    /// <returns>The verification.</returns>
    public SignatureVerification Verify() => DocumentWorkflow.Verify(State, ToReference(), ToSignedContent());

    /// <summary>Returns the canonical signed content of the assessment as it is now (ADR 0010).</summary>
    /// <returns>The content.</returns>
    public SignedContent ToSignedContent()
    {
        var builder = new SignedContentBuilder(RecordTypes.IntakeAssessment, SignedContentEncoding, ToReference())
            .Field(nameof(ClientId), ClientId.ToString())
            .Field(nameof(AuthorId), AuthorId.ToString())
            .Field(nameof(CoSignerId), CoSignerId?.ToString())
            .Field(nameof(AppointmentId), AppointmentId?.ToString())
            .Field(nameof(AssessmentDate), AssessmentDate)
            .Field(nameof(ReferralSource), ReferralSource)
            .Field(nameof(PresentingProblem), PresentingProblem);
        foreach (var entry in History)
        {
            builder.Field($"{nameof(History)}.{entry.Section}", entry.Text);
        }

        foreach (var finding in MentalStatus)
        {
            builder.Field($"{nameof(MentalStatus)}.{finding.Domain}", finding.Finding);
        }

        return builder
            .Field(nameof(Risk), f => CanonicalClinical.Write(f, Risk))
            .Field(nameof(Diagnoses), f => CanonicalClinical.Write(f, Diagnoses))
            .Field(nameof(Strengths), Strengths)
            .Field(nameof(Recommendations), Recommendations)
            .Field(nameof(Measurements), f => CanonicalClinical.Write(f, Measurements))
            .Field(nameof(CreatedAt), CreatedAt)
            .Field(nameof(LastEditedAt), LastEditedAt)
            .Build();
    }

    /// <summary>Returns the safety flags this assessment's risk screen raises.</summary>
    /// <returns>The flags.</returns>
    public ImmutableArray<SafetyFlagKind> RaisedSafetyFlags() => Risk.RaisedFlags();

    /// <inheritdoc />
    public IntakeAssessment WithVersion(long version) => new(
        Id, ClientId, AuthorId, AppointmentId, AssessmentDate, ReferralSource, PresentingProblem, History, MentalStatus, Risk, Diagnoses,
        Strengths, Recommendations, Measurements, CreatedAt, LastEditedAt, Status, CoSignerId, Signature, CoSignature, Reviews, Addenda, version);

    /// <inheritdoc />
    public override string ToString() => $"IntakeAssessment {Id} for {ClientId} ({Status})";

    private static Instant Max(Instant a, Instant b) => a > b ? a : b;

    private static IntakeAssessment Build(IntakeAssessmentId id, IntakeAssessmentDraft draft, Instant createdAt, Instant editedAt, SigningState state, long version) =>
        new(
            id,
            draft.ClientId,
            draft.AuthorId,
            draft.AppointmentId,
            draft.AssessmentDate,
            Text.OrNull(draft.ReferralSource),
            Text.OrNull(draft.PresentingProblem),
            draft.History.OrderBy(e => e.Section).ToImmutableArray(),
            draft.MentalStatus.OrderBy(f => f.Domain).ToImmutableArray(),
            draft.Risk,
            DiagnosisList.FromInputs(draft.Diagnoses),
            Text.OrNull(draft.Strengths),
            Text.OrNull(draft.Recommendations),
            draft.Measurements,
            createdAt,
            editedAt,
            state.Status,
            state.CoSignerId,
            state.Signature,
            state.CoSignature,
            state.Reviews,
            state.Addenda,
            version);

    private IntakeAssessment With(SigningState state) => new(
        Id, ClientId, AuthorId, AppointmentId, AssessmentDate, ReferralSource, PresentingProblem, History, MentalStatus, Risk, Diagnoses,
        Strengths, Recommendations, Measurements, CreatedAt, LastEditedAt, state.Status, state.CoSignerId, state.Signature, state.CoSignature,
        state.Reviews, state.Addenda, Version);
}
