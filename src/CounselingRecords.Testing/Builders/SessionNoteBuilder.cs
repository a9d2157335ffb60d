using System.Collections.Immutable;
using CounselingRecords.Care;
using CounselingRecords.Identity;
using CounselingRecords.Records.Clients;
using CounselingRecords.Records.Clinical;
using CounselingRecords.Records.Notes;
using CounselingRecords.Records.Signing;
using CounselingRecords.Testing.Access;
using CounselingRecords.Testing.Clocks;
using CounselingRecords.Testing.Identity;
using NodaTime;

namespace CounselingRecords.Testing.Builders;

/// <summary>
/// Builds a complete <see cref="SessionNoteDraft"/> and the <see cref="SessionNote"/> started from it, with readable
/// defaults: a 53-minute in-person individual psychotherapy session (a 90837 under R1.6) in SOAP format, starting at
/// <see cref="TestClock.DefaultStart"/> in America/New_York, written by <see cref="TestActors.Clinician"/>, diagnosis
/// F32.1, a negative risk screen, progress on objective 1 (<see cref="DefaultProgress"/>) unless other progress is added,
/// and every section of the format filled. Every call returns a new builder.
/// </summary>
public sealed class SessionNoteBuilder
{
    private static readonly DateTimeZone NewYork = DateTimeZoneProviders.Tzdb["America/New_York"];

    private readonly State _s;

    /// <summary>Gets the progress entry a therapy note carries when the test adds none (R7.5): objective 1, improving.</summary>
    public static ObjectiveProgressEntry DefaultProgress { get; } = new(TestIds.Numbered<ObjectiveId>(1), ProgressRating.Improving, "Two pleasant activities scheduled");

    /// <summary>Initializes a new instance of the <see cref="SessionNoteBuilder"/> class with the defaults.</summary>
    public SessionNoteBuilder()
        : this(new State(
            TestActors.Clinician.ClinicianId!.Value,
            null,
            null,
            NoteFormat.Soap,
            ServiceKind.IndividualPsychotherapy,
            TestClock.DefaultStart,
            Duration.FromMinutes(53),
            NewYork,
            Modality.InPerson,
            ClientLocationKind.PracticeOffice,
            ["F32.1"],
            [],
            []))
    {
    }

    private SessionNoteBuilder(State state) => _s = state;

    /// <summary>Sets the author and, for a provisionally licensed author, the co-signer.</summary>
    /// <param name="author">The author.</param>
    /// <param name="coSigner">The supervisor who co-signs, if any.</param>
    /// <returns>A new builder.</returns>
    public SessionNoteBuilder By(ClinicianId author, ClinicianId? coSigner = null) => new(_s with { Author = author, CoSigner = coSigner });

    /// <summary>Links the note to the appointment it documents.</summary>
    /// <param name="appointment">The appointment id.</param>
    /// <returns>A new builder.</returns>
    public SessionNoteBuilder ForAppointment(AppointmentId appointment) => new(_s with { Appointment = appointment });

    /// <summary>Sets the note format; every section of the format is filled.</summary>
    /// <param name="format">SOAP, DAP, BIRP or GIRP.</param>
    /// <returns>A new builder.</returns>
    public SessionNoteBuilder InFormat(NoteFormat format) => new(_s with { Format = format });

    /// <summary>Sets the kind of service.</summary>
    /// <param name="kind">The service kind.</param>
    /// <returns>A new builder.</returns>
    public SessionNoteBuilder OfKind(ServiceKind kind) => new(_s with { Kind = kind });

    /// <summary>Sets the session's start, length and zone.</summary>
    /// <param name="start">The start.</param>
    /// <param name="length">The face-to-face time.</param>
    /// <param name="zone">The zone the times are shown in; America/New_York when omitted.</param>
    /// <returns>A new builder.</returns>
    public SessionNoteBuilder At(Instant start, Duration length, DateTimeZone? zone = null)
    {
        if (length <= Duration.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(length), "A session has a positive length.");
        }

        return new(_s with { Start = start, Length = length, Zone = zone ?? _s.Zone });
    }

    /// <summary>Sets the session's length in minutes, keeping its start.</summary>
    /// <param name="minutes">The face-to-face minutes.</param>
    /// <returns>A new builder.</returns>
    public SessionNoteBuilder Lasting(int minutes) => At(_s.Start, Duration.FromMinutes(minutes));

    /// <summary>Sets the modality and where the client was.</summary>
    /// <param name="modality">In person, video or audio-only.</param>
    /// <param name="location">The client's location.</param>
    /// <returns>A new builder.</returns>
    public SessionNoteBuilder Via(Modality modality, ClientLocationKind location) => new(_s with { Modality = modality, Location = location });

    /// <summary>Sets the diagnoses, the first one primary.</summary>
    /// <param name="codes">ICD-10-CM codes.</param>
    /// <returns>A new builder.</returns>
    public SessionNoteBuilder WithDiagnoses(params string[] codes)
    {
        ArgumentNullException.ThrowIfNull(codes);
        if (codes.Length == 0)
        {
            throw new ArgumentException("A note names at least one diagnosis.", nameof(codes));
        }

        return new(_s with { Diagnoses = [.. codes] });
    }

    /// <summary>Adds progress toward a treatment-plan objective.</summary>
    /// <param name="entry">The progress entry.</param>
    /// <returns>A new builder.</returns>
    public SessionNoteBuilder WithProgress(ObjectiveProgressEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return new(_s with { Progress = _s.Progress.Add(entry) });
    }

    /// <summary>Adds a measurement (for example a PHQ-9 total) taken in the session.</summary>
    /// <param name="measurement">The measurement.</param>
    /// <returns>A new builder.</returns>
    public SessionNoteBuilder WithMeasurement(SessionMeasurement measurement)
    {
        ArgumentNullException.ThrowIfNull(measurement);
        return new(_s with { Measurements = _s.Measurements.Add(measurement) });
    }

    /// <summary>Returns the draft for <paramref name="client"/>.</summary>
    /// <param name="client">The client.</param>
    /// <returns>The draft.</returns>
    public SessionNoteDraft Draft(ClientId client)
    {
        var telehealth = _s.Modality != Modality.InPerson;
        return new SessionNoteDraft(
            client,
            _s.Author,
            _s.CoSigner,
            _s.Appointment,
            _s.Format,
            NoteFormats.SectionsOf(_s.Format).Select(section => new NoteSectionText(section, $"{section}: documented.")).ToImmutableArray(),
            _s.Kind,
            new SessionPeriod(_s.Start, _s.Start + _s.Length, _s.Zone),
            _s.Modality,
            _s.Location,
            telehealth,
            SessionParticipants.ClientOnly,
            InteractiveComplexityFactors.None,
            false,
            _s.Diagnoses.Select((code, i) => i == 0 ? DiagnosisInput.Primary(code) : DiagnosisInput.Secondary(code)).ToImmutableArray(),
            _s.Kind == ServiceKind.DiagnosticEvaluation ? [] : ["Cognitive restructuring"],
            "Low mood, poor sleep",
            "Working; socially withdrawn",
            "Alert and oriented",
            _s.Progress.IsEmpty && _s.Kind != ServiceKind.DiagnosticEvaluation ? [DefaultProgress] : _s.Progress,
            new RiskAssessment(ScreenResult.Negative, ScreenResult.Negative, ScreenResult.Negative, RiskLevel.None, "Family support", null),
            _s.Measurements,
            null);
    }

    /// <summary>Starts the note (a draft record) for <paramref name="client"/> when the session ends.</summary>
    /// <param name="ids">The id generator.</param>
    /// <param name="client">The client.</param>
    /// <returns>The unsigned note.</returns>
    /// <exception cref="InvalidOperationException">The note was refused; the message carries the error code.</exception>
    public SessionNote Build(IIdGenerator ids, Client client)
    {
        ArgumentNullException.ThrowIfNull(ids);
        ArgumentNullException.ThrowIfNull(client);
        return BuilderResults.Value(SessionNote.Start(ids, client, Draft(client.Id), _s.Start + _s.Length), "start the note");
    }

    /// <summary>Starts the note and signs it <paramref name="signedAfter"/> after the session ended (one hour when omitted).</summary>
    /// <param name="ids">The id generator.</param>
    /// <param name="client">The client.</param>
    /// <param name="signer">Who signs, with credentials; must be the author.</param>
    /// <param name="signedAfter">How long after the session it is signed.</param>
    /// <returns>The signed note (awaiting co-signature when a co-signer was named).</returns>
    /// <exception cref="InvalidOperationException">The note or the signature was refused; the message carries the error code.</exception>
    public SessionNote BuildSigned(IIdGenerator ids, Client client, SignerIdentity signer, Duration? signedAfter = null)
    {
        ArgumentNullException.ThrowIfNull(signer);
        var note = Build(ids, client);
        return BuilderResults.Value(note.Sign(signer, note.EndedAt + (signedAfter ?? Duration.FromHours(1))), "sign the note");
    }

    private sealed record State(
        ClinicianId Author,
        ClinicianId? CoSigner,
        AppointmentId? Appointment,
        NoteFormat Format,
        ServiceKind Kind,
        Instant Start,
        Duration Length,
        DateTimeZone Zone,
        Modality Modality,
        ClientLocationKind Location,
        ImmutableArray<string> Diagnoses,
        ImmutableArray<ObjectiveProgressEntry> Progress,
        ImmutableArray<SessionMeasurement> Measurements);
}
