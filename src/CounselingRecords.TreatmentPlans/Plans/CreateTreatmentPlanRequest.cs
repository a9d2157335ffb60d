using CounselingRecords.Identity;
using CounselingRecords.Privacy;
using CounselingRecords.TreatmentPlans.Reviews;
using NodaTime;

namespace CounselingRecords.TreatmentPlans.Plans;

/// <summary>A new treatment plan for a client, checked by <see cref="CreateTreatmentPlanRequestValidator"/>.</summary>
[ProtectedHealthInformation]
public sealed record CreateTreatmentPlanRequest
{
    /// <summary>Gets the client.</summary>
    public ClientId Client { get; init; }

    /// <summary>Gets the date the plan takes effect.</summary>
    public LocalDate EffectiveOn { get; init; }

    /// <summary>Gets the authoring clinician.</summary>
    public ClinicianId Author { get; init; }

    /// <summary>Gets when it is recorded.</summary>
    public Instant RecordedAt { get; init; }

    /// <summary>Gets the content.</summary>
    public PlanContentInput? Content { get; init; }

    /// <summary>Gets the review cadence; <see cref="ReviewCadences.Default"/> when omitted.</summary>
    public ReviewCadence? Cadence { get; init; }

    /// <summary>Gets the reason recorded for the first version.</summary>
    public string Reason { get; init; } = "Initial treatment plan";

    /// <inheritdoc />
    public override string ToString() => Internal.Inv($"CreateTreatmentPlanRequest for {Client} by {Author}");
}
