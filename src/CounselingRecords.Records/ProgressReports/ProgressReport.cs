using System.Collections.Immutable;
using CounselingRecords.Auditing;
using CounselingRecords.Identity;
using CounselingRecords.Privacy;
using CounselingRecords.Records.Amendments;
using CounselingRecords.Records.Clinical;
using CounselingRecords.Records.Signing;
using CounselingRecords.Results;
using CounselingRecords.Storage;
using CounselingRecords.Validation;
using NodaTime;

namespace CounselingRecords.Records.ProgressReports;

/// <summary>
/// A progress report over a period for one client (R7.5: a periodic summary of goals and progress): sessions
/// attended and missed, progress per objective, measurement scores, treatment-plan changes and recommendations.
/// Generated from the records, then editable as a draft (narratives only; the facts are regenerated, never typed),
/// then signed and co-signed like a note, and changed after signing only by addenda.
/// </summary>
[ProtectedHealthInformation]
public sealed class ProgressReport : IAggregateRoot<ProgressReport>
{
    /// <summary>The canonical encoding version of the signed content (ADR 0010).</summary>
    public const int SignedContentEncoding = 1;

    private static readonly ProgressReportInputsValidator InputsValidator = new();
    private static readonly ProgressReportNarrativeValidator NarrativeValidator = new();
    private static readonly ProgressReportSigningValidator SigningValidator = new();

    /// <summary>Initializes a new instance of the <see cref="ProgressReport"/> class from its stored state.</summary>
    /// <param name="id">The id.</param>
    /// <param name="clientId">The client.</param>
    /// <param name="authorId">The author.</param>
    /// <param name="periodStart">The first date of the period.</param>
    /// <param name="periodEnd">The last date of the period.</param>
    /// <param name="attendance">Attendance in the period.</param>
    /// <param name="objectives">Progress per objective.</param>
    /// <param name="measurements">Measurement scores in the period, by instrument then date.</param>
    /// <param name="planChanges">Treatment-plan changes in the period.</param>
    /// <param name="sourceNoteIds">The signed notes the report was generated from.</param>
    /// <param name="summary">The summary.</param>
    /// <param name="recommendations">The recommendations.</param>
    /// <param name="generatedAt">When the facts were last generated.</param>
    /// <param name="lastEditedAt">When the content last changed.</param>
    /// <param name="status">The signing status.</param>
    /// <param name="coSignerId">The designated supervisor, when co-signature is required.</param>
    /// <param name="signature">The author's signature.</param>
    /// <param name="coSignature">The supervisor's co-signature.</param>
    /// <param name="reviews">The supervision reviews.</param>
    /// <param name="addenda">The addenda.</param>
    /// <param name="version">The stored version.</param>
    public ProgressReport(
        ProgressReportId id,
        ClientId clientId,
        ClinicianId authorId,
        LocalDate periodStart,
        LocalDate periodEnd,
        AttendanceSummary attendance,
        ImmutableArray<ObjectiveReportEntry> objectives,
        ImmutableArray<MeasurementResult> measurements,
        ImmutableArray<PlanChangeLine> planChanges,
        ImmutableArray<NoteId> sourceNoteIds,
        string? summary,
        string? recommendations,
        Instant generatedAt,
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
        ArgumentNullException.ThrowIfNull(attendance);
        ArgumentOutOfRangeException.ThrowIfNegative(version);
        if (periodEnd < periodStart)
        {
            throw new ArgumentException($"Progress report {id}: the period ends on or after it starts.", nameof(periodEnd));
        }

        var objectiveList = ListChecks.NoNulls(objectives, nameof(objectives));
        if (objectiveList.Select(o => o.ObjectiveId).Distinct().Count() != objectiveList.Length)
        {
            throw new ArgumentException($"Progress report {id} lists each objective once.", nameof(objectives));
        }

        if (lastEditedAt < generatedAt)
        {
            throw new ArgumentException($"Progress report {id} was edited before it was generated.", nameof(lastEditedAt));
        }

        Id = id;
        ClientId = clientId;
        AuthorId = authorId;
        PeriodStart = periodStart;
        PeriodEnd = periodEnd;
        Attendance = attendance;
        Objectives = objectiveList;
        Measurements = ListChecks.NoNulls(measurements, nameof(measurements));
        PlanChanges = ListChecks.NoNulls(planChanges, nameof(planChanges));
        SourceNoteIds = sourceNoteIds.IsDefault ? ImmutableArray<NoteId>.Empty : sourceNoteIds;
        Summary = summary;
        Recommendations = recommendations;
        GeneratedAt = generatedAt;
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
    public ProgressReportId Id { get; }

    /// <summary>Gets the client.</summary>
    public ClientId ClientId { get; }

    /// <summary>Gets the author.</summary>
    public ClinicianId AuthorId { get; }

    /// <summary>Gets the first date of the period.</summary>
    public LocalDate PeriodStart { get; }

    /// <summary>Gets the last date of the period.</summary>
    public LocalDate PeriodEnd { get; }

    /// <summary>Gets attendance in the period.</summary>
    public AttendanceSummary Attendance { get; }

    /// <summary>Gets progress per objective.</summary>
    public ImmutableArray<ObjectiveReportEntry> Objectives { get; }

    /// <summary>Gets the measurement scores in the period.</summary>
    public ImmutableArray<MeasurementResult> Measurements { get; }

    /// <summary>Gets the treatment-plan changes in the period.</summary>
    public ImmutableArray<PlanChangeLine> PlanChanges { get; }

    /// <summary>Gets the signed notes the report was generated from.</summary>
    public ImmutableArray<NoteId> SourceNoteIds { get; }

    /// <summary>Gets the summary.</summary>
    public string? Summary { get; }

    /// <summary>Gets the recommendations.</summary>
    public string? Recommendations { get; }

    /// <summary>Gets when the facts were last generated.</summary>
    public Instant GeneratedAt { get; }

    /// <summary>Gets when the content last changed.</summary>
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

    /// <summary>Gets the addenda.</summary>
    public ImmutableArray<Addendum> Addenda { get; }

    /// <inheritdoc />
    public long Version { get; }

    /// <inheritdoc />
    string IAggregateRoot.Key => Id.ToString();

    private SigningState State => new(Status, CoSignerId, Signature, CoSignature, Reviews, Addenda);

    /// <summary>Generates a draft report from its inputs.</summary>
    /// <param name="ids">The id generator.</param>
    /// <param name="inputs">The inputs.</param>
    /// <param name="generatedAt">When.</param>
    /// <returns>The draft, or a validation error.</returns>
    public static Result<ProgressReport> Generate(IIdGenerator ids, ProgressReportInputs? inputs, Instant generatedAt)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var check = InputsValidator.Check(inputs);
        if (check.Failure)
        {
            return check.ConvertError<ProgressReport>();
        }

        var facts = ProgressReportGenerator.Generate(inputs!, new Dictionary<ObjectiveId, string?>());
        var state = SigningState.NewDraft(inputs!.CoSignerId);
        return new ProgressReport(
            ids.New<ProgressReportId>(), inputs.ClientId, inputs.AuthorId, inputs.PeriodStart, inputs.PeriodEnd, facts.Attendance, facts.Objectives,
            facts.Measurements, facts.PlanChanges, facts.SourceNoteIds, facts.Summary, null, generatedAt, generatedAt, state.Status, state.CoSignerId,
            null, null, state.Reviews, state.Addenda, 0);
    }

    /// <summary>Returns the reference naming this report.</summary>
    /// <returns>The reference.</returns>
    public RecordReference ToReference() => RecordReference.For(RecordTypes.ProgressReport, Id);

    /// <summary>Returns the period.</summary>
    /// <returns>The date interval.</returns>
    public DateInterval Period() => new(PeriodStart, PeriodEnd);

    /// <summary>Returns the first and last score of each instrument in the period.</summary>
    /// <returns>The trends, by instrument.</returns>
    public ImmutableArray<MeasurementTrend> MeasurementTrends() => ProgressReportGenerator.Trends(Measurements);

    /// <summary>
    /// Regenerates the facts of a draft from fresh inputs (same client and period). A summary or objective narrative
    /// the author edited is kept; one still as generated is generated again from the new facts.
    /// </summary>
    /// <param name="inputs">The inputs.</param>
    /// <param name="generatedAt">When.</param>
    /// <returns>The report, or an error when locked, invalid or for another client or period.</returns>
    public Result<ProgressReport> Regenerate(ProgressReportInputs? inputs, Instant generatedAt)
    {
        if (DocumentWorkflow.CheckEditable(State, ToReference()) is { } locked)
        {
            return locked;
        }

        var check = InputsValidator.Check(inputs);
        if (check.Failure)
        {
            return check.ConvertError<ProgressReport>();
        }

        if (inputs!.ClientId != ClientId || inputs.AuthorId != AuthorId || inputs.PeriodStart != PeriodStart || inputs.PeriodEnd != PeriodEnd)
        {
            return new DomainError(RecordsErrorCodes.RecordIdentityChanged, $"{ToReference()} keeps its client, author and period.", null, ToReference().ToString());
        }

        // Narratives the author edited are kept; generated ones are generated again from the new facts.
        var kept = Objectives
            .Where(o => o.Narrative != ProgressReportGenerator.DefaultNarrative(o.SessionsAddressed, o.LatestRating, o.LatestRatedOn))
            .ToDictionary(o => o.ObjectiveId, o => o.Narrative);
        var facts = ProgressReportGenerator.Generate(inputs, kept);
        var summaryEdited = Summary != ProgressReportGenerator.Summarize(
            Period(), Attendance, Objectives.Count(o => o.SessionsAddressed > 0), MeasurementTrends(), PlanChanges.Length);
        var at = generatedAt > LastEditedAt ? generatedAt : LastEditedAt;
        return new ProgressReport(
            Id, ClientId, AuthorId, PeriodStart, PeriodEnd, facts.Attendance, facts.Objectives, facts.Measurements, facts.PlanChanges, facts.SourceNoteIds,
            summaryEdited ? Summary : facts.Summary, Recommendations, at, at, Status, CoSignerId, Signature, CoSignature, Reviews, Addenda, Version);
    }

    /// <summary>Edits the narrative of a draft: summary, recommendations and the narratives of listed objectives.</summary>
    /// <param name="narrative">The narrative.</param>
    /// <param name="editedAt">When.</param>
    /// <returns>The report, or an error when locked, invalid or naming an objective the report does not cover.</returns>
    public Result<ProgressReport> Edit(ProgressReportNarrative? narrative, Instant editedAt)
    {
        if (DocumentWorkflow.CheckEditable(State, ToReference()) is { } locked)
        {
            return locked;
        }

        var check = NarrativeValidator.Check(narrative);
        if (check.Failure)
        {
            return check.ConvertError<ProgressReport>();
        }

        var unknown = narrative!.Objectives.FirstOrDefault(n => Objectives.All(o => o.ObjectiveId != n.ObjectiveId));
        if (unknown is not null)
        {
            return new DomainError(RecordsErrorCodes.ProgressReportObjectiveInvalid, $"{ToReference()} does not cover objective {unknown.ObjectiveId}.", null, unknown.ObjectiveId.ToString());
        }

        var edits = narrative.Objectives.ToDictionary(n => n.ObjectiveId, n => Text.OrNull(n.Narrative));
        var objectives = Objectives
            .Select(o => edits.TryGetValue(o.ObjectiveId, out var text)
                ? new ObjectiveReportEntry(o.ObjectiveId, o.Statement, o.PlanStatus, o.SessionsAddressed, o.LatestRating, o.LatestRatedOn, text)
                : o)
            .ToImmutableArray();
        return new ProgressReport(
            Id, ClientId, AuthorId, PeriodStart, PeriodEnd, Attendance, objectives, Measurements, PlanChanges, SourceNoteIds,
            Text.OrNull(narrative.Summary), Text.OrNull(narrative.Recommendations), GeneratedAt, editedAt > LastEditedAt ? editedAt : LastEditedAt,
            Status, CoSignerId, Signature, CoSignature, Reviews, Addenda, Version);
    }

    /// <summary>Signs the report as its author after checking it is complete.</summary>
    /// <param name="signer">The author's signing identity.</param>
    /// <param name="signedAt">When.</param>
    /// <returns>The signed (or pending co-sign) report, or the reason it was refused.</returns>
    public Result<ProgressReport> Sign(SignerIdentity? signer, Instant signedAt)
    {
        var reference = ToReference();
        if (DocumentWorkflow.CheckCanSign(State, reference, AuthorId, signer) is { } refused)
        {
            return refused;
        }

        var complete = SigningValidator.Check(this);
        if (complete.Failure)
        {
            return DocumentWorkflow.Incomplete(RecordsErrorCodes.ProgressReportIncomplete, reference, "R7.5", complete.Error);
        }

        if (signedAt < LastEditedAt)
        {
            return new DomainError(RecordsErrorCodes.SignatureOutOfOrder, $"{reference} cannot be signed before its last edit.", null, reference.ToString());
        }

        return With(DocumentWorkflow.ApplyAuthorSignature(State, ToSignedContent(), signer!, SignatureMeaning.Authored, signedAt, null));
    }

    /// <summary>Co-signs the report as the designated supervisor.</summary>
    /// <param name="supervisor">The supervisor's signing identity.</param>
    /// <param name="coSignedAt">When.</param>
    /// <param name="comment">An optional comment.</param>
    /// <returns>The co-signed report, or the reason it was refused.</returns>
    public Result<ProgressReport> CoSign(SignerIdentity? supervisor, Instant coSignedAt, string? comment = null) =>
        DocumentWorkflow.CoSign(State, ToReference(), AuthorId, supervisor, coSignedAt, ToSignedContent(), comment).Map(With);

    /// <summary>Returns the report to its author for revision.</summary>
    /// <param name="supervisor">The supervisor's signing identity.</param>
    /// <param name="comment">What to revise.</param>
    /// <param name="returnedAt">When.</param>
    /// <returns>The report, editable again, or the reason it was refused.</returns>
    public Result<ProgressReport> ReturnForRevision(SignerIdentity? supervisor, string? comment, Instant returnedAt) =>
        DocumentWorkflow.ReturnForRevision(State, ToReference(), AuthorId, supervisor, comment, returnedAt).Map(With);

    /// <summary>Appends a signed addendum (R7.7).</summary>
    /// <param name="author">The addendum author's signing identity.</param>
    /// <param name="draft">The addendum.</param>
    /// <param name="writtenAt">When.</param>
    /// <param name="ids">The id generator.</param>
    /// <returns>The report with the addendum, or the reason it was refused.</returns>
    public Result<ProgressReport> AddAddendum(SignerIdentity? author, AddendumDraft? draft, Instant writtenAt, IIdGenerator ids) =>
        DocumentWorkflow.AddAddendum(State, ToReference(), author, draft, writtenAt, ids).Map(r => With(r.State));

    /// <summary>Checks every signature against the report as it is now.</summary>
    /// <returns>The verification.</returns>
    public SignatureVerification Verify() => DocumentWorkflow.Verify(State, ToReference(), ToSignedContent());

    /// <summary>Returns the canonical signed content of the report as it is now (ADR 0010).</summary>
    /// <returns>The content.</returns>
    public SignedContent ToSignedContent() =>
        new SignedContentBuilder(RecordTypes.ProgressReport, SignedContentEncoding, ToReference())
            .Field(nameof(ClientId), ClientId.ToString())
            .Field(nameof(AuthorId), AuthorId.ToString())
            .Field(nameof(CoSignerId), CoSignerId?.ToString())
            .Field(nameof(PeriodStart), PeriodStart)
            .Field(nameof(PeriodEnd), PeriodEnd)
            .Field(nameof(Attendance), f => f
                .Add("attended", Attendance.Attended)
                .Add("no_shows", Attendance.NoShows)
                .Add("late_cancellations", Attendance.LateCancellations)
                .Add("client_cancellations", Attendance.ClientCancellations)
                .Add("practice_cancellations", Attendance.PracticeCancellations))
            .Field(nameof(Objectives), f =>
            {
                f.Add("count", Objectives.Length);
                for (var i = 0; i < Objectives.Length; i++)
                {
                    var o = Objectives[i];
                    f.Add(CanonicalClinical.Item(i, "objective"), o.ObjectiveId.ToString())
                        .Add(CanonicalClinical.Item(i, "statement"), o.Statement)
                        .Add(CanonicalClinical.Item(i, "plan_status"), o.PlanStatus?.ToString())
                        .Add(CanonicalClinical.Item(i, "sessions"), o.SessionsAddressed)
                        .Add(CanonicalClinical.Item(i, "latest_rating"), o.LatestRating?.ToString())
                        .Add(CanonicalClinical.Item(i, "latest_rated_on"), o.LatestRatedOn)
                        .Add(CanonicalClinical.Item(i, "narrative"), o.Narrative);
                }
            })
            .Field(nameof(Measurements), f =>
            {
                f.Add("count", Measurements.Length);
                for (var i = 0; i < Measurements.Length; i++)
                {
                    f.Add(CanonicalClinical.Item(i, "instrument"), Measurements[i].Instrument)
                        .Add(CanonicalClinical.Item(i, "on"), Measurements[i].AdministeredOn)
                        .Add(CanonicalClinical.Item(i, "score"), Measurements[i].Score);
                }
            })
            .Field(nameof(PlanChanges), f =>
            {
                f.Add("count", PlanChanges.Length);
                for (var i = 0; i < PlanChanges.Length; i++)
                {
                    f.Add(CanonicalClinical.Item(i, "on"), PlanChanges[i].ChangedOn).Add(CanonicalClinical.Item(i, "description"), PlanChanges[i].Description);
                }
            })
            .Field(nameof(SourceNoteIds), SourceNoteIds.Select(n => (string?)n.ToString()))
            .Field(nameof(Summary), Summary)
            .Field(nameof(Recommendations), Recommendations)
            .Field(nameof(GeneratedAt), GeneratedAt)
            .Field(nameof(LastEditedAt), LastEditedAt)
            .Build();

    /// <inheritdoc />
    public ProgressReport WithVersion(long version) => new(
        Id, ClientId, AuthorId, PeriodStart, PeriodEnd, Attendance, Objectives, Measurements, PlanChanges, SourceNoteIds, Summary, Recommendations,
        GeneratedAt, LastEditedAt, Status, CoSignerId, Signature, CoSignature, Reviews, Addenda, version);

    /// <inheritdoc />
    public override string ToString() => $"ProgressReport {Id} for {ClientId} ({Status})";

    private ProgressReport With(SigningState state) => new(
        Id, ClientId, AuthorId, PeriodStart, PeriodEnd, Attendance, Objectives, Measurements, PlanChanges, SourceNoteIds, Summary, Recommendations,
        GeneratedAt, LastEditedAt, state.Status, state.CoSignerId, state.Signature, state.CoSignature, state.Reviews, state.Addenda, Version);
}
