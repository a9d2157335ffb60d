using CounselingRecords.Privacy;

namespace CounselingRecords.TreatmentPlans.Plans;

/// <summary>
/// The full content of a plan version as entered: problems with goals, objectives and interventions, the
/// estimated duration and whether a supervisor must sign. A revision gives the whole new content; elements kept
/// from the current version carry their ids, new ones carry none.
/// </summary>
[ProtectedHealthInformation]
public sealed record PlanContentInput
{
    /// <summary>Gets the problems, at least one.</summary>
    public IReadOnlyList<ProblemInput> Problems { get; init; } = [];

    /// <summary>Gets the estimated duration of treatment in weeks, if stated (R7.5).</summary>
    public int? EstimatedDurationWeeks { get; init; }

    /// <summary>Gets a value indicating whether a supervisor must sign the version.</summary>
    public bool SupervisorSignatureRequired { get; init; }

    /// <inheritdoc />
    public override string ToString() => Internal.Inv($"PlanContentInput ({Problems?.Count ?? 0} problems)");
}
