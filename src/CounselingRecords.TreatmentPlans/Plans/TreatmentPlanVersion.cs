using System.Collections.Immutable;
using CounselingRecords.Identity;
using CounselingRecords.Privacy;
using CounselingRecords.TreatmentPlans.Revisions;
using CounselingRecords.TreatmentPlans.Signatures;
using NodaTime;

namespace CounselingRecords.TreatmentPlans.Plans;

/// <summary>
/// One immutable version of a treatment plan: its problems (each tied to a diagnosis) with goals, objectives and
/// interventions, the date it takes effect, the estimated duration of treatment, who wrote it and why, and the
/// signatures it collected. A plan is revised by adding a version, never by editing one (R7.7).
/// </summary>
[ProtectedHealthInformation]
public sealed record TreatmentPlanVersion
{
    /// <summary>Initializes a new instance of the <see cref="TreatmentPlanVersion"/> class.</summary>
    /// <param name="number">The version number, from 1.</param>
    /// <param name="effectiveOn">The date the version takes effect.</param>
    /// <param name="problems">The problems, at least one.</param>
    /// <param name="estimatedDurationWeeks">The estimated duration of treatment in weeks, if stated (R7.5).</param>
    /// <param name="supervisorSignatureRequired">Whether a supervisor must sign this version.</param>
    /// <param name="revision">Who wrote it, when and why.</param>
    /// <param name="signatures">The signatures collected.</param>
    /// <exception cref="ArgumentException">The version is not well formed (no problems, an id used twice, a signature for another version).</exception>
    public TreatmentPlanVersion(
        int number,
        LocalDate effectiveOn,
        ImmutableArray<PlanProblem> problems,
        int? estimatedDurationWeeks,
        bool supervisorSignatureRequired,
        PlanRevision revision,
        ImmutableArray<PlanSignature> signatures)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(number);
        if (estimatedDurationWeeks is <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(estimatedDurationWeeks), "An estimated duration must be positive.");
        }

        Problems = problems.OrEmpty();
        if (Problems.IsEmpty || Problems.Any(p => p is null))
        {
            throw new ArgumentException("A plan version needs at least one problem (R7.5).", nameof(problems));
        }

        Number = number;
        EffectiveOn = effectiveOn;
        EstimatedDurationWeeks = estimatedDurationWeeks;
        SupervisorSignatureRequired = supervisorSignatureRequired;
        Revision = revision ?? throw new ArgumentNullException(nameof(revision));
        Signatures = signatures.OrEmpty();
        Goals = [.. Problems.SelectMany(p => p.Goals)];
        Objectives = [.. Goals.SelectMany(g => g.Objectives)];
        Interventions = [.. Objectives.SelectMany(o => o.Interventions)];
        EnsureUnique(Problems.Select(p => p.Id), "problem");
        EnsureUnique(Goals.Select(g => g.Id), "goal");
        EnsureUnique(Objectives.Select(o => o.Id), "objective");
        EnsureUnique(Interventions.Select(i => i.Id), "intervention");
        if (Signatures.Any(s => s is null || s.VersionNumber != number))
        {
            throw new ArgumentException(Internal.Inv($"Every signature of version {number} names that version."), nameof(signatures));
        }

        foreach (var group in Signatures.GroupBy(s => s.IsClientOutcome ? SignatureRole.Client : s.Role))
        {
            if (group.Count() > 1)
            {
                throw new ArgumentException(Internal.Inv($"Version {number} has more than one {group.Key} signature."), nameof(signatures));
            }
        }
    }

    /// <summary>Gets the version number, from 1.</summary>
    public int Number { get; }

    /// <summary>Gets the date the version takes effect.</summary>
    public LocalDate EffectiveOn { get; }

    /// <summary>Gets the problems.</summary>
    public ImmutableArray<PlanProblem> Problems { get; }

    /// <summary>Gets the estimated duration of treatment in weeks, if stated.</summary>
    public int? EstimatedDurationWeeks { get; }

    /// <summary>Gets a value indicating whether a supervisor must sign this version.</summary>
    public bool SupervisorSignatureRequired { get; }

    /// <summary>Gets who wrote the version, when and why.</summary>
    public PlanRevision Revision { get; }

    /// <summary>Gets the signatures collected.</summary>
    public ImmutableArray<PlanSignature> Signatures { get; }

    /// <summary>Gets every goal, in plan order.</summary>
    public ImmutableArray<PlanGoal> Goals { get; }

    /// <summary>Gets every objective, in plan order.</summary>
    public ImmutableArray<PlanObjective> Objectives { get; }

    /// <summary>Gets every intervention, in plan order.</summary>
    public ImmutableArray<PlanIntervention> Interventions { get; }

    /// <summary>Gets where the version stands with its signatures.</summary>
    public SignatureSummary SignatureSummary => new(
        Number,
        Signatures.Any(s => s.Role == SignatureRole.Clinician),
        Signatures.FirstOrDefault(s => s.IsClientOutcome) switch
        {
            null => ClientAcknowledgment.Pending,
            { Kind: SignatureKind.Refused } => ClientAcknowledgment.Refused,
            _ => ClientAcknowledgment.Acknowledged,
        },
        SupervisorSignatureRequired,
        Signatures.Any(s => s.Role == SignatureRole.Supervisor));

    /// <summary>Finds a goal.</summary>
    /// <param name="id">The goal id.</param>
    /// <returns>The goal, or <see langword="null"/>.</returns>
    public PlanGoal? FindGoal(GoalId id) => Goals.FirstOrDefault(g => g.Id == id);

    /// <summary>Finds an objective.</summary>
    /// <param name="id">The objective id.</param>
    /// <returns>The objective, or <see langword="null"/>.</returns>
    public PlanObjective? FindObjective(ObjectiveId id) => Objectives.FirstOrDefault(o => o.Id == id);

    /// <summary>Finds the goal an objective belongs to.</summary>
    /// <param name="id">The objective id.</param>
    /// <returns>The goal, or <see langword="null"/> when the objective is not in this version.</returns>
    public PlanGoal? GoalOf(ObjectiveId id) => Goals.FirstOrDefault(g => g.Objectives.Any(o => o.Id == id));

    /// <summary>Finds the problem a goal belongs to.</summary>
    /// <param name="id">The goal id.</param>
    /// <returns>The problem, or <see langword="null"/> when the goal is not in this version.</returns>
    public PlanProblem? ProblemOf(GoalId id) => Problems.FirstOrDefault(p => p.Goals.Any(g => g.Id == id));

    /// <inheritdoc />
    public bool Equals(TreatmentPlanVersion? other) =>
        other is not null && Number == other.Number && EffectiveOn == other.EffectiveOn && Internal.SequenceEquals(Problems, other.Problems)
        && EstimatedDurationWeeks == other.EstimatedDurationWeeks && SupervisorSignatureRequired == other.SupervisorSignatureRequired
        && Revision == other.Revision && Internal.SequenceEquals(Signatures, other.Signatures);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Number, EffectiveOn, Problems.Length, Signatures.Length);

    /// <inheritdoc />
    public override string ToString() => Internal.Inv($"TreatmentPlanVersion {Number}");

    /// <summary>Returns this version with one more signature.</summary>
    internal TreatmentPlanVersion WithSignature(PlanSignature signature) =>
        new(Number, EffectiveOn, Problems, EstimatedDurationWeeks, SupervisorSignatureRequired, Revision, Signatures.Add(signature));

    private static void EnsureUnique<TId>(IEnumerable<TId> ids, string what)
        where TId : struct, IStronglyTypedId<TId>
    {
        var seen = new HashSet<TId>();
        foreach (var id in ids)
        {
            if (!seen.Add(id))
            {
                throw new ArgumentException(Internal.Inv($"The {what} id {id} appears more than once in one version."), "problems");
            }
        }
    }
}
