using System.Collections.Immutable;
using CounselingRecords.Identity;
using CounselingRecords.Privacy;
using NodaTime;

namespace CounselingRecords.TreatmentPlans.Plans;

/// <summary>A SMART goal for a problem: a statement, a target date and at least one measurable objective.</summary>
[ProtectedHealthInformation]
public sealed record PlanGoal
{
    /// <summary>Initializes a new instance of the <see cref="PlanGoal"/> class.</summary>
    /// <param name="id">The goal id.</param>
    /// <param name="statement">The goal in words.</param>
    /// <param name="targetDate">When it should be reached.</param>
    /// <param name="objectives">The objectives, at least one.</param>
    /// <exception cref="ArgumentException">The goal is not well formed.</exception>
    public PlanGoal(GoalId id, string statement, LocalDate targetDate, ImmutableArray<PlanObjective> objectives)
    {
        Id = Internal.NotEmpty(id, nameof(id));
        Statement = Internal.Required(statement, nameof(statement));
        TargetDate = targetDate;
        Objectives = objectives.OrEmpty();
        if (Objectives.IsEmpty || Objectives.Any(o => o is null))
        {
            throw new ArgumentException(Internal.Inv($"Goal {id} needs at least one objective."), nameof(objectives));
        }
    }

    /// <summary>Gets the goal id.</summary>
    public GoalId Id { get; }

    /// <summary>Gets the goal in words.</summary>
    public string Statement { get; }

    /// <summary>Gets when it should be reached.</summary>
    public LocalDate TargetDate { get; }

    /// <summary>Gets the objectives.</summary>
    public ImmutableArray<PlanObjective> Objectives { get; }

    /// <inheritdoc />
    public bool Equals(PlanGoal? other) =>
        other is not null && Id == other.Id && Statement == other.Statement && TargetDate == other.TargetDate
        && Internal.SequenceEquals(Objectives, other.Objectives);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, Statement, TargetDate, Objectives.Length);

    /// <inheritdoc />
    public override string ToString() => Internal.Inv($"PlanGoal {Id}");
}
