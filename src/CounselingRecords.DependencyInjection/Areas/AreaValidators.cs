using FluentValidation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CounselingRecords.DependencyInjection.Areas;

/// <summary>
/// The areas' input validators without construction arguments, registered as <see cref="IValidator{T}"/> singletons
/// (they are stateless). Validators that take the input's context (an instrument definition, a policy document kind,
/// a claim's payer and submission date) are built by the caller for that input; <c>AppointmentFactsValidator</c> is
/// registered with the practice's cancellation policy currency by <see cref="AreaDefaults"/>.
/// </summary>
internal static class AreaValidators
{
    /// <summary>Registers the validators of <c>CounselingRecords.Records</c>.</summary>
    /// <param name="services">The services.</param>
    public static void AddRecords(IServiceCollection services)
    {
        services.TryAddSingleton<IValidator<global::CounselingRecords.Records.Amendments.AddendumDraft>, global::CounselingRecords.Records.Amendments.AddendumDraftValidator>();
        services.TryAddSingleton<IValidator<global::CounselingRecords.Records.Amendments.AmendmentDenial>, global::CounselingRecords.Records.Amendments.AmendmentDenialValidator>();
        services.TryAddSingleton<IValidator<global::CounselingRecords.Records.Amendments.AmendmentRequestSubmission>, global::CounselingRecords.Records.Amendments.AmendmentRequestSubmissionValidator>();
        services.TryAddSingleton<IValidator<global::CounselingRecords.Records.AccessControl.BreakGlassRequest>, global::CounselingRecords.Records.AccessControl.BreakGlassRequestValidator>();
        services.TryAddSingleton<IValidator<global::CounselingRecords.Records.Clients.ClientContact>, global::CounselingRecords.Records.Clients.ClientContactValidator>();
        services.TryAddSingleton<IValidator<global::CounselingRecords.Records.Clients.ClientDemographics>, global::CounselingRecords.Records.Clients.ClientDemographicsValidator>();
        services.TryAddSingleton<IValidator<global::CounselingRecords.Records.Clients.ClientRegistration>, global::CounselingRecords.Records.Clients.ClientRegistrationValidator>();
        services.TryAddSingleton<IValidator<global::CounselingRecords.Records.Deadlines.DeadlineExtensionRequest>, global::CounselingRecords.Records.Deadlines.DeadlineExtensionRequestValidator>();
        services.TryAddSingleton<IValidator<global::CounselingRecords.Records.Clinical.DiagnosisInput>, global::CounselingRecords.Records.Clinical.DiagnosisInputValidator>();
        services.TryAddSingleton<IValidator<global::CounselingRecords.Records.Intake.IntakeAssessmentDraft>, global::CounselingRecords.Records.Intake.IntakeAssessmentDraftValidator>();
        services.TryAddSingleton<IValidator<global::CounselingRecords.Records.Intake.IntakeAssessment>, global::CounselingRecords.Records.Intake.IntakeAssessmentSigningValidator>();
        services.TryAddSingleton<IValidator<global::CounselingRecords.Records.Retention.LegalHold>, global::CounselingRecords.Records.Retention.LegalHoldValidator>();
        services.TryAddSingleton<IValidator<global::CounselingRecords.Records.ProgressReports.ProgressReportInputs>, global::CounselingRecords.Records.ProgressReports.ProgressReportInputsValidator>();
        services.TryAddSingleton<IValidator<global::CounselingRecords.Records.ProgressReports.ProgressReportNarrative>, global::CounselingRecords.Records.ProgressReports.ProgressReportNarrativeValidator>();
        services.TryAddSingleton<IValidator<global::CounselingRecords.Records.ProgressReports.ProgressReport>, global::CounselingRecords.Records.ProgressReports.ProgressReportSigningValidator>();
        services.TryAddSingleton<IValidator<global::CounselingRecords.Records.AccessControl.PsychotherapyNoteAccessRequest>, global::CounselingRecords.Records.AccessControl.PsychotherapyNoteAccessRequestValidator>();
        services.TryAddSingleton<IValidator<global::CounselingRecords.Records.PsychotherapyNotes.PsychotherapyNoteDraft>, global::CounselingRecords.Records.PsychotherapyNotes.PsychotherapyNoteDraftValidator>();
        services.TryAddSingleton<IValidator<global::CounselingRecords.Records.AccessRequests.RecordAccessRequestSubmission>, global::CounselingRecords.Records.AccessRequests.RecordAccessRequestSubmissionValidator>();
        services.TryAddSingleton<IValidator<global::CounselingRecords.Records.Retention.RetentionPolicy>, global::CounselingRecords.Records.Retention.RetentionPolicyValidator>();
        services.TryAddSingleton<IValidator<global::CounselingRecords.Records.Clinical.RiskAssessment>, global::CounselingRecords.Records.Clinical.RiskAssessmentValidator>();
        services.TryAddSingleton<IValidator<global::CounselingRecords.Records.Notes.SessionNoteDraft>, global::CounselingRecords.Records.Notes.SessionNoteDraftValidator>();
        services.TryAddSingleton<IValidator<global::CounselingRecords.Records.Notes.SessionNote>, global::CounselingRecords.Records.Notes.SessionNoteSigningValidator>();
        services.TryAddSingleton<IValidator<global::CounselingRecords.Records.Signing.SignerIdentity>, global::CounselingRecords.Records.Signing.SignerIdentityValidator>();
        services.TryAddSingleton<IValidator<global::CounselingRecords.Records.Clients.StatusChangeRequest>, global::CounselingRecords.Records.Clients.StatusChangeRequestValidator>();
    }

    /// <summary>Registers the validators of <c>CounselingRecords.TreatmentPlans</c>.</summary>
    /// <param name="services">The services.</param>
    public static void AddTreatmentPlans(IServiceCollection services)
    {
        services.TryAddSingleton<IValidator<global::CounselingRecords.TreatmentPlans.Statuses.ChangeStatusRequest>, global::CounselingRecords.TreatmentPlans.Statuses.ChangeStatusRequestValidator>();
        services.TryAddSingleton<IValidator<global::CounselingRecords.TreatmentPlans.Plans.ClosePlanRequest>, global::CounselingRecords.TreatmentPlans.Plans.ClosePlanRequestValidator>();
        services.TryAddSingleton<IValidator<global::CounselingRecords.TreatmentPlans.Plans.CreateTreatmentPlanRequest>, global::CounselingRecords.TreatmentPlans.Plans.CreateTreatmentPlanRequestValidator>();
        services.TryAddSingleton<IValidator<global::CounselingRecords.TreatmentPlans.Plans.GoalInput>, global::CounselingRecords.TreatmentPlans.Plans.GoalInputValidator>();
        services.TryAddSingleton<IValidator<global::CounselingRecords.TreatmentPlans.Progress.InstrumentChangeRuleInput>, global::CounselingRecords.TreatmentPlans.Progress.InstrumentChangeRuleInputValidator>();
        services.TryAddSingleton<IValidator<global::CounselingRecords.TreatmentPlans.Instruments.InstrumentDefinitionInput>, global::CounselingRecords.TreatmentPlans.Instruments.InstrumentDefinitionInputValidator>();
        services.TryAddSingleton<IValidator<global::CounselingRecords.TreatmentPlans.Plans.InterventionInput>, global::CounselingRecords.TreatmentPlans.Plans.InterventionInputValidator>();
        services.TryAddSingleton<IValidator<global::CounselingRecords.TreatmentPlans.Plans.MeasureInput>, global::CounselingRecords.TreatmentPlans.Plans.MeasureInputValidator>();
        services.TryAddSingleton<IValidator<global::CounselingRecords.TreatmentPlans.Plans.ObjectiveInput>, global::CounselingRecords.TreatmentPlans.Plans.ObjectiveInputValidator>();
        services.TryAddSingleton<IValidator<global::CounselingRecords.TreatmentPlans.Plans.PlanContentInput>, global::CounselingRecords.TreatmentPlans.Plans.PlanContentInputValidator>();
        services.TryAddSingleton<IValidator<global::CounselingRecords.TreatmentPlans.Plans.ProblemInput>, global::CounselingRecords.TreatmentPlans.Plans.ProblemInputValidator>();
        services.TryAddSingleton<IValidator<global::CounselingRecords.TreatmentPlans.Measurements.RecordInstrumentScoreRequest>, global::CounselingRecords.TreatmentPlans.Measurements.RecordInstrumentScoreRequestValidator>();
        services.TryAddSingleton<IValidator<global::CounselingRecords.TreatmentPlans.Reviews.RecordMaterialChangeRequest>, global::CounselingRecords.TreatmentPlans.Reviews.RecordMaterialChangeRequestValidator>();
        services.TryAddSingleton<IValidator<global::CounselingRecords.TreatmentPlans.Measurements.RecordObservationRequest>, global::CounselingRecords.TreatmentPlans.Measurements.RecordObservationRequestValidator>();
        services.TryAddSingleton<IValidator<global::CounselingRecords.TreatmentPlans.Reviews.RecordReviewRequest>, global::CounselingRecords.TreatmentPlans.Reviews.RecordReviewRequestValidator>();
        services.TryAddSingleton<IValidator<global::CounselingRecords.TreatmentPlans.Sessions.RecordSessionRequest>, global::CounselingRecords.TreatmentPlans.Sessions.RecordSessionRequestValidator>();
        services.TryAddSingleton<IValidator<global::CounselingRecords.TreatmentPlans.Reviews.ReviewCadenceInput>, global::CounselingRecords.TreatmentPlans.Reviews.ReviewCadenceInputValidator>();
        services.TryAddSingleton<IValidator<global::CounselingRecords.TreatmentPlans.Plans.RevisePlanRequest>, global::CounselingRecords.TreatmentPlans.Plans.RevisePlanRequestValidator>();
        services.TryAddSingleton<IValidator<global::CounselingRecords.TreatmentPlans.Signatures.SignVersionRequest>, global::CounselingRecords.TreatmentPlans.Signatures.SignVersionRequestValidator>();
    }

    /// <summary>Registers the validators of <c>CounselingRecords.Scheduling</c>.</summary>
    /// <param name="services">The services.</param>
    public static void AddScheduling(IServiceCollection services)
    {
        services.TryAddSingleton<IValidator<global::CounselingRecords.Scheduling.Booking.BookingRequest>, global::CounselingRecords.Scheduling.Booking.BookingRequestValidator>();
        services.TryAddSingleton<IValidator<global::CounselingRecords.Scheduling.Booking.SeriesRequest>, global::CounselingRecords.Scheduling.Booking.SeriesRequestValidator>();
        services.TryAddSingleton<IValidator<global::CounselingRecords.Scheduling.Slots.SlotQuery>, global::CounselingRecords.Scheduling.Slots.SlotQueryValidator>();
    }

    /// <summary>Registers the validators of <c>CounselingRecords.Policies</c>.</summary>
    /// <param name="services">The services.</param>
    public static void AddPolicies(IServiceCollection services)
    {
        services.TryAddSingleton<IValidator<global::CounselingRecords.Policies.Cancellations.CancellationEvent>, global::CounselingRecords.Policies.Cancellations.CancellationEventValidator>();
        services.TryAddSingleton<IValidator<global::CounselingRecords.Policies.Cancellations.CancellationPolicy>, global::CounselingRecords.Policies.Cancellations.CancellationPolicyValidator>();
        services.TryAddSingleton<IValidator<global::CounselingRecords.Policies.Cancellations.ClientCoverage>, global::CounselingRecords.Policies.Cancellations.ClientCoverageValidator>();
        services.TryAddSingleton<IValidator<global::CounselingRecords.Policies.Complaints.ComplaintDetails>, global::CounselingRecords.Policies.Complaints.ComplaintDetailsValidator>();
        services.TryAddSingleton<IValidator<global::CounselingRecords.Policies.Complaints.ComplaintEscalationDetails>, global::CounselingRecords.Policies.Complaints.ComplaintEscalationDetailsValidator>();
        services.TryAddSingleton<IValidator<global::CounselingRecords.Policies.Complaints.ComplaintResolutionDetails>, global::CounselingRecords.Policies.Complaints.ComplaintResolutionDetailsValidator>();
        services.TryAddSingleton<IValidator<global::CounselingRecords.Policies.Complaints.ComplaintTargets>, global::CounselingRecords.Policies.Complaints.ComplaintTargetsValidator>();
        services.TryAddSingleton<IValidator<global::CounselingRecords.Policies.Cancellations.FeeException>, global::CounselingRecords.Policies.Cancellations.FeeExceptionValidator>();
        services.TryAddSingleton<IValidator<global::CounselingRecords.Policies.Inquiries.InquiryDetails>, global::CounselingRecords.Policies.Inquiries.InquiryDetailsValidator>();
        services.TryAddSingleton<IValidator<global::CounselingRecords.Policies.Inquiries.InquiryTargets>, global::CounselingRecords.Policies.Inquiries.InquiryTargetsValidator>();
    }

    /// <summary>Registers the validators of <c>CounselingRecords.Billing</c>.</summary>
    /// <param name="services">The services.</param>
    public static void AddBilling(IServiceCollection services)
    {
        services.TryAddSingleton<IValidator<global::CounselingRecords.Billing.Ledger.AdjustmentRequest>, global::CounselingRecords.Billing.Ledger.AdjustmentRequestValidator>();
        services.TryAddSingleton<IValidator<global::CounselingRecords.Billing.Ledger.ChargeRequest>, global::CounselingRecords.Billing.Ledger.ChargeRequestValidator>();
        services.TryAddSingleton<IValidator<global::CounselingRecords.Billing.Ledger.ClientPaymentRequest>, global::CounselingRecords.Billing.Ledger.ClientPaymentRequestValidator>();
        services.TryAddSingleton<IValidator<global::CounselingRecords.Billing.Ledger.CreditApplicationRequest>, global::CounselingRecords.Billing.Ledger.CreditApplicationRequestValidator>();
        services.TryAddSingleton<IValidator<global::CounselingRecords.Billing.Estimates.GoodFaithEstimateDraft>, global::CounselingRecords.Billing.Estimates.GoodFaithEstimateValidator>();
        services.TryAddSingleton<IValidator<global::CounselingRecords.Billing.SlidingScale.SlidingFeeSchedule>, global::CounselingRecords.Billing.SlidingScale.HrsaSlidingFeeScheduleValidator>();
        services.TryAddSingleton<IValidator<global::CounselingRecords.Billing.Ledger.InsurancePaymentRequest>, global::CounselingRecords.Billing.Ledger.InsurancePaymentRequestValidator>();
        services.TryAddSingleton<IValidator<global::CounselingRecords.Billing.Ledger.RefundRequest>, global::CounselingRecords.Billing.Ledger.RefundRequestValidator>();
        services.TryAddSingleton<IValidator<global::CounselingRecords.Billing.Ledger.ReversalRequest>, global::CounselingRecords.Billing.Ledger.ReversalRequestValidator>();
        services.TryAddSingleton<IValidator<global::CounselingRecords.Billing.SlidingScale.SlidingFeeApplication>, global::CounselingRecords.Billing.SlidingScale.SlidingFeeApplicationValidator>();
        services.TryAddSingleton<IValidator<global::CounselingRecords.Billing.Claims.Superbill>, global::CounselingRecords.Billing.Claims.SuperbillValidator>();
    }
}
