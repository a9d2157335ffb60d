using CounselingRecords.Care;
using CounselingRecords.Identity;
using CounselingRecords.Privacy;

namespace CounselingRecords.TreatmentPlans.Plans;

/// <summary>
/// What is done to reach an objective: the approach (for example "CBT cognitive restructuring"), how it is
/// delivered, how often and how long, and the clinician responsible (R7.5: type, amount and frequency).
/// </summary>
[ProtectedHealthInformation]
public sealed record PlanIntervention
{
    /// <summary>Initializes a new instance of the <see cref="PlanIntervention"/> class.</summary>
    /// <param name="id">The intervention id.</param>
    /// <param name="approach">The approach or technique.</param>
    /// <param name="delivery">How it is delivered, if fixed.</param>
    /// <param name="frequency">How often and how long.</param>
    /// <param name="responsibleClinician">The clinician responsible.</param>
    public PlanIntervention(InterventionId id, string approach, Modality? delivery, ServiceFrequency frequency, ClinicianId responsibleClinician)
    {
        Id = Internal.NotEmpty(id, nameof(id));
        Approach = Internal.Required(approach, nameof(approach));
        if (delivery is { } d)
        {
            Internal.Defined(d, nameof(delivery));
        }

        Delivery = delivery;
        Frequency = frequency ?? throw new ArgumentNullException(nameof(frequency));
        ResponsibleClinician = Internal.NotEmpty(responsibleClinician, nameof(responsibleClinician));
    }

    /// <summary>Gets the intervention id.</summary>
    public InterventionId Id { get; }

    /// <summary>Gets the approach or technique.</summary>
    public string Approach { get; }

    /// <summary>Gets how it is delivered, if fixed.</summary>
    public Modality? Delivery { get; }

    /// <summary>Gets how often and how long.</summary>
    public ServiceFrequency Frequency { get; }

    /// <summary>Gets the clinician responsible.</summary>
    public ClinicianId ResponsibleClinician { get; }

    /// <inheritdoc />
    public override string ToString() => Internal.Inv($"PlanIntervention {Id}");
}
