using System.Collections.Immutable;
using CounselingRecords.Privacy;
using CounselingRecords.TreatmentPlans.Plans;

namespace CounselingRecords.TreatmentPlans.Measurements;

/// <summary>
/// The outcome of recording a measurement: the plan with the measurement (and any objectives that became achieved
/// by rule), the measurement as recorded, and one decision per objective with an automatic-achievement rule that
/// the measurement concerns.
/// </summary>
/// <param name="Plan">The plan after recording.</param>
/// <param name="Measurement">The measurement as recorded.</param>
/// <param name="Decisions">What the measurement did to each objective with an automatic-achievement rule.</param>
[ProtectedHealthInformation]
public sealed record MeasurementRecording(TreatmentPlan Plan, PlanMeasurement Measurement, ImmutableArray<AutoAchievementDecision> Decisions)
{
    /// <summary>Gets the objectives that became achieved by rule.</summary>
    public ImmutableArray<Identity.ObjectiveId> AchievedObjectives =>
        [.. Decisions.Where(d => d.Outcome == AutoAchievementOutcome.Achieved).Select(d => d.Objective)];

    /// <inheritdoc />
    public override string ToString() => Internal.Inv($"MeasurementRecording {Measurement.Id} ({Decisions.Length} decisions)");
}
