using System.Collections.Immutable;
using CounselingRecords.Identity;
using CounselingRecords.TreatmentPlans.Plans;

namespace CounselingRecords.TreatmentPlans.Revisions;

/// <summary>
/// The differences between two versions of a plan: added, changed and removed problems, goals, objectives and
/// interventions, and changed plan fields. Elements are matched by id, so a removed goal always appears as
/// removed, and a goal moved to another problem appears as changed (field <c>Problem</c>).
/// </summary>
public sealed record PlanDiff
{
    /// <summary>Initializes a new instance of the <see cref="PlanDiff"/> class.</summary>
    /// <param name="fromVersion">The earlier version number.</param>
    /// <param name="toVersion">The later version number.</param>
    /// <param name="entries">The differences.</param>
    public PlanDiff(int fromVersion, int toVersion, ImmutableArray<PlanDiffEntry> entries)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(fromVersion);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(toVersion);
        FromVersion = fromVersion;
        ToVersion = toVersion;
        Entries = entries.OrEmpty();
    }

    /// <summary>Gets the earlier version number.</summary>
    public int FromVersion { get; }

    /// <summary>Gets the later version number.</summary>
    public int ToVersion { get; }

    /// <summary>Gets the differences, by element kind (plan, problems, goals, objectives, interventions).</summary>
    public ImmutableArray<PlanDiffEntry> Entries { get; }

    /// <summary>Gets a value indicating whether the versions have the same content.</summary>
    public bool IsEmpty => Entries.IsEmpty;

    /// <summary>Gets the goals in the later version only.</summary>
    public ImmutableArray<GoalId> AddedGoals => Ids<GoalId>(PlanElementKind.Goal, PlanChangeKind.Added);

    /// <summary>Gets the goals in both versions that differ.</summary>
    public ImmutableArray<GoalId> ChangedGoals => Ids<GoalId>(PlanElementKind.Goal, PlanChangeKind.Changed);

    /// <summary>Gets the goals in the earlier version only.</summary>
    public ImmutableArray<GoalId> RemovedGoals => Ids<GoalId>(PlanElementKind.Goal, PlanChangeKind.Removed);

    /// <summary>Gets the objectives in the later version only.</summary>
    public ImmutableArray<ObjectiveId> AddedObjectives => Ids<ObjectiveId>(PlanElementKind.Objective, PlanChangeKind.Added);

    /// <summary>Gets the objectives in both versions that differ.</summary>
    public ImmutableArray<ObjectiveId> ChangedObjectives => Ids<ObjectiveId>(PlanElementKind.Objective, PlanChangeKind.Changed);

    /// <summary>Gets the objectives in the earlier version only.</summary>
    public ImmutableArray<ObjectiveId> RemovedObjectives => Ids<ObjectiveId>(PlanElementKind.Objective, PlanChangeKind.Removed);

    /// <summary>Compares two versions of a plan.</summary>
    /// <param name="from">The earlier version.</param>
    /// <param name="to">The later version.</param>
    /// <returns>The differences.</returns>
    public static PlanDiff Between(TreatmentPlanVersion from, TreatmentPlanVersion to)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        var entries = ImmutableArray.CreateBuilder<PlanDiffEntry>();

        var planFields = new List<string>();
        if (from.EstimatedDurationWeeks != to.EstimatedDurationWeeks)
        {
            planFields.Add("EstimatedDurationWeeks");
        }

        if (from.SupervisorSignatureRequired != to.SupervisorSignatureRequired)
        {
            planFields.Add("SupervisorSignatureRequired");
        }

        if (planFields.Count > 0)
        {
            entries.Add(new PlanDiffEntry(PlanElementKind.Plan, Internal.Inv($"v{from.Number}->v{to.Number}"), PlanChangeKind.Changed, null, [.. planFields]));
        }

        Compare(
            entries, PlanElementKind.Problem,
            from.Problems.Select(p => (p.Id, (object?)null, p)), to.Problems.Select(p => (p.Id, (object?)null, p)),
            (a, b) => Fields(("Diagnosis", a.Diagnosis != b.Diagnosis), ("Statement", a.Statement != b.Statement)));
        Compare(
            entries, PlanElementKind.Goal,
            from.Problems.SelectMany(p => p.Goals.Select(g => (g.Id, (object?)p.Id, g))),
            to.Problems.SelectMany(p => p.Goals.Select(g => (g.Id, (object?)p.Id, g))),
            (a, b) => Fields(("Statement", a.Statement != b.Statement), ("TargetDate", a.TargetDate != b.TargetDate)));
        Compare(
            entries, PlanElementKind.Objective,
            from.Goals.SelectMany(g => g.Objectives.Select(o => (o.Id, (object?)g.Id, o))),
            to.Goals.SelectMany(g => g.Objectives.Select(o => (o.Id, (object?)g.Id, o))),
            (a, b) => Fields(
                ("Statement", a.Statement != b.Statement),
                ("Measure", a.Measure != b.Measure),
                ("TargetDate", a.TargetDate != b.TargetDate),
                ("AutoAchieve", a.AutoAchieve != b.AutoAchieve)));
        Compare(
            entries, PlanElementKind.Intervention,
            from.Objectives.SelectMany(o => o.Interventions.Select(i => (i.Id, (object?)o.Id, i))),
            to.Objectives.SelectMany(o => o.Interventions.Select(i => (i.Id, (object?)o.Id, i))),
            (a, b) => Fields(
                ("Approach", a.Approach != b.Approach),
                ("Delivery", a.Delivery != b.Delivery),
                ("Frequency", a.Frequency != b.Frequency),
                ("ResponsibleClinician", a.ResponsibleClinician != b.ResponsibleClinician)));
        return new PlanDiff(from.Number, to.Number, entries.ToImmutable());
    }

    /// <summary>Returns the entry for an element, if it differs.</summary>
    /// <param name="elementId">The element's id (text form).</param>
    /// <returns>The entry, or <see langword="null"/> when the element is the same in both versions.</returns>
    public PlanDiffEntry? EntryFor(string elementId) => Entries.FirstOrDefault(e => e.ElementId == elementId);

    /// <inheritdoc />
    public bool Equals(PlanDiff? other) =>
        other is not null && FromVersion == other.FromVersion && ToVersion == other.ToVersion && Internal.SequenceEquals(Entries, other.Entries);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(FromVersion, ToVersion, Entries.Length);

    /// <inheritdoc />
    public override string ToString() => Internal.Inv($"PlanDiff v{FromVersion}->v{ToVersion} ({Entries.Length} entries)");

    private static void Compare<TId, TElement>(
        ImmutableArray<PlanDiffEntry>.Builder entries,
        PlanElementKind kind,
        IEnumerable<(TId Id, object? Parent, TElement Element)> before,
        IEnumerable<(TId Id, object? Parent, TElement Element)> after,
        Func<TElement, TElement, List<string>> changedFields)
        where TId : struct, IStronglyTypedId<TId>
    {
        var afterList = after.ToList();
        var afterById = afterList.ToDictionary(e => e.Id);
        var beforeIds = new HashSet<TId>();
        foreach (var (id, parent, element) in before)
        {
            beforeIds.Add(id);
            if (!afterById.TryGetValue(id, out var later))
            {
                entries.Add(new PlanDiffEntry(kind, id.ToString()!, PlanChangeKind.Removed, parent?.ToString(), []));
                continue;
            }

            var fields = changedFields(element, later.Element);
            if (!Equals(parent, later.Parent))
            {
                fields.Insert(0, kind switch
                {
                    PlanElementKind.Goal => "Problem",
                    PlanElementKind.Objective => "Goal",
                    _ => "Objective",
                });
            }

            if (fields.Count > 0)
            {
                entries.Add(new PlanDiffEntry(kind, id.ToString()!, PlanChangeKind.Changed, later.Parent?.ToString(), [.. fields]));
            }
        }

        foreach (var (id, parent, _) in afterList.Where(e => !beforeIds.Contains(e.Id)))
        {
            entries.Add(new PlanDiffEntry(kind, id.ToString()!, PlanChangeKind.Added, parent?.ToString(), []));
        }
    }

    private static List<string> Fields(params (string Name, bool Differs)[] fields) =>
        [.. fields.Where(f => f.Differs).Select(f => f.Name)];

    private ImmutableArray<TId> Ids<TId>(PlanElementKind kind, PlanChangeKind change)
        where TId : struct, IStronglyTypedId<TId> =>
        [.. Entries.Where(e => e.ElementKind == kind && e.Change == change).Select(e => Identity.StronglyTypedId.Parse<TId>(e.ElementId))];
}
