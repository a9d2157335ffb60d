namespace CounselingRecords.Records;

/// <summary>
/// The stable error codes of the clinical records package (<c>records.concept.reason</c>). Top-level codes name a
/// refused business operation; validation codes appear as details of a <c>core.validation.failed</c> error or of
/// an <c>….incomplete</c> error. Hosts switch on them; the messages are for people and may change.
/// </summary>
public static class RecordsErrorCodes
{
    /// <summary>Access request already completed.</summary>
    public const string AccessRequestAlreadyCompleted = "records.access_request.already_completed";

    /// <summary>Access request date out of order.</summary>
    public const string AccessRequestDateOutOfOrder = "records.access_request.date_out_of_order";

    /// <summary>Access request denial incomplete.</summary>
    public const string AccessRequestDenialIncomplete = "records.access_request.denial_incomplete";

    /// <summary>Access request format unknown.</summary>
    public const string AccessRequestFormatUnknown = "records.access_request.format_unknown";

    /// <summary>Access request kind duplicate.</summary>
    public const string AccessRequestKindDuplicate = "records.access_request.kind_duplicate";

    /// <summary>Access request kinds missing.</summary>
    public const string AccessRequestKindsMissing = "records.access_request.kinds_missing";

    /// <summary>Access request psychotherapy note excluded. (R7.3)</summary>
    public const string AccessRequestPsychotherapyNoteExcluded = "records.access_request.psychotherapy_note_excluded";

    /// <summary>Access request range invalid.</summary>
    public const string AccessRequestRangeInvalid = "records.access_request.range_invalid";

    /// <summary>Access request record not requested.</summary>
    public const string AccessRequestRecordNotRequested = "records.access_request.record_not_requested";

    /// <summary>Addendum amendment request missing.</summary>
    public const string AddendumAmendmentRequestMissing = "records.addendum.amendment_request_missing";

    /// <summary>Addendum kind unknown.</summary>
    public const string AddendumKindUnknown = "records.addendum.kind_unknown";

    /// <summary>Addendum reason missing. (R7.7)</summary>
    public const string AddendumReasonMissing = "records.addendum.reason_missing";

    /// <summary>Addendum requires signed record. (R7.7)</summary>
    public const string AddendumRequiresSignedRecord = "records.addendum.requires_signed_record";

    /// <summary>Addendum text missing.</summary>
    public const string AddendumTextMissing = "records.addendum.text_missing";

    /// <summary>Amendment addendum mismatch.</summary>
    public const string AmendmentAddendumMismatch = "records.amendment.addendum_mismatch";

    /// <summary>Amendment already decided.</summary>
    public const string AmendmentAlreadyDecided = "records.amendment.already_decided";

    /// <summary>Amendment change missing.</summary>
    public const string AmendmentChangeMissing = "records.amendment.change_missing";

    /// <summary>Amendment date out of order.</summary>
    public const string AmendmentDateOutOfOrder = "records.amendment.date_out_of_order";

    /// <summary>Amendment decider missing.</summary>
    public const string AmendmentDeciderMissing = "records.amendment.decider_missing";

    /// <summary>Amendment denial basis missing.</summary>
    public const string AmendmentDenialBasisMissing = "records.amendment.denial_basis_missing";

    /// <summary>Amendment denial complaint contact missing.</summary>
    public const string AmendmentDenialComplaintContactMissing = "records.amendment.denial_complaint_contact_missing";

    /// <summary>Amendment denial disagreement missing.</summary>
    public const string AmendmentDenialDisagreementMissing = "records.amendment.denial_disagreement_missing";

    /// <summary>Amendment denial ground unknown.</summary>
    public const string AmendmentDenialGroundUnknown = "records.amendment.denial_ground_unknown";

    /// <summary>Amendment disagreement already filed.</summary>
    public const string AmendmentDisagreementAlreadyFiled = "records.amendment.disagreement_already_filed";

    /// <summary>Amendment disagreement missing.</summary>
    public const string AmendmentDisagreementMissing = "records.amendment.disagreement_missing";

    /// <summary>Amendment no disagreement.</summary>
    public const string AmendmentNoDisagreement = "records.amendment.no_disagreement";

    /// <summary>Amendment not accepted.</summary>
    public const string AmendmentNotAccepted = "records.amendment.not_accepted";

    /// <summary>Amendment not denied.</summary>
    public const string AmendmentNotDenied = "records.amendment.not_denied";

    /// <summary>Amendment notify blank.</summary>
    public const string AmendmentNotifyBlank = "records.amendment.notify_blank";

    /// <summary>Amendment psychotherapy note excluded. (R7.8)</summary>
    public const string AmendmentPsychotherapyNoteExcluded = "records.amendment.psychotherapy_note_excluded";

    /// <summary>Amendment reason missing.</summary>
    public const string AmendmentReasonMissing = "records.amendment.reason_missing";

    /// <summary>Amendment rebuttal already written.</summary>
    public const string AmendmentRebuttalAlreadyWritten = "records.amendment.rebuttal_already_written";

    /// <summary>Amendment rebuttal missing.</summary>
    public const string AmendmentRebuttalMissing = "records.amendment.rebuttal_missing";

    /// <summary>Amendment target invalid.</summary>
    public const string AmendmentTargetInvalid = "records.amendment.target_invalid";

    /// <summary>Attestation not needed. (R7.6)</summary>
    public const string AttestationNotNeeded = "records.signature.attestation_not_needed";

    /// <summary>Attestation required. (R7.6)</summary>
    public const string AttestationRequired = "records.signature.attestation_required";

    /// <summary>Break glass justification missing.</summary>
    public const string BreakGlassJustificationMissing = "records.break_glass.justification_missing";

    /// <summary>Break glass reason unknown.</summary>
    public const string BreakGlassReasonUnknown = "records.break_glass.reason_unknown";

    /// <summary>Care team clinician missing.</summary>
    public const string CareTeamClinicianMissing = "records.care_team.clinician_missing";

    /// <summary>Care team member not found.</summary>
    public const string CareTeamMemberNotFound = "records.care_team.member_not_found";

    /// <summary>Care team supervisor is clinician.</summary>
    public const string CareTeamSupervisorIsClinician = "records.care_team.supervisor_is_clinician";

    /// <summary>Care team supervisor without clinician.</summary>
    public const string CareTeamSupervisorWithoutClinician = "records.care_team.supervisor_without_clinician";

    /// <summary>Client archived.</summary>
    public const string ClientArchived = "records.client.archived";

    /// <summary>Client date of birth implausible.</summary>
    public const string ClientDateOfBirthImplausible = "records.client.date_of_birth_implausible";

    /// <summary>Client discharge reason missing.</summary>
    public const string ClientDischargeReasonMissing = "records.client.discharge_reason_missing";

    /// <summary>Client discharge reason not applicable.</summary>
    public const string ClientDischargeReasonNotApplicable = "records.client.discharge_reason_not_applicable";

    /// <summary>Client legal name missing.</summary>
    public const string ClientLegalNameMissing = "records.client.legal_name_missing";

    /// <summary>Client minor without guardian.</summary>
    public const string ClientMinorWithoutGuardian = "records.client.minor_without_guardian";

    /// <summary>Client not in care.</summary>
    public const string ClientNotInCare = "records.client.not_in_care";

    /// <summary>Client status date out of order.</summary>
    public const string ClientStatusDateOutOfOrder = "records.client.status_date_out_of_order";

    /// <summary>Client status reason missing.</summary>
    public const string ClientStatusReasonMissing = "records.client.status_reason_missing";

    /// <summary>Client status unknown.</summary>
    public const string ClientStatusUnknown = "records.client.status_unknown";

    /// <summary>Client transition not allowed.</summary>
    public const string ClientTransitionNotAllowed = "records.client.transition_not_allowed";

    /// <summary>Co signer is author.</summary>
    public const string CoSignerIsAuthor = "records.supervision.cosigner_is_author";

    /// <summary>Consent channel unknown.</summary>
    public const string ConsentChannelUnknown = "records.consent.channel_unknown";

    /// <summary>Consent out of order.</summary>
    public const string ConsentOutOfOrder = "records.consent.out_of_order";

    /// <summary>Contact address missing.</summary>
    public const string ContactAddressMissing = "records.contact.address_missing";

    /// <summary>Contact email invalid.</summary>
    public const string ContactEmailInvalid = "records.contact.email_invalid";

    /// <summary>Contact name missing.</summary>
    public const string ContactNameMissing = "records.contact.name_missing";

    /// <summary>Contact relationship missing.</summary>
    public const string ContactRelationshipMissing = "records.contact.relationship_missing";

    /// <summary>Contact role missing.</summary>
    public const string ContactRoleMissing = "records.contact.role_missing";

    /// <summary>Contact unreachable.</summary>
    public const string ContactUnreachable = "records.contact.unreachable";

    /// <summary>Deadline already extended. (R7.3, R7.8)</summary>
    public const string DeadlineAlreadyExtended = "records.deadline.already_extended";

    /// <summary>Deadline extension days invalid.</summary>
    public const string DeadlineExtensionDaysInvalid = "records.deadline.extension_days_invalid";

    /// <summary>Deadline extension notice late. (R7.3, R7.8)</summary>
    public const string DeadlineExtensionNoticeLate = "records.deadline.extension_notice_late";

    /// <summary>Deadline extension reason missing.</summary>
    public const string DeadlineExtensionReasonMissing = "records.deadline.extension_reason_missing";

    /// <summary>Deadline extension too long. (R7.3, R7.8)</summary>
    public const string DeadlineExtensionTooLong = "records.deadline.extension_too_long";

    /// <summary>Diagnosis duplicate.</summary>
    public const string DiagnosisDuplicate = "records.diagnosis.duplicate";

    /// <summary>Diagnosis invalid code.</summary>
    public const string DiagnosisInvalidCode = "records.diagnosis.invalid_code";

    /// <summary>Diagnosis primary required.</summary>
    public const string DiagnosisPrimaryRequired = "records.diagnosis.primary_required";

    /// <summary>Document already signed. (R7.7)</summary>
    public const string DocumentAlreadySigned = "records.document.already_signed";

    /// <summary>Document awaiting co sign.</summary>
    public const string DocumentAwaitingCoSign = "records.document.awaiting_cosign";

    /// <summary>Document locked. (R7.7)</summary>
    public const string DocumentLocked = "records.document.locked";

    /// <summary>Document not signed. (R7.6)</summary>
    public const string DocumentNotSigned = "records.document.not_signed";

    /// <summary>Intake history missing.</summary>
    public const string IntakeHistoryMissing = "records.intake.history_missing";

    /// <summary>Intake incomplete. (R7.5)</summary>
    public const string IntakeIncomplete = "records.intake.incomplete";

    /// <summary>Intake mental status missing.</summary>
    public const string IntakeMentalStatusMissing = "records.intake.mental_status_missing";

    /// <summary>Intake presenting problem missing.</summary>
    public const string IntakePresentingProblemMissing = "records.intake.presenting_problem_missing";

    /// <summary>Intake recommendations missing.</summary>
    public const string IntakeRecommendationsMissing = "records.intake.recommendations_missing";

    /// <summary>Intake strengths missing.</summary>
    public const string IntakeStrengthsMissing = "records.intake.strengths_missing";

    /// <summary>Legal hold already released.</summary>
    public const string LegalHoldAlreadyReleased = "records.legal_hold.already_released";

    /// <summary>Legal hold duplicate. (R7.11)</summary>
    public const string LegalHoldDuplicate = "records.legal_hold.duplicate";

    /// <summary>Legal hold matter missing.</summary>
    public const string LegalHoldMatterMissing = "records.legal_hold.matter_missing";

    /// <summary>Legal hold not found.</summary>
    public const string LegalHoldNotFound = "records.legal_hold.not_found";

    /// <summary>Legal hold reference missing.</summary>
    public const string LegalHoldReferenceMissing = "records.legal_hold.reference_missing";

    /// <summary>Legal hold released before placed.</summary>
    public const string LegalHoldReleasedBeforePlaced = "records.legal_hold.released_before_placed";

    /// <summary>Measurement instrument missing.</summary>
    public const string MeasurementInstrumentMissing = "records.measurement.instrument_missing";

    /// <summary>Not designated supervisor.</summary>
    public const string NotDesignatedSupervisor = "records.supervision.not_designated_supervisor";

    /// <summary>Not pending co sign.</summary>
    public const string NotPendingCoSign = "records.supervision.not_pending_cosign";

    /// <summary>Note client location unknown.</summary>
    public const string NoteClientLocationUnknown = "records.note.client_location_unknown";

    /// <summary>Note client must be absent.</summary>
    public const string NoteClientMustBeAbsent = "records.note.client_must_be_absent";

    /// <summary>Note client must be present. (R1.5)</summary>
    public const string NoteClientMustBePresent = "records.note.client_must_be_present";

    /// <summary>Note diagnosis missing.</summary>
    public const string NoteDiagnosisMissing = "records.note.diagnosis_missing";

    /// <summary>Note family participant missing. (R1.12)</summary>
    public const string NoteFamilyParticipantMissing = "records.note.family_participant_missing";

    /// <summary>Note format unknown.</summary>
    public const string NoteFormatUnknown = "records.note.format_unknown";

    /// <summary>Note functional status missing.</summary>
    public const string NoteFunctionalStatusMissing = "records.note.functional_status_missing";

    /// <summary>Note group size missing. (R1.13)</summary>
    public const string NoteGroupSizeMissing = "records.note.group_size_missing";

    /// <summary>Note group size not applicable.</summary>
    public const string NoteGroupSizeNotApplicable = "records.note.group_size_not_applicable";

    /// <summary>Note incomplete. (R7.5)</summary>
    public const string NoteIncomplete = "records.note.incomplete";

    /// <summary>Note interactive complexity unknown.</summary>
    public const string NoteInteractiveComplexityUnknown = "records.note.interactive_complexity_unknown";

    /// <summary>Note intervention blank.</summary>
    public const string NoteInterventionBlank = "records.note.intervention_blank";

    /// <summary>Note interventions missing.</summary>
    public const string NoteInterventionsMissing = "records.note.interventions_missing";

    /// <summary>Note modality unknown.</summary>
    public const string NoteModalityUnknown = "records.note.modality_unknown";

    /// <summary>Note next session not after service.</summary>
    public const string NoteNextSessionNotAfterService = "records.note.next_session_not_after_service";

    /// <summary>Note objective duplicate.</summary>
    public const string NoteObjectiveDuplicate = "records.note.objective_duplicate";

    /// <summary>Note objective invalid.</summary>
    public const string NoteObjectiveInvalid = "records.note.objective_invalid";

    /// <summary>Note objective progress missing.</summary>
    public const string NoteObjectiveProgressMissing = "records.note.objective_progress_missing";

    /// <summary>Note participant invalid.</summary>
    public const string NoteParticipantInvalid = "records.note.participant_invalid";

    /// <summary>Note section missing. (R7.5)</summary>
    public const string NoteSectionMissing = "records.note.section_missing";

    /// <summary>Note section not in format.</summary>
    public const string NoteSectionNotInFormat = "records.note.section_not_in_format";

    /// <summary>Note service kind unknown.</summary>
    public const string NoteServiceKindUnknown = "records.note.service_kind_unknown";

    /// <summary>Note session too long.</summary>
    public const string NoteSessionTooLong = "records.note.session_too_long";

    /// <summary>Note symptoms missing.</summary>
    public const string NoteSymptomsMissing = "records.note.symptoms_missing";

    /// <summary>Note telehealth consent missing. (R7.5)</summary>
    public const string NoteTelehealthConsentMissing = "records.note.telehealth_consent_missing";

    /// <summary>Note times missing.</summary>
    public const string NoteTimesMissing = "records.note.times_missing";

    /// <summary>Note times out of order.</summary>
    public const string NoteTimesOutOfOrder = "records.note.times_out_of_order";

    /// <summary>Progress report appointment duplicate.</summary>
    public const string ProgressReportAppointmentDuplicate = "records.progress_report.appointment_duplicate";

    /// <summary>Progress report appointment invalid.</summary>
    public const string ProgressReportAppointmentInvalid = "records.progress_report.appointment_invalid";

    /// <summary>Progress report incomplete.</summary>
    public const string ProgressReportIncomplete = "records.progress_report.incomplete";

    /// <summary>Progress report objective duplicate.</summary>
    public const string ProgressReportObjectiveDuplicate = "records.progress_report.objective_duplicate";

    /// <summary>Progress report objective invalid.</summary>
    public const string ProgressReportObjectiveInvalid = "records.progress_report.objective_invalid";

    /// <summary>Progress report period invalid.</summary>
    public const string ProgressReportPeriodInvalid = "records.progress_report.period_invalid";

    /// <summary>Progress report plan change invalid.</summary>
    public const string ProgressReportPlanChangeInvalid = "records.progress_report.plan_change_invalid";

    /// <summary>Progress report recommendations missing.</summary>
    public const string ProgressReportRecommendationsMissing = "records.progress_report.recommendations_missing";

    /// <summary>Progress report summary missing.</summary>
    public const string ProgressReportSummaryMissing = "records.progress_report.summary_missing";

    /// <summary>Psychotherapy note content missing.</summary>
    public const string PsychotherapyNoteContentMissing = "records.psychotherapy_note.content_missing";

    /// <summary>Record author missing.</summary>
    public const string RecordAuthorMissing = "records.record.author_missing";

    /// <summary>Record client missing.</summary>
    public const string RecordClientMissing = "records.record.client_missing";

    /// <summary>Record identity changed.</summary>
    public const string RecordIdentityChanged = "records.record.identity_changed";

    /// <summary>Record of another client.</summary>
    public const string RecordOfAnotherClient = "records.record.of_another_client";

    /// <summary>Retention age of majority invalid.</summary>
    public const string RetentionAgeOfMajorityInvalid = "records.retention.age_of_majority_invalid";

    /// <summary>Retention name missing.</summary>
    public const string RetentionNameMissing = "records.retention.name_missing";

    /// <summary>Retention no general rule.</summary>
    public const string RetentionNoGeneralRule = "records.retention.no_general_rule";

    /// <summary>Retention period invalid.</summary>
    public const string RetentionPeriodInvalid = "records.retention.period_invalid";

    /// <summary>Retention rule duplicate.</summary>
    public const string RetentionRuleDuplicate = "records.retention.rule_duplicate";

    /// <summary>Retention rule invalid.</summary>
    public const string RetentionRuleInvalid = "records.retention.rule_invalid";

    /// <summary>Review comment required.</summary>
    public const string ReviewCommentRequired = "records.supervision.comment_required";

    /// <summary>Risk assessment missing. (R8.2)</summary>
    public const string RiskAssessmentMissing = "records.risk.assessment_missing";

    /// <summary>Risk level inconsistent.</summary>
    public const string RiskLevelInconsistent = "records.risk.level_inconsistent";

    /// <summary>Risk value unknown.</summary>
    public const string RiskValueUnknown = "records.risk.value_unknown";

    /// <summary>Safety flag clear reason missing.</summary>
    public const string SafetyFlagClearReasonMissing = "records.safety_flag.clear_reason_missing";

    /// <summary>Safety flag cleared before raised.</summary>
    public const string SafetyFlagClearedBeforeRaised = "records.safety_flag.cleared_before_raised";

    /// <summary>Safety flag not active.</summary>
    public const string SafetyFlagNotActive = "records.safety_flag.not_active";

    /// <summary>Safety plan missing. (R8.2)</summary>
    public const string SafetyPlanMissing = "records.risk.safety_plan_missing";

    /// <summary>Section duplicate.</summary>
    public const string SectionDuplicate = "records.section.duplicate";

    /// <summary>Section unknown.</summary>
    public const string SectionUnknown = "records.section.unknown";

    /// <summary>Signature out of order.</summary>
    public const string SignatureOutOfOrder = "records.signature.out_of_order";

    /// <summary>Signature tampered.</summary>
    public const string SignatureTampered = "records.signature.tampered";

    /// <summary>Signed before session end.</summary>
    public const string SignedBeforeSessionEnd = "records.signature.before_session_end";

    /// <summary>Signer credentials missing. (R7.6)</summary>
    public const string SignerCredentialsMissing = "records.signature.signer_credentials_missing";

    /// <summary>Signer id missing.</summary>
    public const string SignerIdMissing = "records.signature.signer_id_missing";

    /// <summary>Signer name missing. (R7.6)</summary>
    public const string SignerNameMissing = "records.signature.signer_name_missing";

    /// <summary>Signer not author. (R7.6)</summary>
    public const string SignerNotAuthor = "records.signature.signer_not_author";

    /// <summary>Text too long.</summary>
    public const string TextTooLong = "records.text.too_long";

    /// <summary>The purpose of a psychotherapy-note access is not a known one. (R7.2)</summary>
    public const string PsychotherapyNoteAccessPurposeUnknown = "records.psychotherapy_note_access.purpose_unknown";

    /// <summary>A psychotherapy-note access by someone other than the author states no justification. (R7.2)</summary>
    public const string PsychotherapyNoteAccessJustificationMissing = "records.psychotherapy_note_access.justification_missing";

    /// <summary>The purpose is a specific authorization but none is given. (R7.2)</summary>
    public const string PsychotherapyNoteAuthorizationMissing = "records.psychotherapy_note_access.authorization_missing";

    /// <summary>The accounting of disclosures was already extended once. (R7.9)</summary>
    public const string AccountingExtensionAlreadyUsed = "records.accounting.extension_already_used";

    /// <summary>The extension notice of an accounting is given within 60 days of receipt. (R7.9)</summary>
    public const string AccountingExtensionTooLate = "records.accounting.extension_too_late";

    /// <summary>An addendum or late entry is written after the payer's late-entry window (for example 45 days, Alabama Medicaid). (R7.7)</summary>
    public const string LateEntryWindowClosed = "records.late_entry.window_closed";
}
