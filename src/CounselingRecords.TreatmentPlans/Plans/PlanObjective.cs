using System.Collections.Immutable;
using CounselingRecords.Identity;
using CounselingRecords.Privacy;
using NodaTime;

namespace CounselingRecords.TreatmentPlans.Plans;

/// <summary>
/// A measurable step toward a goal: a statement, how it is measured (baseline, target), a target date, whether it
/// becomes achieved by itself when its rule is met, and the interventions that work on it.
/// </summary>
[ProtectedHealthInformation]
public sealed record PlanObjective
{
    /// <summary>Initializes a new instance of the <see cref="PlanObjective"/> class.</summary>
    /// <param name="id">The objective id.</param>
    /// <param name="statement">The objective in words.</param>
    /// <param name="measure">How it is measured.</param>
    /// <param name="targetDate">When it should be reached.</param>
    /// <param name="autoAchieve">When it becomes achieved by itself.</param>
    /// <param name="interventions">The interventions, at least one.</param>
    /// <exception cref="ArgumentException">The objective is not well formed.</exception>
    public PlanObjective(ObjectiveId id, string statement, ObjectiveMeasure measure, LocalDate targetDate, AutoAchieveRule autoAchieve, ImmutableArray<PlanIntervention> interventions)
    {
        Id = Internal.NotEmpty(id, nameof(id));
        Statement = Internal.Required(statement, nameof(statement));
        Measure = measure ?? throw new ArgumentNullException(nameof(measure));
        TargetDate = targetDate;
        AutoAchieve = Internal.Defined(autoAchieve, nameof(autoAchieve));
        if (autoAchieve is AutoAchieveRule.ReliableImprovement or AutoAchieveRule.Response or AutoAchieveRule.Remission
            && measure.Kind != MeasureKind.InstrumentScore)
        {
            throw new ArgumentException("A classification rule needs an instrument-measured objective.", nameof(autoAchieve));
        }

        Interventions = interventions.OrEmpty();
        if (Interventions.IsEmpty || Interventions.Any(i => i is null))
        {
            throw new ArgumentException(Internal.Inv($"Objective {id} needs at least one intervention."), nameof(interventions));
        }
    }

    /// <summary>Gets the objective id.</summary>
    public ObjectiveId Id { get; }

    /// <summary>Gets the objective in words.</summary>
    public string Statement { get; }

    /// <summary>Gets how it is measured.</summary>
    public ObjectiveMeasure Measure { get; }

    /// <summary>Gets when it should be reached.</summary>
    public LocalDate TargetDate { get; }

    /// <summary>Gets when it becomes achieved by itself.</summary>
    public AutoAchieveRule AutoAchieve { get; }

    /// <summary>Gets the interventions.</summary>
    public ImmutableArray<PlanIntervention> Interventions { get; }

    /// <inheritdoc />
    public bool Equals(PlanObjective? other) =>
        other is not null && Id == other.Id && Statement == other.Statement && Measure == other.Measure && TargetDate == other.TargetDate
        && AutoAchieve == other.AutoAchieve && Internal.SequenceEquals(Interventions, other.Interventions);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, Statement, TargetDate, Interventions.Length);

    /// <inheritdoc />
    public override string ToString() => Internal.Inv($"PlanObjective {Id}");
}
