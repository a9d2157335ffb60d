using System.Collections.Immutable;
using System.Text.Json.Serialization;
using CounselingRecords.Auditing;
using CounselingRecords.Billing.Estimates;
using CounselingRecords.Billing.Ledger;
using CounselingRecords.Billing.SlidingScale;
using CounselingRecords.Coding;
using CounselingRecords.Finance;
using CounselingRecords.Policies.Cancellations;
using CounselingRecords.Policies.Complaints;
using CounselingRecords.Policies.Documents;
using CounselingRecords.Policies.Inquiries;
using CounselingRecords.Practice.MissedAppointments;
using CounselingRecords.Practice.Tasks;
using CounselingRecords.Records.AccessRequests;
using CounselingRecords.Records.Amendments;
using CounselingRecords.Records.Clients;
using CounselingRecords.Records.Intake;
using CounselingRecords.Records.Notes;
using CounselingRecords.Records.ProgressReports;
using CounselingRecords.Records.PsychotherapyNotes;
using CounselingRecords.Scheduling.Appointments;
using CounselingRecords.Scheduling.AppointmentTypes;
using CounselingRecords.Scheduling.Availability;
using CounselingRecords.Scheduling.Recurrence;
using CounselingRecords.Scheduling.Waitlist;
using CounselingRecords.Scheduling.Zones;
using CounselingRecords.TreatmentPlans.Plans;

namespace CounselingRecords.Serialization.SystemTextJson;

/// <summary>
/// Source-generated System.Text.Json contracts for the shared kernel's serializable types (audit entries and
/// chain reports, record references, money, currencies, diagnosis codes) and, one <c>[JsonSerializable]</c> line
/// each, for every aggregate registered as a document. Internal: it is used only as a contract resolver
/// (<see cref="CounselingRecordsJson.Contracts"/>) under options configured by
/// <see cref="JsonSerializerOptionsExtensions.ConfigureForCounselingRecords"/>, which supply the converters.
/// </summary>
[JsonSerializable(typeof(AuditEntry))]
[JsonSerializable(typeof(ChainedAuditEntry))]
[JsonSerializable(typeof(AuditChainVerification))]
[JsonSerializable(typeof(RecordReference))]
[JsonSerializable(typeof(Money))]
[JsonSerializable(typeof(Currency))]
[JsonSerializable(typeof(DiagnosisCode))]
[JsonSerializable(typeof(Client))]
[JsonSerializable(typeof(IntakeAssessment))]
[JsonSerializable(typeof(SessionNote))]
[JsonSerializable(typeof(PsychotherapyNote))]
[JsonSerializable(typeof(ProgressReport))]
[JsonSerializable(typeof(RecordAccessRequest))]
[JsonSerializable(typeof(AmendmentRequest))]
[JsonSerializable(typeof(TreatmentPlan))]
[JsonSerializable(typeof(Appointment))]
[JsonSerializable(typeof(AppointmentType))]
[JsonSerializable(typeof(ClinicianAvailability))]
[JsonSerializable(typeof(RecurringSeries))]
[JsonSerializable(typeof(WaitlistEntry))]
[JsonSerializable(typeof(ZoneDirectory))]
[JsonSerializable(typeof(CancellationPolicyHistory))]
[JsonSerializable(typeof(PolicyDocument))]
[JsonSerializable(typeof(ClientAcknowledgments))]
[JsonSerializable(typeof(Inquiry))]
[JsonSerializable(typeof(Complaint))]
[JsonSerializable(typeof(ClientLedger))]
[JsonSerializable(typeof(GoodFaithEstimate))]
[JsonSerializable(typeof(SlidingFeeAgreement))]
[JsonSerializable(typeof(PracticeTask))]
[JsonSerializable(typeof(CancellationOutcome))]
[JsonSerializable(typeof(Scheduling.Appointments.StatusChange), TypeInfoPropertyName = "AppointmentStatusChange")]
[JsonSerializable(typeof(ImmutableArray<Scheduling.Appointments.StatusChange>), TypeInfoPropertyName = "ImmutableArrayAppointmentStatusChange")]
[JsonSerializable(typeof(TreatmentPlans.Statuses.StatusChange), TypeInfoPropertyName = "PlanStatusChange")]
[JsonSerializable(typeof(ImmutableArray<TreatmentPlans.Statuses.StatusChange>), TypeInfoPropertyName = "ImmutableArrayPlanStatusChange")]
internal sealed partial class CounselingRecordsJsonContext : JsonSerializerContext;
