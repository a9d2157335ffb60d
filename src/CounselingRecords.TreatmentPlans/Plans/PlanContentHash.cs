using System.Globalization;
using System.Runtime.CompilerServices;
using CounselingRecords.Identity;
using CounselingRecords.Integrity;

namespace CounselingRecords.TreatmentPlans.Plans;

/// <summary>
/// The canonical text of a plan version, hashed when it is signed (R7.6): the plan and client ids, the version
/// number, effective date, revision and every problem, goal, objective and intervention field, in order.
/// Signatures themselves are not part of it.
/// </summary>
internal static class PlanContentHash
{
    // Versions are immutable and shared between the plans a verb returns, so a hash computed once for a version
    // instance (and the plan and client it was computed for) is reused instead of re-encoding the content.
    private static readonly ConditionalWeakTable<TreatmentPlanVersion, Cached> Cache = new();

    public static string Compute(TreatmentPlanId planId, ClientId clientId, TreatmentPlanVersion version)
    {
        if (Cache.TryGetValue(version, out var cached) && cached.Plan == planId && cached.Client == clientId)
        {
            return cached.Hash;
        }

        var hash = ComputeUncached(planId, clientId, version);
        Cache.AddOrUpdate(version, new Cached(planId, clientId, hash));
        return hash;
    }

    private static string ComputeUncached(TreatmentPlanId planId, ClientId clientId, TreatmentPlanVersion version)
    {
        var form = new CanonicalForm("TreatmentPlanVersion", 1)
            .Add("plan", planId.ToString())
            .Add("client", clientId.ToString())
            .Add("number", version.Number)
            .Add("effectiveOn", version.EffectiveOn)
            .Add("estimatedDurationWeeks", version.EstimatedDurationWeeks?.ToString(CultureInfo.InvariantCulture))
            .Add("supervisorSignatureRequired", version.SupervisorSignatureRequired)
            .Add("revision.author", version.Revision.Author.ToString())
            .Add("revision.recordedAt", version.Revision.RecordedAt)
            .Add("revision.reason", version.Revision.Reason)
            .Add("problems.count", version.Problems.Length);
        for (var p = 0; p < version.Problems.Length; p++)
        {
            var problem = version.Problems[p];
            var pp = Internal.Inv($"p[{p}]");
            form.Add(pp + ".id", problem.Id.ToString()).Add(pp + ".diagnosis", problem.Diagnosis.Value).Add(pp + ".statement", problem.Statement)
                .Add(pp + ".goals.count", problem.Goals.Length);
            for (var g = 0; g < problem.Goals.Length; g++)
            {
                var goal = problem.Goals[g];
                var gp = Internal.Inv($"{pp}.g[{g}]");
                form.Add(gp + ".id", goal.Id.ToString()).Add(gp + ".statement", goal.Statement).Add(gp + ".targetDate", goal.TargetDate)
                    .Add(gp + ".objectives.count", goal.Objectives.Length);
                for (var o = 0; o < goal.Objectives.Length; o++)
                {
                    var objective = goal.Objectives[o];
                    var op = Internal.Inv($"{gp}.o[{o}]");
                    var m = objective.Measure;
                    form.Add(op + ".id", objective.Id.ToString()).Add(op + ".statement", objective.Statement)
                        .Add(op + ".targetDate", objective.TargetDate).Add(op + ".autoAchieve", objective.AutoAchieve.ToString())
                        .Add(op + ".measure.kind", m.Kind.ToString()).Add(op + ".measure.instrument", m.InstrumentCode)
                        .Add(op + ".measure.baseline", m.Baseline).Add(op + ".measure.target", m.Target).Add(op + ".measure.unit", m.Unit)
                        .Add(op + ".measure.baselineMeasurement", m.BaselineMeasurementId?.ToString())
                        .Add(op + ".interventions.count", objective.Interventions.Length);
                    for (var i = 0; i < objective.Interventions.Length; i++)
                    {
                        var intervention = objective.Interventions[i];
                        var ip = Internal.Inv($"{op}.i[{i}]");
                        form.Add(ip + ".id", intervention.Id.ToString()).Add(ip + ".approach", intervention.Approach)
                            .Add(ip + ".delivery", intervention.Delivery?.ToString()).Add(ip + ".sessions", intervention.Frequency.Sessions)
                            .Add(ip + ".per", intervention.Frequency.Per.ToString())
                            .Add(ip + ".minutes", intervention.Frequency.MinutesPerSession?.ToString(CultureInfo.InvariantCulture))
                            .Add(ip + ".clinician", intervention.ResponsibleClinician.ToString());
                    }
                }
            }
        }

        return form.ComputeSha256();
    }

    private sealed record Cached(TreatmentPlanId Plan, ClientId Client, string Hash);
}
