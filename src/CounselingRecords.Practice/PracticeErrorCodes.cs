namespace CounselingRecords.Practice;

/// <summary>
/// Stable error codes raised by the practice workflows (<c>practice.concept.reason</c>). When a workflow refuses
/// because an area refused (a booking conflict, a coding rule, a ledger rule), the practice code says which step
/// failed and the area's own error is the first entry of <see cref="Results.DomainError.Details"/>.
/// </summary>
public static class PracticeErrorCodes
{
    /// <summary>The task is already completed or cancelled.</summary>
    public const string TaskNotOpen = "practice.task.not_open";

    /// <summary>A task cannot be cancelled without a reason.</summary>
    public const string TaskCancelReasonRequired = "practice.task.cancel_reason_required";

    /// <summary>A task cannot be closed before it was created.</summary>
    public const string TaskClosedBeforeCreated = "practice.task.closed_before_created";

    /// <summary>The documentation task given is about another appointment or note than the one billed.</summary>
    public const string TaskNotForThisNote = "practice.task.not_for_this_note";

    /// <summary>The clinician is not in the practice's clinician directory.</summary>
    public const string ClinicianUnknown = "practice.clinician.unknown";

    /// <summary>The scheduling area refused to mark the appointment arrived or completed.</summary>
    public const string CompletionRefused = "practice.appointment_completion.refused";

    /// <summary>The note is not signed: no codes are selected and no charge is made from unsigned documentation (R7.6).</summary>
    public const string NoteNotSigned = "practice.note_billing.note_not_signed";

    /// <summary>The note awaits its supervisor's co-signature: it is not final and cannot be billed yet (R7.6).</summary>
    public const string NoteAwaitingCoSign = "practice.note_billing.note_awaiting_cosign";

    /// <summary>The note was already billed: its charges are on the client's ledger.</summary>
    public const string NoteAlreadyBilled = "practice.note_billing.already_billed";

    /// <summary>A telehealth session's note does not confirm the client's telehealth consent.</summary>
    public const string TelehealthConsentMissing = "practice.note_billing.telehealth_consent_missing";

    /// <summary>Billing's code selector refused the session facts (the selector's error is the detail).</summary>
    public const string CodesRefused = "practice.note_billing.codes_refused";

    /// <summary>An E/M service was performed but the host gave no E/M code to report with the add-on (R1.6).</summary>
    public const string EvaluationAndManagementCodeRequired = "practice.note_billing.em_code_required";

    /// <summary>The E/M code given is not one a psychotherapy add-on may accompany (R1.6).</summary>
    public const string EvaluationAndManagementCodeInvalid = "practice.note_billing.em_code_invalid";

    /// <summary>A selected code could not be priced (the fee calculator's error is the detail).</summary>
    public const string FeeNotPriced = "practice.note_billing.fee_not_priced";

    /// <summary>The ledger refused a charge (the ledger's error is the detail).</summary>
    public const string ChargeRefused = "practice.note_billing.charge_refused";

    /// <summary>A group appointment is not cancelled for one client; remove the client from the group instead.</summary>
    public const string GroupAppointment = "practice.missed_appointment.group_appointment";

    /// <summary>The appointment is not open (already completed, cancelled, missed or moved).</summary>
    public const string AppointmentNotOpen = "practice.missed_appointment.appointment_not_open";

    /// <summary>The outcome of this appointment was already recorded.</summary>
    public const string OutcomeAlreadyRecorded = "practice.missed_appointment.already_recorded";

    /// <summary>No version of the cancellation policy is in effect for the appointment (the policy's error is the detail).</summary>
    public const string NoPolicyInEffect = "practice.missed_appointment.no_policy_in_effect";

    /// <summary>The scheduling area refused the cancellation or no-show transition (its error is the detail).</summary>
    public const string MissedTransitionRefused = "practice.missed_appointment.transition_refused";

    /// <summary>The ledger refused the missed-appointment fee (the ledger's error is the detail).</summary>
    public const string FeeChargeRefused = "practice.missed_appointment.fee_charge_refused";

    /// <summary>The inquiry is not screened as appropriate, or is already closed; it cannot be converted.</summary>
    public const string InquiryNotConvertible = "practice.inquiry_conversion.not_convertible";

    /// <summary>The appointment type booked is not one of the practice's intake types.</summary>
    public const string NotAnIntakeType = "practice.inquiry_conversion.not_an_intake_type";

    /// <summary>The client could not be registered (the records error is the detail).</summary>
    public const string RegistrationRefused = "practice.inquiry_conversion.registration_refused";

    /// <summary>The intake appointment could not be booked (each booking conflict is a detail).</summary>
    public const string IntakeBookingRefused = "practice.inquiry_conversion.booking_refused";

    /// <summary>The inquiry workflow refused to record the conversion (its error, for example an access denial, is the detail).</summary>
    public const string InquiryStepRefused = "practice.inquiry_conversion.inquiry_refused";

    /// <summary>Complaint tasks are opened for a received or acknowledged complaint only.</summary>
    public const string ComplaintNotOpen = "practice.complaint_tasks.complaint_not_open";

    /// <summary>The progress report could not be generated (the records error is the detail).</summary>
    public const string ProgressReportRefused = "practice.progress_report.refused";
}
