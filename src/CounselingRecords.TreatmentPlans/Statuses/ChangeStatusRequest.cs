using CounselingRecords.Identity;
using CounselingRecords.Privacy;
using NodaTime;

namespace CounselingRecords.TreatmentPlans.Statuses;

/// <summary>A clinician's change of a goal's or objective's status, checked by <see cref="ChangeStatusRequestValidator"/>.</summary>
[ProtectedHealthInformation]
public sealed record ChangeStatusRequest
{
    /// <summary>Gets the goal (give a goal or an objective, not both).</summary>
    public GoalId? Goal { get; init; }

    /// <summary>Gets the objective (give a goal or an objective, not both).</summary>
    public ObjectiveId? Objective { get; init; }

    /// <summary>Gets the new status.</summary>
    public ProgressStatus NewStatus { get; init; }

    /// <summary>Gets the date the change takes effect.</summary>
    public LocalDate EffectiveOn { get; init; }

    /// <summary>Gets why.</summary>
    public string Reason { get; init; } = string.Empty;

    /// <summary>Gets the clinician making the change.</summary>
    public ClinicianId ChangedBy { get; init; }

    /// <summary>Gets when the change is recorded.</summary>
    public Instant RecordedAt { get; init; }

    /// <inheritdoc />
    public override string ToString() => Internal.Inv($"ChangeStatusRequest {(Goal?.ToString() ?? Objective?.ToString())} -> {NewStatus}");
}
