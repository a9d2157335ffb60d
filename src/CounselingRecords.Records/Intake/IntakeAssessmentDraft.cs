using System.Collections.Immutable;
using CounselingRecords.Identity;
using CounselingRecords.Privacy;
using CounselingRecords.Records.Clinical;
using NodaTime;

namespace CounselingRecords.Records.Intake;

/// <summary>An intake assessment as written: what a clinician enters or revises before signing.</summary>
[ProtectedHealthInformation]
public sealed class IntakeAssessmentDraft
{
    /// <summary>Initializes a new instance of the <see cref="IntakeAssessmentDraft"/> class.</summary>
    /// <param name="clientId">The client.</param>
    /// <param name="authorId">The assessing clinician.</param>
    /// <param name="coSignerId">The supervisor who must co-sign, when the author practises under supervision.</param>
    /// <param name="appointmentId">The intake appointment, if any.</param>
    /// <param name="assessmentDate">The date of the assessment.</param>
    /// <param name="referralSource">Who referred the client, if anyone.</param>
    /// <param name="presentingProblem">The presenting problem, in the client's words and the clinician's.</param>
    /// <param name="history">The history sections.</param>
    /// <param name="mentalStatus">The mental status exam findings.</param>
    /// <param name="risk">The risk screening.</param>
    /// <param name="diagnoses">The diagnoses, one marked primary.</param>
    /// <param name="strengths">The client's strengths and supports.</param>
    /// <param name="recommendations">The initial recommendations (level of care, frequency, modality, referrals).</param>
    /// <param name="measurements">Baseline measures given (instrument and score).</param>
    public IntakeAssessmentDraft(
        ClientId clientId,
        ClinicianId authorId,
        ClinicianId? coSignerId,
        AppointmentId? appointmentId,
        LocalDate assessmentDate,
        string? referralSource,
        string? presentingProblem,
        ImmutableArray<HistoryEntry> history,
        ImmutableArray<MentalStatusFinding> mentalStatus,
        RiskAssessment? risk,
        ImmutableArray<DiagnosisInput> diagnoses,
        string? strengths,
        string? recommendations,
        ImmutableArray<SessionMeasurement> measurements)
    {
        ClientId = clientId;
        AuthorId = authorId;
        CoSignerId = coSignerId;
        AppointmentId = appointmentId;
        AssessmentDate = assessmentDate;
        ReferralSource = referralSource;
        PresentingProblem = presentingProblem;
        History = history.IsDefault ? ImmutableArray<HistoryEntry>.Empty : history;
        MentalStatus = mentalStatus.IsDefault ? ImmutableArray<MentalStatusFinding>.Empty : mentalStatus;
        Risk = risk ?? RiskAssessment.NotAssessed;
        Diagnoses = diagnoses.IsDefault ? ImmutableArray<DiagnosisInput>.Empty : diagnoses;
        Strengths = strengths;
        Recommendations = recommendations;
        Measurements = measurements.IsDefault ? ImmutableArray<SessionMeasurement>.Empty : measurements;
    }

    /// <summary>Gets the client.</summary>
    public ClientId ClientId { get; }

    /// <summary>Gets the assessing clinician.</summary>
    public ClinicianId AuthorId { get; }

    /// <summary>Gets the supervisor who must co-sign, if any.</summary>
    public ClinicianId? CoSignerId { get; }

    /// <summary>Gets the intake appointment, if any.</summary>
    public AppointmentId? AppointmentId { get; }

    /// <summary>Gets the assessment date.</summary>
    public LocalDate AssessmentDate { get; }

    /// <summary>Gets the referral source.</summary>
    public string? ReferralSource { get; }

    /// <summary>Gets the presenting problem.</summary>
    public string? PresentingProblem { get; }

    /// <summary>Gets the history sections.</summary>
    public ImmutableArray<HistoryEntry> History { get; }

    /// <summary>Gets the mental status exam findings.</summary>
    public ImmutableArray<MentalStatusFinding> MentalStatus { get; }

    /// <summary>Gets the risk screening.</summary>
    public RiskAssessment Risk { get; }

    /// <summary>Gets the diagnoses as entered.</summary>
    public ImmutableArray<DiagnosisInput> Diagnoses { get; }

    /// <summary>Gets the strengths.</summary>
    public string? Strengths { get; }

    /// <summary>Gets the initial recommendations.</summary>
    public string? Recommendations { get; }

    /// <summary>Gets the baseline measures.</summary>
    public ImmutableArray<SessionMeasurement> Measurements { get; }

    /// <inheritdoc />
    public override string ToString() => $"IntakeAssessmentDraft for {ClientId} by {AuthorId}";
}
