using System.Collections.Immutable;
using CounselingRecords.Coding;
using CounselingRecords.Identity;
using CounselingRecords.Privacy;

namespace CounselingRecords.TreatmentPlans.Plans;

/// <summary>A presenting problem, tied to the ICD-10-CM diagnosis it addresses (R7.5), with its goals.</summary>
[ProtectedHealthInformation]
public sealed record PlanProblem
{
    /// <summary>Initializes a new instance of the <see cref="PlanProblem"/> class.</summary>
    /// <param name="id">The problem id.</param>
    /// <param name="diagnosis">The diagnosis the problem is tied to.</param>
    /// <param name="statement">The problem in words (how it affects functioning).</param>
    /// <param name="goals">The goals, at least one.</param>
    /// <exception cref="ArgumentException">The problem is not well formed.</exception>
    public PlanProblem(ProblemId id, DiagnosisCode diagnosis, string statement, ImmutableArray<PlanGoal> goals)
    {
        Id = Internal.NotEmpty(id, nameof(id));
        if (diagnosis == default)
        {
            throw new ArgumentException(Internal.Inv($"Problem {id} needs a diagnosis."), nameof(diagnosis));
        }

        Diagnosis = diagnosis;
        Statement = Internal.Required(statement, nameof(statement));
        Goals = goals.OrEmpty();
        if (Goals.IsEmpty || Goals.Any(g => g is null))
        {
            throw new ArgumentException(Internal.Inv($"Problem {id} needs at least one goal."), nameof(goals));
        }
    }

    /// <summary>Gets the problem id.</summary>
    public ProblemId Id { get; }

    /// <summary>Gets the diagnosis the problem is tied to.</summary>
    public DiagnosisCode Diagnosis { get; }

    /// <summary>Gets the problem in words.</summary>
    public string Statement { get; }

    /// <summary>Gets the goals.</summary>
    public ImmutableArray<PlanGoal> Goals { get; }

    /// <inheritdoc />
    public bool Equals(PlanProblem? other) =>
        other is not null && Id == other.Id && Diagnosis == other.Diagnosis && Statement == other.Statement
        && Internal.SequenceEquals(Goals, other.Goals);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, Diagnosis, Statement, Goals.Length);

    /// <inheritdoc />
    public override string ToString() => Internal.Inv($"PlanProblem {Id}");
}
