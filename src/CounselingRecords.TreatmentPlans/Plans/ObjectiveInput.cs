using CounselingRecords.Identity;
using CounselingRecords.Privacy;
using NodaTime;

namespace CounselingRecords.TreatmentPlans.Plans;

/// <summary>An objective as entered. <see cref="Id"/> is empty for a new objective and kept for an existing one.</summary>
[ProtectedHealthInformation]
public sealed record ObjectiveInput
{
    /// <summary>Gets the id of an existing objective, or <see langword="null"/> for a new one.</summary>
    public ObjectiveId? Id { get; init; }

    /// <summary>Gets the objective in words.</summary>
    public string Statement { get; init; } = string.Empty;

    /// <summary>Gets how it is measured.</summary>
    public MeasureInput? Measure { get; init; }

    /// <summary>Gets when it should be reached.</summary>
    public LocalDate? TargetDate { get; init; }

    /// <summary>Gets when it becomes achieved by itself.</summary>
    public AutoAchieveRule AutoAchieve { get; init; }

    /// <summary>Gets the interventions, at least one.</summary>
    public IReadOnlyList<InterventionInput> Interventions { get; init; } = [];

    /// <inheritdoc />
    public override string ToString() => Internal.Inv($"ObjectiveInput {(Id?.ToString() ?? "new")}");
}
