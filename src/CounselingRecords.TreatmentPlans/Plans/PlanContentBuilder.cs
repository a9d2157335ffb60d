using System.Collections.Immutable;
using CounselingRecords.Coding;
using CounselingRecords.Identity;
using CounselingRecords.Results;

namespace CounselingRecords.TreatmentPlans.Plans;

/// <summary>Turns validated content input into plan elements, giving new elements ids and checking that kept ids are known.</summary>
internal static class PlanContentBuilder
{
    /// <param name="content">Validated content.</param>
    /// <param name="ids">The id generator for new elements.</param>
    /// <param name="history">The versions so far, whose ids may be kept; <see langword="null"/> when creating a plan (any given id is accepted).</param>
    public static Result<ImmutableArray<PlanProblem>> Build(PlanContentInput content, IIdGenerator ids, ImmutableArray<TreatmentPlanVersion>? history)
    {
        var knownProblems = history?.SelectMany(v => v.Problems).Select(p => p.Id).ToHashSet();
        var knownGoals = history?.SelectMany(v => v.Goals).Select(g => g.Id).ToHashSet();
        var knownObjectives = history?.SelectMany(v => v.Objectives).Select(o => o.Id).ToHashSet();
        var knownInterventions = history?.SelectMany(v => v.Interventions).Select(i => i.Id).ToHashSet();
        DomainError? unknown = null;

        TId Resolve<TId>(TId? given, HashSet<TId>? known, string what)
            where TId : struct, IStronglyTypedId<TId>
        {
            if (given is not { } id)
            {
                return ids.New<TId>();
            }

            if (known is not null && !known.Contains(id))
            {
                unknown ??= new DomainError(
                    TreatmentPlansErrorCodes.RevisionUnknownElement,
                    Internal.Inv($"The {what} {id} was never part of this plan; leave the id out for a new {what}."),
                    "R7.7",
                    id.ToString());
            }

            return id;
        }

        var problems = content.Problems.Select(p => new PlanProblem(
            Resolve(p.Id, knownProblems, "problem"),
            DiagnosisCode.Parse(p.Diagnosis),
            p.Statement,
            [.. p.Goals.Select(g => new PlanGoal(
                Resolve(g.Id, knownGoals, "goal"),
                g.Statement,
                g.TargetDate!.Value,
                [.. g.Objectives.Select(o => new PlanObjective(
                    Resolve(o.Id, knownObjectives, "objective"),
                    o.Statement,
                    new ObjectiveMeasure(o.Measure!.Kind, o.Measure.InstrumentCode, o.Measure.Baseline, o.Measure.Target, o.Measure.Unit, o.Measure.BaselineMeasurementId),
                    o.TargetDate!.Value,
                    o.AutoAchieve,
                    [.. o.Interventions.Select(i => new PlanIntervention(
                        Resolve(i.Id, knownInterventions, "intervention"),
                        i.Approach,
                        i.Delivery,
                        new ServiceFrequency(i.Sessions, i.Per, i.MinutesPerSession),
                        i.ResponsibleClinician))]))]))])).ToImmutableArray();
        return unknown is null ? problems : unknown;
    }
}
