namespace CounselingRecords.Policies;

/// <summary>Stable error codes of the office-policies area (<c>policies.concept.reason</c>).</summary>
public static class PoliciesErrorCodes
{
    /// <summary>A policy version belongs to another policy.</summary>
    public const string PolicyWrongId = "policies.cancellation_policy.wrong_policy";

    /// <summary>A policy version is not numbered one after the latest (the first is 1).</summary>
    public const string PolicyVersionOutOfSequence = "policies.cancellation_policy.version_out_of_sequence";

    /// <summary>A new policy version does not take effect after the previous one.</summary>
    public const string PolicyEffectiveNotAfterPrevious = "policies.cancellation_policy.effective_not_after_previous";

    /// <summary>A new policy version would take effect before the day it is published (R4.8: disclosed before it applies).</summary>
    public const string PolicyRetroactive = "policies.cancellation_policy.retroactive";

    /// <summary>No version of the policy is in effect on the date asked about.</summary>
    public const string PolicyNoVersionInEffect = "policies.cancellation_policy.no_version_in_effect";

    /// <summary>A policy has no name.</summary>
    public const string PolicyNameRequired = "policies.cancellation_policy.name_required";

    /// <summary>A policy name is longer than 200 characters.</summary>
    public const string PolicyNameTooLong = "policies.cancellation_policy.name_too_long";

    /// <summary>A notice window is longer than 30 days.</summary>
    public const string PolicyWindowTooLong = "policies.cancellation_policy.window_too_long";

    /// <summary>Business-day notice is more than 20 business days.</summary>
    public const string PolicyBusinessDaysTooMany = "policies.cancellation_policy.business_days_too_many";

    /// <summary>A percentage fee is above 100 % of the session fee.</summary>
    public const string PolicyPercentageAbove100 = "policies.cancellation_policy.percentage_above_100";

    /// <summary>A flat fee or cap has digits below the currency's minor unit.</summary>
    public const string PolicyAmountNotRounded = "policies.cancellation_policy.amount_not_rounded";

    /// <summary>A cap of zero: use no fee instead.</summary>
    public const string PolicyCapZero = "policies.cancellation_policy.cap_zero";

    /// <summary>A first-occurrence waiver or escalation period is longer than 36 months.</summary>
    public const string PolicyPeriodTooLong = "policies.cancellation_policy.period_too_long";

    /// <summary>A first-occurrence waiver forgives more than 12 events.</summary>
    public const string PolicyGraceTooGenerous = "policies.cancellation_policy.grace_too_generous";

    /// <summary>Two escalation rules take the same action.</summary>
    public const string PolicyEscalationDuplicate = "policies.cancellation_policy.escalation_duplicate";

    /// <summary>A session fee is negative or has digits below the minor unit.</summary>
    public const string AppointmentSessionFeeInvalid = "policies.appointment.session_fee_invalid";

    /// <summary>A session fee is not in the policy's currency.</summary>
    public const string AppointmentCurrencyMismatch = "policies.appointment.currency_mismatch";

    /// <summary>A fee exception has no reason.</summary>
    public const string ExceptionReasonRequired = "policies.fee_exception.reason_required";

    /// <summary>A fee exception reason is longer than 500 characters.</summary>
    public const string ExceptionReasonTooLong = "policies.fee_exception.reason_too_long";

    /// <summary>An exception was recorded for a cancellation by the clinician or practice, which is never charged anyway.</summary>
    public const string ExceptionNotNeeded = "policies.fee_exception.not_needed";

    /// <summary>Two coverage periods of the same rank overlap.</summary>
    public const string CoverageRankOverlap = "policies.coverage.rank_overlap";

    /// <summary>A policy document has no title.</summary>
    public const string DocumentTitleRequired = "policies.document.title_required";

    /// <summary>A policy document version has no text.</summary>
    public const string DocumentTextRequired = "policies.document.text_required";

    /// <summary>A policy document version is longer than 100 000 characters.</summary>
    public const string DocumentTextTooLong = "policies.document.text_too_long";

    /// <summary>A cancellation-and-fees document version must name the cancellation-policy version it discloses.</summary>
    public const string DocumentTermsRequired = "policies.document.terms_required";

    /// <summary>Only a cancellation-and-fees document names a cancellation-policy version.</summary>
    public const string DocumentTermsNotAllowed = "policies.document.terms_not_allowed";

    /// <summary>A document version would take effect before it is published.</summary>
    public const string DocumentEffectiveBeforePublication = "policies.document.effective_before_publication";

    /// <summary>A document version does not take effect after the previous one.</summary>
    public const string DocumentEffectiveNotAfterPrevious = "policies.document.effective_not_after_previous";

    /// <summary>The document has no version with that number.</summary>
    public const string DocumentUnknownVersion = "policies.document.unknown_version";

    /// <summary>No version of the document is in effect at the instant asked about.</summary>
    public const string DocumentNoVersionInEffect = "policies.document.no_version_in_effect";

    /// <summary>The client already acknowledged that document version and has not withdrawn.</summary>
    public const string AcknowledgmentDuplicate = "policies.acknowledgment.duplicate";

    /// <summary>An acknowledgment is dated before the document version was published.</summary>
    public const string AcknowledgmentBeforePublication = "policies.acknowledgment.before_publication";

    /// <summary>No acknowledgment of that document version is on record.</summary>
    public const string AcknowledgmentNotFound = "policies.acknowledgment.not_found";

    /// <summary>The acknowledgment was already withdrawn.</summary>
    public const string AcknowledgmentAlreadyWithdrawn = "policies.acknowledgment.already_withdrawn";

    /// <summary>A withdrawal is dated before the acknowledgment.</summary>
    public const string AcknowledgmentWithdrawnBeforeGiven = "policies.acknowledgment.withdrawn_before_given";

    /// <summary>A Medicaid member may not be asked to accept liability for missed appointments (R4.6).</summary>
    public const string AcknowledgmentMedicaidFeeAgreement = "policies.acknowledgment.medicaid_fee_agreement";

    /// <summary>An inquiry field holds a value outside its enumeration.</summary>
    public const string InquiryUnknownValue = "policies.inquiry.unknown_value";

    /// <summary>An inquiry names no one to contact.</summary>
    public const string InquiryContactNameRequired = "policies.inquiry.contact_name_required";

    /// <summary>An inquiry has neither a phone number nor an email address.</summary>
    public const string InquiryContactMethodRequired = "policies.inquiry.contact_method_required";

    /// <summary>The preferred contact method has no matching phone number or email address.</summary>
    public const string InquiryPreferredMethodMissing = "policies.inquiry.preferred_method_missing";

    /// <summary>A contact field is too long or malformed.</summary>
    public const string InquiryContactInvalid = "policies.inquiry.contact_invalid";

    /// <summary>An inquiry's reason is longer than the minimum necessary (500 characters).</summary>
    public const string InquiryReasonTooLong = "policies.inquiry.reason_too_long";

    /// <summary>A referral source is longer than 200 characters.</summary>
    public const string InquiryReferralSourceTooLong = "policies.inquiry.referral_source_too_long";

    /// <summary>The inquiry is closed.</summary>
    public const string InquiryClosed = "policies.inquiry.closed";

    /// <summary>Scheduling an intake or referring out needs a screened inquiry.</summary>
    public const string InquiryNotScreened = "policies.inquiry.not_screened";

    /// <summary>The screening found the practice is not the right fit; schedule no intake.</summary>
    public const string InquiryScreenedNotAppropriate = "policies.inquiry.screened_not_appropriate";

    /// <summary>A referral out names no destination.</summary>
    public const string InquiryReferralDestinationRequired = "policies.inquiry.referral_destination_required";

    /// <summary>A note on an inquiry step is longer than 1000 characters.</summary>
    public const string InquiryNoteTooLong = "policies.inquiry.note_too_long";

    /// <summary>A step is dated before the inquiry's previous step.</summary>
    public const string InquiryTimeBeforePreviousStep = "policies.inquiry.time_before_previous_step";

    /// <summary>An inquiry response target is not positive or longer than 30 days.</summary>
    public const string InquiryTargetInvalid = "policies.inquiry.target_invalid";

    /// <summary>A complaint field holds a value outside its enumeration.</summary>
    public const string ComplaintUnknownValue = "policies.complaint.unknown_value";

    /// <summary>A complaint has no summary.</summary>
    public const string ComplaintSummaryRequired = "policies.complaint.summary_required";

    /// <summary>A complaint summary is longer than 20 000 characters.</summary>
    public const string ComplaintSummaryTooLong = "policies.complaint.summary_too_long";

    /// <summary>A complaint against a clinician or staff member does not name them.</summary>
    public const string ComplaintSubjectRequired = "policies.complaint.subject_required";

    /// <summary>A complaint from a client or guardian does not name the client.</summary>
    public const string ComplaintClientRequired = "policies.complaint.client_required";

    /// <summary>A complainant or subject description is too long.</summary>
    public const string ComplaintPartyInvalid = "policies.complaint.party_invalid";

    /// <summary>The complaint is not in a state that allows this step.</summary>
    public const string ComplaintInvalidTransition = "policies.complaint.invalid_transition";

    /// <summary>A step is dated before the complaint's previous step.</summary>
    public const string ComplaintTimeBeforePreviousStep = "policies.complaint.time_before_previous_step";

    /// <summary>The clinician or staff member complained about cannot investigate the complaint.</summary>
    public const string ComplaintInvestigatorIsSubject = "policies.complaint.investigator_is_subject";

    /// <summary>A substantiated finding needs a corrective action.</summary>
    public const string ComplaintCorrectiveActionRequired = "policies.complaint.corrective_action_required";

    /// <summary>A finding, corrective action or response field is too long.</summary>
    public const string ComplaintResolutionInvalid = "policies.complaint.resolution_invalid";

    /// <summary>An escalation names no external body.</summary>
    public const string ComplaintExternalBodyRequired = "policies.complaint.external_body_required";

    /// <summary>Complaint deadlines are not positive or not in order (acknowledge ≤ resolve ≤ respond).</summary>
    public const string ComplaintTargetsInvalid = "policies.complaint.targets_invalid";
}
