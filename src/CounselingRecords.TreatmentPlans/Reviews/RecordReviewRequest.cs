using CounselingRecords.Identity;
using CounselingRecords.Privacy;
using NodaTime;

namespace CounselingRecords.TreatmentPlans.Reviews;

/// <summary>A review that keeps the plan unchanged, checked by <see cref="RecordReviewRequestValidator"/>.</summary>
[ProtectedHealthInformation]
public sealed record RecordReviewRequest
{
    /// <summary>Gets the date of the review.</summary>
    public LocalDate ReviewedOn { get; init; }

    /// <summary>Gets the reviewing clinician.</summary>
    public ClinicianId ReviewedBy { get; init; }

    /// <summary>Gets when it is recorded.</summary>
    public Instant RecordedAt { get; init; }

    /// <summary>Gets the summary of goals and progress (R7.5).</summary>
    public string Summary { get; init; } = string.Empty;

    /// <inheritdoc />
    public override string ToString() => Internal.Inv($"RecordReviewRequest by {ReviewedBy}");
}
