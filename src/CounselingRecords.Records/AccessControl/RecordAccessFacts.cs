using System.Collections.Immutable;
using CounselingRecords.Auditing;
using CounselingRecords.Identity;
using CounselingRecords.Records.AccessRequests;
using CounselingRecords.Records.Amendments;
using CounselingRecords.Records.Clients;
using CounselingRecords.Records.Intake;
using CounselingRecords.Records.Notes;
using CounselingRecords.Records.ProgressReports;
using CounselingRecords.Records.PsychotherapyNotes;

namespace CounselingRecords.Records.AccessControl;

/// <summary>
/// What the access policy needs to know about a record: its kind and reference, whose it is, who wrote it, who
/// treats the client and who supervises them. Build it with the <c>For</c> factories from the client (its care
/// team) and the record; no clinical content is included.
/// </summary>
public sealed class RecordAccessFacts
{
    /// <summary>The record id used for a record that does not exist yet (a create decision).</summary>
    public const string NewRecordId = "new";

    /// <summary>Initializes a new instance of the <see cref="RecordAccessFacts"/> class.</summary>
    /// <param name="kind">The kind of record.</param>
    /// <param name="record">The record.</param>
    /// <param name="clientId">The client whose record it is.</param>
    /// <param name="authorId">The author (required for a psychotherapy note).</param>
    /// <param name="treatingClinicianIds">The client's treating clinicians.</param>
    /// <param name="supervisorIds">The supervisors of those clinicians for this client, and the record's designated co-signer.</param>
    public RecordAccessFacts(
        RecordKind kind,
        RecordReference record,
        ClientId clientId,
        ClinicianId? authorId,
        ImmutableArray<ClinicianId> treatingClinicianIds,
        ImmutableArray<ClinicianId> supervisorIds)
    {
        if (!Enum.IsDefined(kind))
        {
            throw new ArgumentOutOfRangeException(nameof(kind));
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(record.RecordType, nameof(record));
        ArgumentException.ThrowIfNullOrWhiteSpace(record.RecordId, nameof(record));
        clientId.Require(nameof(clientId));
        if (kind == RecordKind.PsychotherapyNote && authorId is null)
        {
            throw new ArgumentException("A psychotherapy note's access depends on its author.", nameof(authorId));
        }

        Kind = kind;
        Record = record;
        ClientId = clientId;
        AuthorId = authorId;
        TreatingClinicianIds = treatingClinicianIds.IsDefault ? ImmutableArray<ClinicianId>.Empty : treatingClinicianIds;
        SupervisorIds = supervisorIds.IsDefault ? ImmutableArray<ClinicianId>.Empty : supervisorIds;
    }

    /// <summary>Gets the kind of record.</summary>
    public RecordKind Kind { get; }

    /// <summary>Gets the record.</summary>
    public RecordReference Record { get; }

    /// <summary>Gets the client whose record it is.</summary>
    public ClientId ClientId { get; }

    /// <summary>Gets the author, if known.</summary>
    public ClinicianId? AuthorId { get; }

    /// <summary>Gets the treating clinicians.</summary>
    public ImmutableArray<ClinicianId> TreatingClinicianIds { get; }

    /// <summary>Gets the supervisors.</summary>
    public ImmutableArray<ClinicianId> SupervisorIds { get; }

    /// <summary>Returns the facts of a client's demographic record.</summary>
    /// <param name="client">The client.</param>
    /// <returns>The facts.</returns>
    public static RecordAccessFacts For(Client client)
    {
        ArgumentNullException.ThrowIfNull(client);
        return Of(client, RecordKind.Demographics, client.ToReference(), null, null);
    }

    /// <summary>Returns the facts of an intake assessment.</summary>
    /// <param name="client">The client (for the care team).</param>
    /// <param name="intake">The assessment.</param>
    /// <returns>The facts.</returns>
    public static RecordAccessFacts For(Client client, IntakeAssessment intake)
    {
        ArgumentNullException.ThrowIfNull(intake);
        return Of(client, RecordKind.IntakeAssessment, intake.ToReference(), intake.AuthorId, intake.CoSignerId, intake.ClientId);
    }

    /// <summary>Returns the facts of a session note's content.</summary>
    /// <param name="client">The client.</param>
    /// <param name="note">The note.</param>
    /// <returns>The facts.</returns>
    public static RecordAccessFacts For(Client client, SessionNote note)
    {
        ArgumentNullException.ThrowIfNull(note);
        return Of(client, RecordKind.SessionNote, note.ToReference(), note.AuthorId, note.CoSignerId, note.ClientId);
    }

    /// <summary>Returns the facts of a session note's billing facts (no content).</summary>
    /// <param name="client">The client.</param>
    /// <param name="note">The note.</param>
    /// <returns>The facts.</returns>
    public static RecordAccessFacts ForServiceFacts(Client client, SessionNote note)
    {
        ArgumentNullException.ThrowIfNull(note);
        return Of(client, RecordKind.ServiceFacts, RecordReference.For(RecordTypes.SessionServiceFacts, note.Id), note.AuthorId, note.CoSignerId, note.ClientId);
    }

    /// <summary>Returns the facts of a psychotherapy note.</summary>
    /// <param name="client">The client.</param>
    /// <param name="note">The note.</param>
    /// <returns>The facts.</returns>
    public static RecordAccessFacts For(Client client, PsychotherapyNote note)
    {
        ArgumentNullException.ThrowIfNull(note);
        return Of(client, RecordKind.PsychotherapyNote, note.ToReference(), note.AuthorId, null, note.ClientId);
    }

    /// <summary>Returns the facts of a progress report.</summary>
    /// <param name="client">The client.</param>
    /// <param name="report">The report.</param>
    /// <returns>The facts.</returns>
    public static RecordAccessFacts For(Client client, ProgressReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return Of(client, RecordKind.ProgressReport, report.ToReference(), report.AuthorId, report.CoSignerId, report.ClientId);
    }

    /// <summary>Returns the facts of an amendment request.</summary>
    /// <param name="client">The client.</param>
    /// <param name="request">The request.</param>
    /// <returns>The facts.</returns>
    public static RecordAccessFacts For(Client client, AmendmentRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Of(client, RecordKind.AmendmentRequest, request.ToReference(), null, null, request.ClientId);
    }

    /// <summary>Returns the facts of an access request.</summary>
    /// <param name="client">The client.</param>
    /// <param name="request">The request.</param>
    /// <returns>The facts.</returns>
    public static RecordAccessFacts For(Client client, RecordAccessRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Of(client, RecordKind.AccessRequest, request.ToReference(), null, null, request.ClientId);
    }

    /// <summary>Returns the facts for creating a record that does not exist yet (its id is <see cref="NewRecordId"/>).</summary>
    /// <param name="client">The client.</param>
    /// <param name="kind">The kind to create.</param>
    /// <param name="authorId">The intended author (required for a psychotherapy note).</param>
    /// <returns>The facts.</returns>
    public static RecordAccessFacts ForNew(Client client, RecordKind kind, ClinicianId? authorId) =>
        Of(client, kind, new RecordReference(RecordKinds.RecordType(kind), NewRecordId), authorId, null);

    /// <inheritdoc />
    public override string ToString() => $"{Kind} {Record} of {ClientId}";

    private static RecordAccessFacts Of(Client client, RecordKind kind, RecordReference record, ClinicianId? authorId, ClinicianId? coSignerId, ClientId? recordClientId = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        if (recordClientId is { } owner && owner != client.Id)
        {
            throw new ArgumentException($"{record} belongs to another client than {client.Id}.", nameof(client));
        }

        var supervisors = client.Supervisors();
        if (coSignerId is { } cosigner && !supervisors.Contains(cosigner))
        {
            supervisors = supervisors.Add(cosigner);
        }

        return new RecordAccessFacts(kind, record, client.Id, authorId, client.TreatingClinicians(), supervisors);
    }
}
