using CounselingRecords.Identity;
using CounselingRecords.Privacy;
using NodaTime;

namespace CounselingRecords.TreatmentPlans.Plans;

/// <summary>A goal as entered. <see cref="Id"/> is empty for a new goal and kept for an existing one.</summary>
[ProtectedHealthInformation]
public sealed record GoalInput
{
    /// <summary>Gets the id of an existing goal, or <see langword="null"/> for a new one.</summary>
    public GoalId? Id { get; init; }

    /// <summary>Gets the goal in words.</summary>
    public string Statement { get; init; } = string.Empty;

    /// <summary>Gets when it should be reached.</summary>
    public LocalDate? TargetDate { get; init; }

    /// <summary>Gets the objectives, at least one.</summary>
    public IReadOnlyList<ObjectiveInput> Objectives { get; init; } = [];

    /// <inheritdoc />
    public override string ToString() => Internal.Inv($"GoalInput {(Id?.ToString() ?? "new")}");
}
