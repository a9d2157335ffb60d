using CounselingRecords.Identity;
using CounselingRecords.Testing.Identity;
using CounselingRecords.TreatmentPlans.Plans;
using CounselingRecords.TreatmentPlans.Revisions;
using CounselingRecords.TreatmentPlans.Statuses;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using static CounselingRecords.TreatmentPlans.Tests.Support.PlanFixtures;

namespace CounselingRecords.TreatmentPlans.Tests.Revisions;

public sealed class PlanDiffProperties
{
    [Property(Arbitrary = [typeof(RevisionArbitraries)], MaxTest = 200)]
    public bool Revise_NeverLosesAGoalSilently_RemovedGoalsAppearInTheDiff(RevisionCase c)
    {
        var plan = NewPlan(c.Original, ids: TestIds.Seeded(c.Seed));
        var before = plan.CurrentVersion;
        var revised = plan.Revise(Revision(c.Apply(before)), TestIds.Seeded(c.Seed + 1));
        if (revised.Failure)
        {
            // The only refusal a well-formed revision can get is "nothing changed".
            return revised.Error.Code == TreatmentPlansErrorCodes.RevisionNoChanges && PlanDiff.Between(before, before).IsEmpty;
        }

        var after = revised.Value.CurrentVersion;
        var diff = revised.Value.Diff(1, 2).Value;
        var goneGoals = before.Goals.Select(g => g.Id).Except(after.Goals.Select(g => g.Id)).ToHashSet();
        var goneObjectives = before.Objectives.Select(o => o.Id).Except(after.Objectives.Select(o => o.Id)).ToHashSet();
        var newGoals = after.Goals.Select(g => g.Id).Except(before.Goals.Select(g => g.Id)).ToHashSet();

        return goneGoals.SetEquals(diff.RemovedGoals)
            && goneObjectives.SetEquals(diff.RemovedObjectives)
            && newGoals.SetEquals(diff.AddedGoals)
            && goneGoals.All(g => revised.Value.StatusOf(g) == ProgressStatus.Discontinued)
            && revised.Value.Versions[0] == before;
    }

    [Property(Arbitrary = [typeof(RevisionArbitraries)], MaxTest = 100)]
    public bool Diff_OfAVersionWithItself_IsEmpty(RevisionCase c)
    {
        var version = NewPlan(c.Original, ids: TestIds.Seeded(c.Seed)).CurrentVersion;
        return PlanDiff.Between(version, version).IsEmpty;
    }
}

/// <summary>A plan's content, and per goal of it: keep, drop, or keep with a changed statement; plus goals to add.</summary>
public sealed record RevisionCase(PlanContentInput Original, int[] GoalActions, int AddedGoals, int Seed)
{
    public PlanContentInput Apply(TreatmentPlanVersion version)
    {
        var content = ContentOf(version);
        var index = 0;
        var problems = content.Problems.Select(p => p with
        {
            Goals = [.. p.Goals.Select(g => (Goal: g, Action: GoalActions[index++ % GoalActions.Length]))
                .Where(x => x.Action != 1)
                .Select(x => x.Action == 2 ? x.Goal with { Statement = x.Goal.Statement + " (revised)" } : x.Goal)],
        }).ToList();
        for (var i = 0; i < AddedGoals; i++)
        {
            problems[0] = problems[0] with
            {
                Goals = [.. problems[0].Goals, new GoalInput { Statement = $"Added goal {i}", TargetDate = Day0.PlusWeeks(20), Objectives = [CountObjective()] }],
            };
        }

        // A problem left without goals is removed with them, as a clinician would.
        return content with { Problems = [.. problems.Where(p => p.Goals.Count > 0)] } is { Problems.Count: > 0 } kept
            ? kept
            : content with { Problems = [problems[0] with { Goals = [new GoalInput { Statement = "Replacement", TargetDate = Day0.PlusWeeks(20), Objectives = [CountObjective()] }] }] };
    }

    public override string ToString() => $"goals {Original.Problems.Sum(p => p.Goals.Count)}, actions [{string.Join(",", GoalActions)}], added {AddedGoals}, seed {Seed}";
}

public static class RevisionArbitraries
{
    public static Arbitrary<RevisionCase> Cases() =>
        (from problems in Gen.Choose(1, 3)
         from goalsPerProblem in Gen.Choose(1, 3).ArrayOf(problems)
         from actions in Gen.Choose(0, 2).ArrayOf(9)
         from added in Gen.Choose(0, 2)
         from seed in Gen.Choose(1, 100_000)
         select new RevisionCase(Content(goalsPerProblem), actions, added, seed)).ToArbitrary();

    private static PlanContentInput Content(int[] goalsPerProblem) => new()
    {
        Problems = [.. goalsPerProblem.Select((goals, p) => new ProblemInput
        {
            Diagnosis = p % 2 == 0 ? "F32.1" : "F41.1",
            Statement = $"Problem {p}",
            Goals = [.. Enumerable.Range(0, goals).Select(g => new GoalInput
            {
                Statement = $"Goal {p}.{g}",
                TargetDate = Day0.PlusWeeks(20),
                Objectives = [CountObjective(), InstrumentObjective("PHQ-9", 15, 4)],
            })],
        })],
    };
}
