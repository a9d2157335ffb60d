using CounselingRecords.Identity;
using CounselingRecords.Privacy;

namespace CounselingRecords.TreatmentPlans.Plans;

/// <summary>A problem as entered. <see cref="Id"/> is empty for a new problem and kept for an existing one.</summary>
[ProtectedHealthInformation]
public sealed record ProblemInput
{
    /// <summary>Gets the id of an existing problem, or <see langword="null"/> for a new one.</summary>
    public ProblemId? Id { get; init; }

    /// <summary>Gets the ICD-10-CM diagnosis code, with or without the decimal point (for example <c>F32.1</c>).</summary>
    public string Diagnosis { get; init; } = string.Empty;

    /// <summary>Gets the problem in words.</summary>
    public string Statement { get; init; } = string.Empty;

    /// <summary>Gets the goals, at least one.</summary>
    public IReadOnlyList<GoalInput> Goals { get; init; } = [];

    /// <inheritdoc />
    public override string ToString() => Internal.Inv($"ProblemInput {(Id?.ToString() ?? "new")}");
}
