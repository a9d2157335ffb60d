using CounselingRecords.Identity;
using CounselingRecords.Privacy;
using NodaTime;

namespace CounselingRecords.TreatmentPlans.Reviews;

/// <summary>
/// A review of the plan that kept it unchanged, with the periodic summary of goals and progress (R7.5). A review
/// that changes the plan is a revision (a new version), which also restarts the review interval.
/// </summary>
[ProtectedHealthInformation]
public sealed record PlanReview
{
    /// <summary>Initializes a new instance of the <see cref="PlanReview"/> class.</summary>
    /// <param name="reviewedOn">The date of the review.</param>
    /// <param name="reviewedBy">The reviewing clinician.</param>
    /// <param name="recordedAt">When it was recorded.</param>
    /// <param name="versionNumber">The version reviewed.</param>
    /// <param name="summary">The summary of goals and progress.</param>
    public PlanReview(LocalDate reviewedOn, ClinicianId reviewedBy, Instant recordedAt, int versionNumber, string summary)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(versionNumber);
        ReviewedOn = reviewedOn;
        ReviewedBy = Internal.NotEmpty(reviewedBy, nameof(reviewedBy));
        RecordedAt = recordedAt;
        VersionNumber = versionNumber;
        Summary = Internal.Required(summary, nameof(summary));
    }

    /// <summary>Gets the date of the review.</summary>
    public LocalDate ReviewedOn { get; }

    /// <summary>Gets the reviewing clinician.</summary>
    public ClinicianId ReviewedBy { get; }

    /// <summary>Gets when it was recorded.</summary>
    public Instant RecordedAt { get; }

    /// <summary>Gets the version reviewed.</summary>
    public int VersionNumber { get; }

    /// <summary>Gets the summary of goals and progress.</summary>
    public string Summary { get; }

    /// <inheritdoc />
    public override string ToString() => Internal.Inv($"PlanReview v{VersionNumber} by {ReviewedBy}");
}
