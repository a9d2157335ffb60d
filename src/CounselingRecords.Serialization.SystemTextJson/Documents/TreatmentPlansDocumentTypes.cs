using CounselingRecords.Auditing;
using CounselingRecords.Serialization.SystemTextJson.Indexing;
using CounselingRecords.TreatmentPlans.Plans;

namespace CounselingRecords.Serialization.SystemTextJson.Documents;

/// <summary>The document registration of the treatment plans area (<c>CounselingRecords.TreatmentPlans</c>). Reads are audited as clinical (R7.15).</summary>
public static class TreatmentPlansDocumentTypes
{
    private static readonly NodaTime.LocalDate Epoch = new(1970, 1, 1);

    /// <summary>
    /// Gets the registration of <see cref="TreatmentPlans.Plans.TreatmentPlan"/>: client and closure (<c>PlansForClientSpec</c>;
    /// <c>closed_on</c> is null while the plan is active) and the next review date, a value computed from the plan
    /// and stored at every write (<c>PlansDueForReviewSpec</c>).
    /// </summary>
    public static DocumentType<TreatmentPlan> TreatmentPlan { get; } =
        DocumentType<TreatmentPlan>.Create("TreatmentPlan", CounselingRecordsJson.Contracts)
            .KeyedBy(p => p.Id)
            .Column(p => p.ClientId)
            .Column(p => p.NextReviewDue)
            .Column(p => p.Closure, IndexValueKind.Integer, c => (long)NodaTime.Period.DaysBetween(Epoch, c!.ClosedOn), "closed_on")
            .AuditReads(AuditCategory.Clinical, p => p.ClientId);
}
