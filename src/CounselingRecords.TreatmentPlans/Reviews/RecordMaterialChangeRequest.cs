using CounselingRecords.Identity;
using CounselingRecords.Privacy;
using NodaTime;

namespace CounselingRecords.TreatmentPlans.Reviews;

/// <summary>A material change to record on a plan, checked by <see cref="RecordMaterialChangeRequestValidator"/>.</summary>
[ProtectedHealthInformation]
public sealed record RecordMaterialChangeRequest
{
    /// <summary>Gets the date it happened.</summary>
    public LocalDate OccurredOn { get; init; }

    /// <summary>Gets what kind of change.</summary>
    public MaterialChangeKind Kind { get; init; }

    /// <summary>Gets what happened.</summary>
    public string Description { get; init; } = string.Empty;

    /// <summary>Gets the clinician recording it.</summary>
    public ClinicianId RecordedBy { get; init; }

    /// <summary>Gets when it is recorded.</summary>
    public Instant RecordedAt { get; init; }

    /// <inheritdoc />
    public override string ToString() => Internal.Inv($"RecordMaterialChangeRequest {Kind} by {RecordedBy}");
}
