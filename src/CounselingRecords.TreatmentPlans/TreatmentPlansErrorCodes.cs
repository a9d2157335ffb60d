namespace CounselingRecords.TreatmentPlans;

/// <summary>
/// Stable error codes of the treatment-plans area (<c>treatment_plans.concept.reason</c>). Hosts switch on
/// them and translate them; the messages may change, the codes do not.
/// </summary>
public static class TreatmentPlansErrorCodes
{
    // Plan content (validation details).

    /// <summary>The client id is missing.</summary>
    public const string ClientRequired = "treatment_plans.plan.client_required";

    /// <summary>The authoring clinician is missing.</summary>
    public const string AuthorRequired = "treatment_plans.plan.author_required";

    /// <summary>A plan needs at least one problem (R7.5: diagnoses and anticipated goals).</summary>
    public const string ProblemsRequired = "treatment_plans.plan.problems_required";

    /// <summary>An id appears twice in one version of the plan.</summary>
    public const string DuplicateElementId = "treatment_plans.plan.duplicate_element_id";

    /// <summary>The estimated duration in weeks is not positive.</summary>
    public const string EstimatedDurationInvalid = "treatment_plans.plan.estimated_duration_invalid";

    /// <summary>A text is longer than allowed.</summary>
    public const string TextTooLong = "treatment_plans.text.too_long";

    /// <summary>A problem's diagnosis is not an ICD-10-CM code.</summary>
    public const string DiagnosisInvalid = "treatment_plans.problem.diagnosis_invalid";

    /// <summary>A problem has no statement.</summary>
    public const string ProblemStatementRequired = "treatment_plans.problem.statement_required";

    /// <summary>A problem has no goal.</summary>
    public const string GoalsRequired = "treatment_plans.problem.goals_required";

    /// <summary>A goal has no statement.</summary>
    public const string GoalStatementRequired = "treatment_plans.goal.statement_required";

    /// <summary>A goal has no target date (SMART goals are time-bound).</summary>
    public const string GoalTargetDateRequired = "treatment_plans.goal.target_date_required";

    /// <summary>A goal has no measurable objective.</summary>
    public const string ObjectivesRequired = "treatment_plans.goal.objectives_required";

    /// <summary>An objective has no statement.</summary>
    public const string ObjectiveStatementRequired = "treatment_plans.objective.statement_required";

    /// <summary>An objective's target date is after its goal's target date.</summary>
    public const string ObjectiveTargetAfterGoal = "treatment_plans.objective.target_date_after_goal";

    /// <summary>An objective has no intervention.</summary>
    public const string InterventionsRequired = "treatment_plans.objective.interventions_required";

    /// <summary>An objective has no measure.</summary>
    public const string MeasureRequired = "treatment_plans.objective.measure_required";

    /// <summary>An instrument-measured objective names no instrument code.</summary>
    public const string InstrumentCodeRequired = "treatment_plans.measure.instrument_code_required";

    /// <summary>An objective not measured by an instrument names an instrument code.</summary>
    public const string InstrumentCodeNotAllowed = "treatment_plans.measure.instrument_code_not_allowed";

    /// <summary>A frequency count or clinician rating does not say what is counted or rated.</summary>
    public const string MeasureUnitRequired = "treatment_plans.measure.unit_required";

    /// <summary>The target equals the baseline, so no change is asked for.</summary>
    public const string TargetEqualsBaseline = "treatment_plans.measure.target_equals_baseline";

    /// <summary>A baseline or target is negative.</summary>
    public const string MeasureValueNegative = "treatment_plans.measure.value_negative";

    /// <summary>An automatic-achievement rule based on classification needs an instrument-measured objective.</summary>
    public const string AutoAchieveNeedsInstrument = "treatment_plans.measure.auto_achieve_needs_instrument";

    /// <summary>An automatic-achievement rule value is not defined.</summary>
    public const string AutoAchieveRuleInvalid = "treatment_plans.measure.auto_achieve_rule_invalid";

    /// <summary>An intervention has no approach (what is done).</summary>
    public const string InterventionApproachRequired = "treatment_plans.intervention.approach_required";

    /// <summary>An intervention's frequency is not positive or its unit is not defined.</summary>
    public const string InterventionFrequencyInvalid = "treatment_plans.intervention.frequency_invalid";

    /// <summary>An intervention's session length is not positive.</summary>
    public const string InterventionMinutesInvalid = "treatment_plans.intervention.minutes_invalid";

    /// <summary>An intervention has no responsible clinician.</summary>
    public const string InterventionClinicianRequired = "treatment_plans.intervention.clinician_required";

    /// <summary>A delivery modality value is not defined.</summary>
    public const string InterventionModalityInvalid = "treatment_plans.intervention.modality_invalid";

    // Plan lifecycle.

    /// <summary>The plan is closed; it takes no further changes.</summary>
    public const string PlanClosed = "treatment_plans.plan.closed";

    /// <summary>A closing reason value is not defined.</summary>
    public const string ClosureReasonInvalid = "treatment_plans.plan.closure_reason_invalid";

    /// <summary>The plan would be closed before its first version took effect.</summary>
    public const string ClosedBeforeEffective = "treatment_plans.plan.closed_before_effective";

    /// <summary>A revision has no reason (R7.7: the reason and author of every change are kept).</summary>
    public const string RevisionReasonRequired = "treatment_plans.revision.reason_required";

    /// <summary>A revision names a problem, goal, objective or intervention id the plan never had.</summary>
    public const string RevisionUnknownElement = "treatment_plans.revision.unknown_element";

    /// <summary>A revision changes nothing.</summary>
    public const string RevisionNoChanges = "treatment_plans.revision.no_changes";

    /// <summary>A revision takes effect before the version it replaces.</summary>
    public const string RevisionEffectiveBeforePrevious = "treatment_plans.revision.effective_before_previous";

    /// <summary>A revision is recorded before the version it replaces was recorded.</summary>
    public const string RevisionRecordedBeforePrevious = "treatment_plans.revision.recorded_before_previous";

    /// <summary>A version number does not exist on the plan.</summary>
    public const string VersionNotFound = "treatment_plans.version.not_found";

    // Statuses.

    /// <summary>The goal or objective is not part of the plan's current version.</summary>
    public const string StatusElementNotInCurrentVersion = "treatment_plans.status.element_not_in_current_version";

    /// <summary>A status change names both or neither of a goal and an objective.</summary>
    public const string StatusElementRequired = "treatment_plans.status.element_required";

    /// <summary>The new status equals the current one.</summary>
    public const string StatusUnchanged = "treatment_plans.status.unchanged";

    /// <summary>The status transition is not allowed.</summary>
    public const string StatusTransitionNotAllowed = "treatment_plans.status.transition_not_allowed";

    /// <summary>The status value is not defined.</summary>
    public const string StatusInvalid = "treatment_plans.status.invalid";

    /// <summary>A status change has no reason.</summary>
    public const string StatusReasonRequired = "treatment_plans.status.reason_required";

    /// <summary>A status change is dated before the previous change of the same goal or objective.</summary>
    public const string StatusEffectiveBeforePrevious = "treatment_plans.status.effective_before_previous";

    // Signatures.

    /// <summary>The version is not the plan's current version; superseded versions are not signed (R7.6).</summary>
    public const string SignatureVersionSuperseded = "treatment_plans.signature.version_superseded";

    /// <summary>The role has already signed (or, for the client, acknowledged or refused) this version.</summary>
    public const string SignatureAlreadyRecorded = "treatment_plans.signature.already_recorded";

    /// <summary>The clinician must sign a version before the client or supervisor.</summary>
    public const string SignatureClinicianFirst = "treatment_plans.signature.clinician_first";

    /// <summary>The supervisor is the clinician who signed the version.</summary>
    public const string SignatureSupervisorIsAuthor = "treatment_plans.signature.supervisor_is_author";

    /// <summary>The signature is dated before the version was recorded.</summary>
    public const string SignatureBeforeVersion = "treatment_plans.signature.before_version";

    /// <summary>A clinician or supervisor signature names no clinician.</summary>
    public const string SignatureClinicianRequired = "treatment_plans.signature.clinician_required";

    /// <summary>A client refusal has no documented reason.</summary>
    public const string SignatureRefusalReasonRequired = "treatment_plans.signature.refusal_reason_required";

    /// <summary>Only a client (or the client's representative) can refuse; clinicians sign.</summary>
    public const string SignatureRefusalNotAllowed = "treatment_plans.signature.refusal_not_allowed";

    /// <summary>A client signature or refusal names no signer, or a representative signs without a name.</summary>
    public const string SignatureSignerRequired = "treatment_plans.signature.signer_required";

    /// <summary>A signature role or kind value is not defined.</summary>
    public const string SignatureRoleInvalid = "treatment_plans.signature.role_invalid";

    // Reviews.

    /// <summary>A review is dated before the current version took effect.</summary>
    public const string ReviewBeforeCurrentVersion = "treatment_plans.review.before_current_version";

    /// <summary>A review has no summary of goals and progress (R7.5).</summary>
    public const string ReviewSummaryRequired = "treatment_plans.review.summary_required";

    /// <summary>The reviewing clinician is missing.</summary>
    public const string ReviewerRequired = "treatment_plans.review.reviewer_required";

    /// <summary>A material change has no description.</summary>
    public const string MaterialChangeDescriptionRequired = "treatment_plans.material_change.description_required";

    /// <summary>A material-change kind value is not defined.</summary>
    public const string MaterialChangeKindInvalid = "treatment_plans.material_change.kind_invalid";

    /// <summary>A review cadence has no code or name.</summary>
    public const string CadenceCodeRequired = "treatment_plans.cadence.code_required";

    /// <summary>A review cadence interval is not between 1 and 366 days.</summary>
    public const string CadenceIntervalInvalid = "treatment_plans.cadence.interval_invalid";

    /// <summary>A review cadence names no rule or source.</summary>
    public const string CadenceSourceRequired = "treatment_plans.cadence.source_required";

    // Sessions.

    /// <summary>The note has already been linked to the plan.</summary>
    public const string SessionAlreadyRecorded = "treatment_plans.session.already_recorded";

    /// <summary>The note names an objective that is not in the plan version in effect on the session date.</summary>
    public const string SessionObjectiveNotInPlan = "treatment_plans.session.objective_not_in_plan";

    /// <summary>A session link names no objective.</summary>
    public const string SessionObjectivesRequired = "treatment_plans.session.objectives_required";

    /// <summary>A session link names the same objective twice.</summary>
    public const string SessionDuplicateObjective = "treatment_plans.session.duplicate_objective";

    /// <summary>A session link names no note.</summary>
    public const string SessionNoteRequired = "treatment_plans.session.note_required";

    /// <summary>The look-back window for objectives without sessions is not positive.</summary>
    public const string SessionWindowInvalid = "treatment_plans.session.window_invalid";

    // Measurements.

    /// <summary>The measurement id has already been recorded on the plan.</summary>
    public const string MeasurementAlreadyRecorded = "treatment_plans.measurement.already_recorded";

    /// <summary>A measurement names no id, no recorder or no score.</summary>
    public const string MeasurementIncomplete = "treatment_plans.measurement.incomplete";

    /// <summary>An observation names an objective that is not in the plan's current version.</summary>
    public const string MeasurementObjectiveNotFound = "treatment_plans.measurement.objective_not_found";

    /// <summary>An observation was given for an objective measured by an instrument (record the instrument score instead).</summary>
    public const string MeasurementKindMismatch = "treatment_plans.measurement.kind_mismatch";

    /// <summary>A frequency count is negative or not a whole number.</summary>
    public const string MeasurementCountInvalid = "treatment_plans.measurement.count_invalid";

    /// <summary>An observed value is negative.</summary>
    public const string MeasurementValueNegative = "treatment_plans.measurement.value_negative";

    // Instruments (R8.1-R8.4).

    /// <summary>An answer is outside the item's answer range (R8.4).</summary>
    public const string InstrumentAnswerOutOfRange = "treatment_plans.instrument.answer_out_of_range";

    /// <summary>Scored items are unanswered, so the response is not scored (R8.4).</summary>
    public const string InstrumentItemsMissing = "treatment_plans.instrument.items_missing";

    /// <summary>An answer names an item the instrument does not have.</summary>
    public const string InstrumentUnknownItem = "treatment_plans.instrument.unknown_item";

    /// <summary>An item is answered twice.</summary>
    public const string InstrumentDuplicateItem = "treatment_plans.instrument.duplicate_item";

    /// <summary>The response is for another instrument than the definition used to score it.</summary>
    public const string InstrumentCodeMismatch = "treatment_plans.instrument.code_mismatch";

    /// <summary>No instrument with that code is defined.</summary>
    public const string InstrumentUnknown = "treatment_plans.instrument.unknown";

    /// <summary>An instrument definition is not well formed (validation detail codes say how).</summary>
    public const string InstrumentDefinitionInvalid = "treatment_plans.instrument.definition_invalid";

    /// <summary>An instrument definition's items are not numbered 1..n or have an empty answer range.</summary>
    public const string InstrumentItemsInvalid = "treatment_plans.instrument.items_invalid";

    /// <summary>An instrument definition's severity bands do not cover the total range without gaps or overlaps.</summary>
    public const string InstrumentBandsInvalid = "treatment_plans.instrument.bands_invalid";

    /// <summary>An instrument definition's critical item or cut-off does not fit its items or total range.</summary>
    public const string InstrumentThresholdInvalid = "treatment_plans.instrument.threshold_invalid";

    // Progress evaluation (R8.5-R8.8).

    /// <summary>The preset has no change rule for the objective's instrument.</summary>
    public const string ProgressNoRuleForInstrument = "treatment_plans.progress.no_rule_for_instrument";

    /// <summary>There is no score after the baseline to compare with.</summary>
    public const string ProgressNoFollowUpScore = "treatment_plans.progress.no_follow_up_score";

    /// <summary>The objective is not measured by an instrument.</summary>
    public const string ProgressNotInstrumentMeasured = "treatment_plans.progress.not_instrument_measured";

    /// <summary>The objective is not in the plan's current version.</summary>
    public const string ProgressObjectiveNotFound = "treatment_plans.progress.objective_not_found";

    /// <summary>A change rule or preset is not well formed (validation detail codes say how).</summary>
    public const string ProgressRuleInvalid = "treatment_plans.progress.rule_invalid";
}
