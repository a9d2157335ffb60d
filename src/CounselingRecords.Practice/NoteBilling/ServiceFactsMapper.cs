using CounselingRecords.Billing.Coding;
using CounselingRecords.Care;
using CounselingRecords.Practice.Clinicians;
using CounselingRecords.Records.Notes;
using CounselingRecords.Results;
using BillingComplexity = CounselingRecords.Billing.Coding.InteractiveComplexityFactors;
using BillingKind = CounselingRecords.Billing.Coding.ServiceKind;
using RecordsComplexity = CounselingRecords.Records.Notes.InteractiveComplexityFactors;
using RecordsKind = CounselingRecords.Records.Notes.ServiceKind;

namespace CounselingRecords.Practice.NoteBilling;

/// <summary>
/// Turns the service facts of a final note (records) into the session facts the code selector reads (billing).
/// Every field of <see cref="SessionServiceFacts"/> has a place:
/// <list type="table">
/// <listheader><term>Service facts</term><description>Session facts</description></listheader>
/// <item><term>DateOfService</term><description><c>DateOfService</c></description></item>
/// <item><term>FaceToFaceMinutes (StartedAt to EndedAt in TimeZone, R1.4)</term><description><c>Minutes</c></description></item>
/// <item><term>ServiceKind</term><description><c>Kind</c> (table in <see cref="KindFor"/>)</description></item>
/// <item><term>Modality, ClientLocation</term><description><c>Modality</c>, <c>ClientLocation</c> (R1.15, R1.16)</description></item>
/// <item><term>TelehealthConsentConfirmed</term><description>a guard: a telehealth session without it is refused</description></item>
/// <item><term>ClientPresent</term><description><c>PatientPresence</c>: whole session, or less than the majority (R1.5)</description></item>
/// <item><term>FamilyParticipantCount</term><description>a guard: family psychotherapy names at least one family member (R1.12)</description></item>
/// <item><term>GroupParticipantCount</term><description><c>GroupParticipants</c> (R1.13)</description></item>
/// <item><term>InteractiveComplexity</term><description><c>InteractiveComplexity</c>, factor by factor (R1.11)</description></item>
/// <item><term>EvaluationAndManagementPerformed</term><description><c>EvaluationAndManagementPerformed</c>; for a diagnostic evaluation, the medical-services kind 90792 instead (R1.8)</description></item>
/// <item><term>RenderingClinicianId</term><description><c>ProviderMayBillEvaluationAndManagement</c> from the clinician directory (R1.7)</description></item>
/// <item><term>NoteId, ClientId, SupervisingClinicianId, AppointmentId, Diagnoses, FinalizedAt, ContentHash</term><description>not coding facts: the workflow uses them for the charge, the claim and the audit</description></item>
/// </list>
/// The visit history (R1.8, R1.17) and the payer options (R1.14 timed code, explicit place of service) complete the facts.
/// </summary>
public static class ServiceFactsMapper
{
    /// <summary>Maps a final note's service facts to session facts.</summary>
    /// <param name="facts">The service facts.</param>
    /// <param name="clinician">The rendering clinician (the facts' <see cref="SessionServiceFacts.RenderingClinicianId"/>).</param>
    /// <param name="history">The client's earlier visits.</param>
    /// <param name="options">The payer options; <see cref="SessionFactsOptions.Default"/> when null.</param>
    /// <returns>The session facts, or <see cref="PracticeErrorCodes.TelehealthConsentMissing"/> / <see cref="PracticeErrorCodes.CodesRefused"/> when the facts cannot be billed as recorded.</returns>
    /// <exception cref="ArgumentException">The clinician is not the rendering clinician.</exception>
    public static Result<SessionFacts> ToSessionFacts(SessionServiceFacts facts, PracticeClinician clinician, VisitHistory history, SessionFactsOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(clinician);
        ArgumentNullException.ThrowIfNull(history);
        options ??= SessionFactsOptions.Default;
        if (clinician.Id != facts.RenderingClinicianId)
        {
            throw new ArgumentException($"Note {facts.NoteId} was rendered by {facts.RenderingClinicianId}, not {clinician.Id}.", nameof(clinician));
        }

        if (facts.Modality != Modality.InPerson && !facts.TelehealthConsentConfirmed)
        {
            return new DomainError(
                PracticeErrorCodes.TelehealthConsentMissing,
                $"Note {facts.NoteId} documents a {facts.Modality} session without the client's telehealth consent; it is not billed as telehealth.",
                "R7.5",
                facts.NoteId.ToString());
        }

        if (facts.ServiceKind is RecordsKind.FamilyPsychotherapyWithClient or RecordsKind.FamilyPsychotherapyWithoutClient && facts.FamilyParticipantCount == 0)
        {
            return new DomainError(
                PracticeErrorCodes.CodesRefused,
                $"Note {facts.NoteId} documents family psychotherapy without a family member taking part.",
                "R1.12",
                facts.NoteId.ToString());
        }

        var medical = facts.ServiceKind == RecordsKind.DiagnosticEvaluation && facts.EvaluationAndManagementPerformed;
        var timed = facts.ServiceKind == RecordsKind.IndividualPsychotherapy && options.TimedUnitCode is not null;
        return new SessionFacts(
            facts.DateOfService,
            timed ? BillingKind.TimedUnits : KindFor(facts.ServiceKind, medical),
            facts.FaceToFaceMinutes,
            facts.Modality,
            facts.ClientLocation,
            EvaluationAndManagementPerformed: facts.EvaluationAndManagementPerformed && !medical,
            ProviderMayBillEvaluationAndManagement: clinician.MayBillEvaluationAndManagement,
            InteractiveComplexity: ComplexityFor(facts.InteractiveComplexity),
            GroupParticipants: facts.GroupParticipantCount ?? 0,
            PatientPresence: facts.ClientPresent ? PatientPresence.WholeSession : PatientPresence.LessThanMajority,
            TimedUnitCode: timed ? options.TimedUnitCode : null,
            HasPriorDiagnosticEvaluation: history.HasPriorDiagnosticEvaluation,
            LastVisitDate: history.LastVisitDate,
            LastInPersonVisitDate: history.LastInPersonVisitDate,
            FirstTelehealthServiceDate: history.FirstTelehealthServiceDate,
            PlaceOfServiceOverride: options.PlaceOfServiceOverride);
    }

    /// <summary>
    /// Returns the billing kind of a records service kind: diagnostic evaluation → 90791 (90792 with medical
    /// services), individual → time-based individual psychotherapy, family with or without the client → 90847 /
    /// 90846, group → 90853, multiple-family group → 90849, crisis → crisis psychotherapy.
    /// </summary>
    /// <param name="kind">The records kind.</param>
    /// <param name="withMedicalServices">Whether a diagnostic evaluation included medical services (an E/M was performed).</param>
    /// <returns>The billing kind.</returns>
    public static BillingKind KindFor(RecordsKind kind, bool withMedicalServices = false) => kind switch
    {
        RecordsKind.DiagnosticEvaluation => withMedicalServices ? BillingKind.DiagnosticEvaluationWithMedicalServices : BillingKind.DiagnosticEvaluation,
        RecordsKind.IndividualPsychotherapy => BillingKind.IndividualPsychotherapy,
        RecordsKind.FamilyPsychotherapyWithClient => BillingKind.FamilyWithPatient,
        RecordsKind.FamilyPsychotherapyWithoutClient => BillingKind.FamilyWithoutPatient,
        RecordsKind.GroupPsychotherapy => BillingKind.Group,
        RecordsKind.MultipleFamilyGroupPsychotherapy => BillingKind.MultipleFamilyGroup,
        RecordsKind.CrisisPsychotherapy => BillingKind.Crisis,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown service kind."),
    };

    /// <summary>Returns the billing factors of the records factors of interactive complexity (R1.11), factor by factor.</summary>
    /// <param name="factors">The records factors.</param>
    /// <returns>The billing factors.</returns>
    public static BillingComplexity ComplexityFor(RecordsComplexity factors)
    {
        var result = BillingComplexity.None;
        if ((factors & RecordsComplexity.MaladaptiveCommunication) != 0)
        {
            result |= BillingComplexity.MaladaptiveCommunication;
        }

        if ((factors & RecordsComplexity.CaregiverInterference) != 0)
        {
            result |= BillingComplexity.CaregiverInterference;
        }

        if ((factors & RecordsComplexity.SentinelEventMandatedReport) != 0)
        {
            result |= BillingComplexity.SentinelEventWithMandatedReport;
        }

        if ((factors & RecordsComplexity.CommunicationBarrierAids) != 0)
        {
            result |= BillingComplexity.CommunicationBarrierAids;
        }

        return result;
    }
}
