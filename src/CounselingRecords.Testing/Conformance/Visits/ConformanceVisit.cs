using System.Collections.Immutable;
using CounselingRecords.Care;
using CounselingRecords.Coding;
using CounselingRecords.Finance;
using CounselingRecords.Identity;
using CounselingRecords.Privacy;
using CounselingRecords.Storage;
using NodaTime;
using NodaTime.Text;

namespace CounselingRecords.Testing.Conformance.Visits;

/// <summary>
/// The aggregate the storage conformance kit certifies adapters with: a visit of a client with a clinician, shaped
/// like the real scheduling and clinical aggregates so that it exercises every part of the wire format (ids,
/// instants, local date-times with a zone, durations, optional dates, money, diagnosis codes, enumerations, lists
/// of values, free clinical text) and every storage feature (indexed columns, a range query by clinician and day,
/// a unique slot claim, specifications that cannot be pre-filtered). It holds clinical content, so it prints ids
/// only.
/// </summary>
[ProtectedHealthInformation]
public sealed class ConformanceVisit : IAggregateRoot<ConformanceVisit>, IEquatable<ConformanceVisit>
{
    /// <summary>The longest clinical note the visit accepts, in characters.</summary>
    public const int MaxNoteLength = 20_000;

    /// <summary>Initializes a new instance of the <see cref="ConformanceVisit"/> class from its state.</summary>
    /// <param name="id">The visit (appointment) id.</param>
    /// <param name="clinicianId">The clinician.</param>
    /// <param name="clientId">The client.</param>
    /// <param name="start">The wall-clock start in <paramref name="zone"/>.</param>
    /// <param name="zone">The time zone of the visit.</param>
    /// <param name="length">How long the visit lasts (1 minute to 8 hours).</param>
    /// <param name="modality">How it is delivered.</param>
    /// <param name="status">Where it stands.</param>
    /// <param name="fee">The fee, not negative.</param>
    /// <param name="diagnoses">The diagnoses addressed, without repeats.</param>
    /// <param name="lines">The billed lines, in the fee's currency.</param>
    /// <param name="bookedAt">When it was booked.</param>
    /// <param name="followUpOn">When to follow up, if at all.</param>
    /// <param name="note">The clinical note, if written.</param>
    /// <param name="version">The stored version (0 when never saved).</param>
    public ConformanceVisit(
        AppointmentId id,
        ClinicianId clinicianId,
        ClientId clientId,
        LocalDateTime start,
        DateTimeZone zone,
        Duration length,
        Modality modality,
        ConformanceVisitStatus status,
        Money fee,
        ImmutableArray<DiagnosisCode> diagnoses,
        ImmutableArray<ConformanceVisitLine> lines,
        Instant bookedAt,
        LocalDate? followUpOn,
        string? note,
        long version)
    {
        RequireId(id.Value, nameof(id));
        RequireId(clinicianId.Value, nameof(clinicianId));
        RequireId(clientId.Value, nameof(clientId));
        ArgumentNullException.ThrowIfNull(zone);
        if (zone.MapLocal(start).Count == 0)
        {
            throw new ArgumentException("The start falls in a daylight-saving gap of the zone.", nameof(start));
        }

        if (length < Duration.FromMinutes(1) || length > Duration.FromHours(8))
        {
            throw new ArgumentOutOfRangeException(nameof(length), "A visit lasts 1 minute to 8 hours.");
        }

        if (!Enum.IsDefined(modality))
        {
            throw new ArgumentOutOfRangeException(nameof(modality));
        }

        if (!Enum.IsDefined(status))
        {
            throw new ArgumentOutOfRangeException(nameof(status));
        }

        if (fee.IsNegative)
        {
            throw new ArgumentException("A fee is not negative.", nameof(fee));
        }

        if (diagnoses.IsDefault || diagnoses.Distinct().Count() != diagnoses.Length || diagnoses.Any(d => d.ToString().Length == 0))
        {
            throw new ArgumentException("Diagnoses are a list of codes without repeats.", nameof(diagnoses));
        }

        if (lines.IsDefault || lines.Any(l => l is null || l.Amount.Currency != fee.Currency))
        {
            throw new ArgumentException("Lines are a list in the fee's currency.", nameof(lines));
        }

        if (note is not null && note.Length > MaxNoteLength)
        {
            throw new ArgumentException($"A note is at most {MaxNoteLength} characters.", nameof(note));
        }

        ArgumentOutOfRangeException.ThrowIfNegative(version);
        Id = id;
        ClinicianId = clinicianId;
        ClientId = clientId;
        Start = start;
        Zone = zone;
        Length = length;
        Modality = modality;
        Status = status;
        Fee = fee;
        Diagnoses = diagnoses;
        Lines = lines;
        BookedAt = bookedAt;
        FollowUpOn = followUpOn;
        Note = note;
        Version = version;
    }

    /// <summary>Gets the visit id.</summary>
    public AppointmentId Id { get; }

    /// <summary>Gets the clinician.</summary>
    public ClinicianId ClinicianId { get; }

    /// <summary>Gets the client.</summary>
    public ClientId ClientId { get; }

    /// <summary>Gets the wall-clock start.</summary>
    public LocalDateTime Start { get; }

    /// <summary>Gets the time zone.</summary>
    public DateTimeZone Zone { get; }

    /// <summary>Gets the length.</summary>
    public Duration Length { get; }

    /// <summary>Gets how the visit is delivered.</summary>
    public Modality Modality { get; }

    /// <summary>Gets where the visit stands.</summary>
    public ConformanceVisitStatus Status { get; }

    /// <summary>Gets the fee.</summary>
    public Money Fee { get; }

    /// <summary>Gets the diagnoses addressed.</summary>
    public ImmutableArray<DiagnosisCode> Diagnoses { get; }

    /// <summary>Gets the billed lines.</summary>
    public ImmutableArray<ConformanceVisitLine> Lines { get; }

    /// <summary>Gets when the visit was booked.</summary>
    public Instant BookedAt { get; }

    /// <summary>Gets when to follow up, if at all.</summary>
    public LocalDate? FollowUpOn { get; }

    /// <summary>Gets the clinical note, if written.</summary>
    public string? Note { get; }

    /// <inheritdoc />
    public long Version { get; }

    /// <inheritdoc />
    public string Key => Id.ToString();

    /// <summary>Gets the slot the visit holds (clinician and start), or null when cancelled: at most one visit holds a slot.</summary>
    public string? SlotClaim => Status == ConformanceVisitStatus.Cancelled
        ? null
        : ClinicianId + "|" + LocalDateTimePattern.ExtendedIso.Format(Start);

    /// <summary>Compares two visits by state, including the version.</summary>
    /// <param name="left">The first visit.</param>
    /// <param name="right">The second visit.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(ConformanceVisit? left, ConformanceVisit? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two visits by state, including the version.</summary>
    /// <param name="left">The first visit.</param>
    /// <param name="right">The second visit.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(ConformanceVisit? left, ConformanceVisit? right) => !(left == right);

    /// <summary>Moves the visit to another start.</summary>
    /// <param name="start">The new wall-clock start.</param>
    /// <returns>The moved visit.</returns>
    public ConformanceVisit Reschedule(LocalDateTime start) => With(start: start);

    /// <summary>Cancels the visit, freeing its slot.</summary>
    /// <returns>The cancelled visit.</returns>
    public ConformanceVisit Cancel() => With(status: ConformanceVisitStatus.Cancelled);

    /// <summary>Marks the visit held and records the note.</summary>
    /// <param name="note">The clinical note.</param>
    /// <returns>The completed visit.</returns>
    public ConformanceVisit Complete(string note) => With(status: ConformanceVisitStatus.Completed, note: note);

    /// <summary>Replaces the clinical note.</summary>
    /// <param name="note">The note.</param>
    /// <returns>The visit.</returns>
    public ConformanceVisit RecordNote(string note)
    {
        ArgumentNullException.ThrowIfNull(note);
        return With(note: note);
    }

    /// <summary>Adds a diagnosis (nothing changes when it is already there).</summary>
    /// <param name="code">The code.</param>
    /// <returns>The visit.</returns>
    public ConformanceVisit AddDiagnosis(DiagnosisCode code) => Diagnoses.Contains(code) ? this : With(diagnoses: Diagnoses.Add(code));

    /// <summary>Adds a billed line.</summary>
    /// <param name="line">The line.</param>
    /// <returns>The visit.</returns>
    public ConformanceVisit AddLine(ConformanceVisitLine line)
    {
        ArgumentNullException.ThrowIfNull(line);
        return With(lines: Lines.Add(line));
    }

    /// <summary>Sets the follow-up date.</summary>
    /// <param name="date">The date, or null for none.</param>
    /// <returns>The visit.</returns>
    public ConformanceVisit FollowUp(LocalDate? date) => new(Id, ClinicianId, ClientId, Start, Zone, Length, Modality, Status, Fee, Diagnoses, Lines, BookedAt, date, Note, Version);

    /// <inheritdoc />
    public ConformanceVisit WithVersion(long version) =>
        new(Id, ClinicianId, ClientId, Start, Zone, Length, Modality, Status, Fee, Diagnoses, Lines, BookedAt, FollowUpOn, Note, version);

    /// <inheritdoc />
    public bool Equals(ConformanceVisit? other) =>
        other is not null && Id == other.Id && ClinicianId == other.ClinicianId && ClientId == other.ClientId
        && Start == other.Start && Zone.Id == other.Zone.Id && Length == other.Length && Modality == other.Modality
        && Status == other.Status && Fee == other.Fee && Fee.Amount.Scale == other.Fee.Amount.Scale
        && Diagnoses.SequenceEqual(other.Diagnoses) && Lines.SequenceEqual(other.Lines) && BookedAt == other.BookedAt
        && FollowUpOn == other.FollowUpOn && string.Equals(Note, other.Note, StringComparison.Ordinal) && Version == other.Version;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ConformanceVisit);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, Version, Start, Status);

    /// <summary>Returns the ids and version only (the visit holds clinical content).</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"ConformanceVisit {Id} v{Version} (client {ClientId}, clinician {ClinicianId})";

    private static void RequireId(Guid value, string name)
    {
        if (value == Guid.Empty)
        {
            throw new ArgumentException("The id is empty.", name);
        }
    }

    private ConformanceVisit With(
        LocalDateTime? start = null,
        ConformanceVisitStatus? status = null,
        string? note = null,
        ImmutableArray<DiagnosisCode>? diagnoses = null,
        ImmutableArray<ConformanceVisitLine>? lines = null) =>
        new(Id, ClinicianId, ClientId, start ?? Start, Zone, Length, Modality, status ?? Status, Fee, diagnoses ?? Diagnoses, lines ?? Lines, BookedAt, FollowUpOn, note ?? Note, Version);
}
