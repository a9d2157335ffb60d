using System.Collections.Frozen;
using System.Text.Json.Serialization;
using CounselingRecords.Identity;

namespace CounselingRecords.Serialization.SystemTextJson.Converters;

/// <summary>
/// The converters of every id type in <c>CounselingRecords.Core</c>, created without reflection so that they
/// work in trimmed and native AOT applications. A test checks that every <see cref="IStronglyTypedId{TSelf}"/>
/// in the CounselingRecords assemblies is listed here.
/// </summary>
internal static class CoreIdConverters
{
    public static FrozenDictionary<Type, JsonConverter> All { get; } = new JsonConverter[]
    {
        new StronglyTypedIdJsonConverter<AddendumId>(),
        new StronglyTypedIdJsonConverter<AmendmentRequestId>(),
        new StronglyTypedIdJsonConverter<AppointmentId>(),
        new StronglyTypedIdJsonConverter<AppointmentTypeId>(),
        new StronglyTypedIdJsonConverter<AuditEntryId>(),
        new StronglyTypedIdJsonConverter<ChargeId>(),
        new StronglyTypedIdJsonConverter<ClaimId>(),
        new StronglyTypedIdJsonConverter<ClientId>(),
        new StronglyTypedIdJsonConverter<ClinicianId>(),
        new StronglyTypedIdJsonConverter<ComplaintId>(),
        new StronglyTypedIdJsonConverter<EstimateId>(),
        new StronglyTypedIdJsonConverter<GoalId>(),
        new StronglyTypedIdJsonConverter<InquiryId>(),
        new StronglyTypedIdJsonConverter<IntakeAssessmentId>(),
        new StronglyTypedIdJsonConverter<InterventionId>(),
        new StronglyTypedIdJsonConverter<LedgerEntryId>(),
        new StronglyTypedIdJsonConverter<LocationId>(),
        new StronglyTypedIdJsonConverter<MeasurementId>(),
        new StronglyTypedIdJsonConverter<NoteId>(),
        new StronglyTypedIdJsonConverter<ObjectiveId>(),
        new StronglyTypedIdJsonConverter<PayerId>(),
        new StronglyTypedIdJsonConverter<PaymentId>(),
        new StronglyTypedIdJsonConverter<PolicyDocumentId>(),
        new StronglyTypedIdJsonConverter<PolicyId>(),
        new StronglyTypedIdJsonConverter<PracticeId>(),
        new StronglyTypedIdJsonConverter<PracticeTaskId>(),
        new StronglyTypedIdJsonConverter<ProblemId>(),
        new StronglyTypedIdJsonConverter<ProgressReportId>(),
        new StronglyTypedIdJsonConverter<PsychotherapyNoteId>(),
        new StronglyTypedIdJsonConverter<RecordAccessRequestId>(),
        new StronglyTypedIdJsonConverter<RoomId>(),
        new StronglyTypedIdJsonConverter<SeriesId>(),
        new StronglyTypedIdJsonConverter<ServiceId>(),
        new StronglyTypedIdJsonConverter<StatementId>(),
        new StronglyTypedIdJsonConverter<TreatmentPlanId>(),
        new StronglyTypedIdJsonConverter<UserId>(),
        new StronglyTypedIdJsonConverter<WaitlistEntryId>(),
    }.ToFrozenDictionary(c => c.Type!);
}
