using CounselingRecords.Identity;
using CounselingRecords.Privacy;
using NodaTime;

namespace CounselingRecords.TreatmentPlans.Plans;

/// <summary>A revision of a plan: the whole new content, who, when and why. Checked by <see cref="RevisePlanRequestValidator"/>.</summary>
[ProtectedHealthInformation]
public sealed record RevisePlanRequest
{
    /// <summary>Gets the date the new version takes effect.</summary>
    public LocalDate EffectiveOn { get; init; }

    /// <summary>Gets the clinician revising the plan.</summary>
    public ClinicianId Author { get; init; }

    /// <summary>Gets when the revision is recorded.</summary>
    public Instant RecordedAt { get; init; }

    /// <summary>Gets why the plan is revised (R7.7).</summary>
    public string Reason { get; init; } = string.Empty;

    /// <summary>Gets the new content.</summary>
    public PlanContentInput? Content { get; init; }

    /// <inheritdoc />
    public override string ToString() => Internal.Inv($"RevisePlanRequest by {Author}");
}
