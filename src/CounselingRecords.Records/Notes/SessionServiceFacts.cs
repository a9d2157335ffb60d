using System.Collections.Immutable;
using CounselingRecords.Care;
using CounselingRecords.Coding;
using CounselingRecords.Identity;
using CounselingRecords.Privacy;
using NodaTime;

namespace CounselingRecords.Records.Notes;

/// <summary>
/// The facts of a final session note that billing needs to select codes, units, place of service and modifiers
/// (R1.1–R1.16) and to fill a claim: dates and times, face-to-face minutes, service kind, modality, client
/// location, participants, interactive complexity factors, E/M, diagnoses primary first. It carries no note
/// content: this is what billing staff may see (the access policy's <c>ServiceFacts</c> kind).
/// </summary>
[ProtectedHealthInformation]
public sealed class SessionServiceFacts
{
    /// <summary>Initializes a new instance of the <see cref="SessionServiceFacts"/> class.</summary>
    /// <param name="noteId">The note.</param>
    /// <param name="clientId">The client.</param>
    /// <param name="renderingClinicianId">The clinician who provided the service.</param>
    /// <param name="supervisingClinicianId">The co-signing supervisor, if any.</param>
    /// <param name="appointmentId">The appointment, if any.</param>
    /// <param name="dateOfService">The date of service.</param>
    /// <param name="startedAt">When the session started.</param>
    /// <param name="endedAt">When it stopped.</param>
    /// <param name="timeZone">The session's time zone.</param>
    /// <param name="faceToFaceMinutes">Whole minutes between start and stop (R1.4).</param>
    /// <param name="serviceKind">The kind of service.</param>
    /// <param name="modality">The modality.</param>
    /// <param name="clientLocation">Where the client was (R1.15).</param>
    /// <param name="telehealthConsentConfirmed">Whether telehealth consent was confirmed.</param>
    /// <param name="clientPresent">Whether the client was present (R1.5, R1.12).</param>
    /// <param name="familyParticipantCount">How many family members or guardians took part.</param>
    /// <param name="groupParticipantCount">The group size, for a group (R1.13).</param>
    /// <param name="interactiveComplexity">The interactive complexity factors (R1.11).</param>
    /// <param name="evaluationAndManagementPerformed">Whether an E/M service was performed (R1.6).</param>
    /// <param name="diagnoses">The diagnosis codes, primary first.</param>
    /// <param name="finalizedAt">When the note became final (signed, or co-signed).</param>
    /// <param name="contentHash">The signed content hash, pinning the version billed.</param>
    public SessionServiceFacts(
        NoteId noteId,
        ClientId clientId,
        ClinicianId renderingClinicianId,
        ClinicianId? supervisingClinicianId,
        AppointmentId? appointmentId,
        LocalDate dateOfService,
        Instant startedAt,
        Instant endedAt,
        DateTimeZone timeZone,
        int faceToFaceMinutes,
        ServiceKind serviceKind,
        Modality modality,
        ClientLocationKind clientLocation,
        bool telehealthConsentConfirmed,
        bool clientPresent,
        int familyParticipantCount,
        int? groupParticipantCount,
        InteractiveComplexityFactors interactiveComplexity,
        bool evaluationAndManagementPerformed,
        ImmutableArray<DiagnosisCode> diagnoses,
        Instant finalizedAt,
        string contentHash)
    {
        noteId.Require(nameof(noteId));
        clientId.Require(nameof(clientId));
        renderingClinicianId.Require(nameof(renderingClinicianId));
        ArgumentNullException.ThrowIfNull(timeZone);
        ArgumentOutOfRangeException.ThrowIfNegative(faceToFaceMinutes);
        ArgumentOutOfRangeException.ThrowIfNegative(familyParticipantCount);
        ArgumentException.ThrowIfNullOrWhiteSpace(contentHash);
        NoteId = noteId;
        ClientId = clientId;
        RenderingClinicianId = renderingClinicianId;
        SupervisingClinicianId = supervisingClinicianId;
        AppointmentId = appointmentId;
        DateOfService = dateOfService;
        StartedAt = startedAt;
        EndedAt = endedAt;
        TimeZone = timeZone;
        FaceToFaceMinutes = faceToFaceMinutes;
        ServiceKind = serviceKind;
        Modality = modality;
        ClientLocation = clientLocation;
        TelehealthConsentConfirmed = telehealthConsentConfirmed;
        ClientPresent = clientPresent;
        FamilyParticipantCount = familyParticipantCount;
        GroupParticipantCount = groupParticipantCount;
        InteractiveComplexity = interactiveComplexity;
        EvaluationAndManagementPerformed = evaluationAndManagementPerformed;
        Diagnoses = diagnoses.IsDefault ? ImmutableArray<DiagnosisCode>.Empty : diagnoses;
        FinalizedAt = finalizedAt;
        ContentHash = contentHash;
    }

    /// <summary>Gets the note.</summary>
    public NoteId NoteId { get; }

    /// <summary>Gets the client.</summary>
    public ClientId ClientId { get; }

    /// <summary>Gets the rendering clinician.</summary>
    public ClinicianId RenderingClinicianId { get; }

    /// <summary>Gets the supervising clinician, if any.</summary>
    public ClinicianId? SupervisingClinicianId { get; }

    /// <summary>Gets the appointment, if any.</summary>
    public AppointmentId? AppointmentId { get; }

    /// <summary>Gets the date of service.</summary>
    public LocalDate DateOfService { get; }

    /// <summary>Gets when the session started.</summary>
    public Instant StartedAt { get; }

    /// <summary>Gets when it stopped.</summary>
    public Instant EndedAt { get; }

    /// <summary>Gets the session's time zone.</summary>
    public DateTimeZone TimeZone { get; }

    /// <summary>Gets the face-to-face minutes.</summary>
    public int FaceToFaceMinutes { get; }

    /// <summary>Gets the kind of service.</summary>
    public ServiceKind ServiceKind { get; }

    /// <summary>Gets the modality.</summary>
    public Modality Modality { get; }

    /// <summary>Gets where the client was.</summary>
    public ClientLocationKind ClientLocation { get; }

    /// <summary>Gets a value indicating whether telehealth consent was confirmed.</summary>
    public bool TelehealthConsentConfirmed { get; }

    /// <summary>Gets a value indicating whether the client was present.</summary>
    public bool ClientPresent { get; }

    /// <summary>Gets how many family members or guardians took part.</summary>
    public int FamilyParticipantCount { get; }

    /// <summary>Gets the group size, for a group.</summary>
    public int? GroupParticipantCount { get; }

    /// <summary>Gets the interactive complexity factors.</summary>
    public InteractiveComplexityFactors InteractiveComplexity { get; }

    /// <summary>Gets a value indicating whether an E/M service was performed.</summary>
    public bool EvaluationAndManagementPerformed { get; }

    /// <summary>Gets the diagnosis codes, primary first.</summary>
    public ImmutableArray<DiagnosisCode> Diagnoses { get; }

    /// <summary>Gets when the note became final.</summary>
    public Instant FinalizedAt { get; }

    /// <summary>Gets the signed content hash.</summary>
    public string ContentHash { get; }

    /// <inheritdoc />
    public override string ToString() => $"SessionServiceFacts for {NoteId} ({ServiceKind}, {FaceToFaceMinutes} min)";
}
