using Ardalis.Specification;
using CounselingRecords.Identity;
using CounselingRecords.TreatmentPlans.Plans;

namespace CounselingRecords.TreatmentPlans.Specifications;

/// <summary>A client's plans, optionally only the active ones. The predicate compares stored members only.</summary>
public sealed class PlansForClientSpec : Specification<TreatmentPlan>
{
    /// <summary>Initializes a new instance of the <see cref="PlansForClientSpec"/> class.</summary>
    /// <param name="client">The client.</param>
    /// <param name="activeOnly">Whether to leave out closed plans.</param>
    public PlansForClientSpec(ClientId client, bool activeOnly = false)
    {
        Query.Where(plan => plan.ClientId == client);
        if (activeOnly)
        {
            Query.Where(plan => plan.Closure == null);
        }
    }
}
