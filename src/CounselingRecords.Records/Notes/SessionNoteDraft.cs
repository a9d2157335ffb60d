using System.Collections.Immutable;
using CounselingRecords.Care;
using CounselingRecords.Identity;
using CounselingRecords.Privacy;
using CounselingRecords.Records.Clinical;
using NodaTime;

namespace CounselingRecords.Records.Notes;

/// <summary>
/// A session note as written: the narrative sections of the chosen format and the progress-note elements HIPAA
/// keeps out of psychotherapy notes (R7.1, R7.5): times, modality, client location, participants, interventions,
/// symptoms, functional status, diagnoses, objective progress, risk, measures and the next session.
/// </summary>
[ProtectedHealthInformation]
public sealed class SessionNoteDraft
{
    /// <summary>Initializes a new instance of the <see cref="SessionNoteDraft"/> class.</summary>
    /// <param name="clientId">The client.</param>
    /// <param name="authorId">The clinician who provided the service.</param>
    /// <param name="coSignerId">The supervisor who must co-sign, when the author practises under supervision.</param>
    /// <param name="appointmentId">The appointment documented, if any.</param>
    /// <param name="format">The note format.</param>
    /// <param name="sections">The narrative sections of that format.</param>
    /// <param name="serviceKind">The kind of service.</param>
    /// <param name="period">The start and stop times.</param>
    /// <param name="modality">In person, video or audio-only.</param>
    /// <param name="clientLocation">Where the client was (R1.15).</param>
    /// <param name="telehealthConsentConfirmed">Whether the client's consent to telehealth was confirmed (R7.5).</param>
    /// <param name="participants">Who attended.</param>
    /// <param name="interactiveComplexity">The interactive complexity factors documented (R1.11).</param>
    /// <param name="evaluationAndManagementPerformed">Whether a separately identifiable E/M service was performed (R1.6).</param>
    /// <param name="diagnoses">The diagnoses addressed, one marked primary.</param>
    /// <param name="interventions">The interventions used.</param>
    /// <param name="symptoms">The symptoms.</param>
    /// <param name="functionalStatus">The functional status.</param>
    /// <param name="mentalStatus">The mental status, if documented.</param>
    /// <param name="objectiveProgress">Progress toward treatment-plan objectives, by id.</param>
    /// <param name="risk">The risk assessment.</param>
    /// <param name="measurements">Measures given in the session.</param>
    /// <param name="nextSessionDate">The date of the next session, if planned.</param>
    public SessionNoteDraft(
        ClientId clientId,
        ClinicianId authorId,
        ClinicianId? coSignerId,
        AppointmentId? appointmentId,
        NoteFormat format,
        ImmutableArray<NoteSectionText> sections,
        ServiceKind serviceKind,
        SessionPeriod? period,
        Modality modality,
        ClientLocationKind clientLocation,
        bool telehealthConsentConfirmed,
        SessionParticipants? participants,
        InteractiveComplexityFactors interactiveComplexity,
        bool evaluationAndManagementPerformed,
        ImmutableArray<DiagnosisInput> diagnoses,
        ImmutableArray<string> interventions,
        string? symptoms,
        string? functionalStatus,
        string? mentalStatus,
        ImmutableArray<ObjectiveProgressEntry> objectiveProgress,
        RiskAssessment? risk,
        ImmutableArray<SessionMeasurement> measurements,
        LocalDate? nextSessionDate)
    {
        ClientId = clientId;
        AuthorId = authorId;
        CoSignerId = coSignerId;
        AppointmentId = appointmentId;
        Format = format;
        Sections = sections.IsDefault ? ImmutableArray<NoteSectionText>.Empty : sections;
        ServiceKind = serviceKind;
        Period = period;
        Modality = modality;
        ClientLocation = clientLocation;
        TelehealthConsentConfirmed = telehealthConsentConfirmed;
        Participants = participants ?? SessionParticipants.ClientOnly;
        InteractiveComplexity = interactiveComplexity;
        EvaluationAndManagementPerformed = evaluationAndManagementPerformed;
        Diagnoses = diagnoses.IsDefault ? ImmutableArray<DiagnosisInput>.Empty : diagnoses;
        Interventions = interventions.IsDefault ? ImmutableArray<string>.Empty : interventions;
        Symptoms = symptoms;
        FunctionalStatus = functionalStatus;
        MentalStatus = mentalStatus;
        ObjectiveProgress = objectiveProgress.IsDefault ? ImmutableArray<ObjectiveProgressEntry>.Empty : objectiveProgress;
        Risk = risk ?? RiskAssessment.NotAssessed;
        Measurements = measurements.IsDefault ? ImmutableArray<SessionMeasurement>.Empty : measurements;
        NextSessionDate = nextSessionDate;
    }

    /// <summary>Gets the client.</summary>
    public ClientId ClientId { get; }

    /// <summary>Gets the clinician who provided the service.</summary>
    public ClinicianId AuthorId { get; }

    /// <summary>Gets the supervisor who must co-sign, if any.</summary>
    public ClinicianId? CoSignerId { get; }

    /// <summary>Gets the appointment, if any.</summary>
    public AppointmentId? AppointmentId { get; }

    /// <summary>Gets the format.</summary>
    public NoteFormat Format { get; }

    /// <summary>Gets the narrative sections.</summary>
    public ImmutableArray<NoteSectionText> Sections { get; }

    /// <summary>Gets the kind of service.</summary>
    public ServiceKind ServiceKind { get; }

    /// <summary>Gets the start and stop times.</summary>
    public SessionPeriod? Period { get; }

    /// <summary>Gets the modality.</summary>
    public Modality Modality { get; }

    /// <summary>Gets where the client was.</summary>
    public ClientLocationKind ClientLocation { get; }

    /// <summary>Gets a value indicating whether telehealth consent was confirmed.</summary>
    public bool TelehealthConsentConfirmed { get; }

    /// <summary>Gets who attended.</summary>
    public SessionParticipants Participants { get; }

    /// <summary>Gets the interactive complexity factors.</summary>
    public InteractiveComplexityFactors InteractiveComplexity { get; }

    /// <summary>Gets a value indicating whether an E/M service was performed.</summary>
    public bool EvaluationAndManagementPerformed { get; }

    /// <summary>Gets the diagnoses as entered.</summary>
    public ImmutableArray<DiagnosisInput> Diagnoses { get; }

    /// <summary>Gets the interventions used.</summary>
    public ImmutableArray<string> Interventions { get; }

    /// <summary>Gets the symptoms.</summary>
    public string? Symptoms { get; }

    /// <summary>Gets the functional status.</summary>
    public string? FunctionalStatus { get; }

    /// <summary>Gets the mental status.</summary>
    public string? MentalStatus { get; }

    /// <summary>Gets the objective progress entries.</summary>
    public ImmutableArray<ObjectiveProgressEntry> ObjectiveProgress { get; }

    /// <summary>Gets the risk assessment.</summary>
    public RiskAssessment Risk { get; }

    /// <summary>Gets the measures given.</summary>
    public ImmutableArray<SessionMeasurement> Measurements { get; }

    /// <summary>Gets the next session date.</summary>
    public LocalDate? NextSessionDate { get; }

    /// <inheritdoc />
    public override string ToString() => $"SessionNoteDraft for {ClientId} by {AuthorId} ({Format})";
}
