using System.Collections.Immutable;
using CounselingRecords.Identity;
using CounselingRecords.Results;
using CounselingRecords.TreatmentPlans.Measurements;
using CounselingRecords.TreatmentPlans.Progress;
using CounselingRecords.TreatmentPlans.Statuses;
using CounselingRecords.Validation;
using NodaTime;

namespace CounselingRecords.TreatmentPlans.Plans;

/// <content>Measurements, progress evaluation (R8.5–R8.8) and achievement by rule.</content>
public sealed partial class TreatmentPlan
{
    /// <summary>
    /// Records an instrument score. It counts for every objective of the current version measured by that
    /// instrument; each of those with an automatic-achievement rule is evaluated under <paramref name="preset"/>
    /// and becomes achieved when its rule is met, recording who (the recording clinician), when (the
    /// administration date) and why (the rule and the evaluation). When the latest administration raised the
    /// safety flag (R8.2) achievement is held for a clinician to decide.
    /// </summary>
    /// <param name="request">The score to record.</param>
    /// <param name="preset">The progress preset the practice uses.</param>
    /// <returns>
    /// The recording; or <see cref="CoreErrorCodes.ValidationFailed"/>, <see cref="TreatmentPlansErrorCodes.PlanClosed"/> or
    /// <see cref="TreatmentPlansErrorCodes.MeasurementAlreadyRecorded"/>.
    /// </returns>
    public Result<MeasurementRecording> RecordInstrumentScore(RecordInstrumentScoreRequest? request, ProgressPreset preset)
    {
        ArgumentNullException.ThrowIfNull(preset);
        if (Closed() is { } closed)
        {
            return closed;
        }

        var valid = RecordInstrumentScoreRequestValidator.Instance.Check(request);
        if (valid.Failure)
        {
            return valid.ConvertError<MeasurementRecording>();
        }

        var input = valid.Value;
        if (Measurements.Any(m => m.Id == input.MeasurementId))
        {
            return AlreadyRecorded(input.MeasurementId);
        }

        var score = input.Score!;
        var measurement = new PlanMeasurement(
            input.MeasurementId,
            MeasureKind.InstrumentScore,
            score.InstrumentCode,
            null,
            score.Total,
            input.AdministeredOn,
            input.RecordedAt,
            input.RecordedBy,
            input.Note,
            score.Band?.Code,
            score.SafetyFlag,
            score.Prorated);
        var plan = With(measurements: Measurements.Add(measurement));
        var concerned = CurrentVersion.Objectives.Where(o => o.Measure.Kind == MeasureKind.InstrumentScore
            && string.Equals(o.Measure.InstrumentCode, score.InstrumentCode, StringComparison.OrdinalIgnoreCase));
        return plan.ApplyAutoAchievement(measurement, concerned, preset);
    }

    /// <summary>
    /// Records a frequency count or clinician rating for one objective of the current version. An objective whose
    /// rule is <see cref="AutoAchieveRule.TargetReached"/> becomes achieved when the value reaches its target.
    /// </summary>
    /// <param name="request">The observation.</param>
    /// <returns>
    /// The recording; or <see cref="CoreErrorCodes.ValidationFailed"/>, <see cref="TreatmentPlansErrorCodes.PlanClosed"/>,
    /// <see cref="TreatmentPlansErrorCodes.MeasurementAlreadyRecorded"/>, <see cref="TreatmentPlansErrorCodes.MeasurementObjectiveNotFound"/>,
    /// <see cref="TreatmentPlansErrorCodes.MeasurementKindMismatch"/> or <see cref="TreatmentPlansErrorCodes.MeasurementCountInvalid"/>.
    /// </returns>
    public Result<MeasurementRecording> RecordObservation(RecordObservationRequest? request)
    {
        if (Closed() is { } closed)
        {
            return closed;
        }

        var valid = RecordObservationRequestValidator.Instance.Check(request);
        if (valid.Failure)
        {
            return valid.ConvertError<MeasurementRecording>();
        }

        var input = valid.Value;
        if (Measurements.Any(m => m.Id == input.MeasurementId))
        {
            return AlreadyRecorded(input.MeasurementId);
        }

        var objective = CurrentVersion.FindObjective(input.Objective);
        if (objective is null)
        {
            return new DomainError(
                TreatmentPlansErrorCodes.MeasurementObjectiveNotFound,
                Internal.Inv($"{input.Objective} is not in version {CurrentVersion.Number} of plan {Id}."),
                target: input.Objective.ToString());
        }

        if (objective.Measure.Kind == MeasureKind.InstrumentScore)
        {
            return new DomainError(
                TreatmentPlansErrorCodes.MeasurementKindMismatch,
                Internal.Inv($"{input.Objective} is measured by {objective.Measure.InstrumentCode}; record the instrument score instead."),
                target: input.Objective.ToString());
        }

        if (objective.Measure.Kind == MeasureKind.FrequencyCount && input.Value != decimal.Truncate(input.Value))
        {
            return new DomainError(
                TreatmentPlansErrorCodes.MeasurementCountInvalid,
                Internal.Inv($"{input.Objective} is a frequency count; the value must be a whole number."),
                target: input.Objective.ToString());
        }

        var measurement = new PlanMeasurement(
            input.MeasurementId, objective.Measure.Kind, null, input.Objective, input.Value, input.ObservedOn, input.RecordedAt, input.RecordedBy, input.Note, null, false, false);
        var plan = With(measurements: Measurements.Add(measurement));
        return plan.ApplyAutoAchievement(measurement, [objective], preset: null);
    }

    /// <summary>
    /// Evaluates progress on an instrument-measured objective of the current version (R8.5–R8.8): the baseline is
    /// the objective's baseline measurement when recorded (otherwise its stated baseline), the final score the latest
    /// score of the instrument since the baseline (or since the objective entered the plan); when the preset pairs
    /// the instrument (R8.6), the paired instrument's scores on the baseline and final dates are used.
    /// </summary>
    /// <param name="objective">The objective.</param>
    /// <param name="preset">The progress preset.</param>
    /// <returns>
    /// The evaluation; or <see cref="TreatmentPlansErrorCodes.ProgressObjectiveNotFound"/>, <see cref="TreatmentPlansErrorCodes.ProgressNotInstrumentMeasured"/>,
    /// <see cref="TreatmentPlansErrorCodes.ProgressNoFollowUpScore"/> or <see cref="TreatmentPlansErrorCodes.ProgressNoRuleForInstrument"/>.
    /// </returns>
    public Result<ProgressEvaluation> EvaluateObjective(ObjectiveId objective, ProgressPreset preset)
    {
        ArgumentNullException.ThrowIfNull(preset);
        var found = CurrentVersion.FindObjective(objective);
        if (found is null)
        {
            return new DomainError(
                TreatmentPlansErrorCodes.ProgressObjectiveNotFound,
                Internal.Inv($"{objective} is not in version {CurrentVersion.Number} of plan {Id}."),
                target: objective.ToString());
        }

        var measure = found.Measure;
        if (measure.Kind != MeasureKind.InstrumentScore)
        {
            return new DomainError(
                TreatmentPlansErrorCodes.ProgressNotInstrumentMeasured,
                Internal.Inv($"{objective} is measured by {measure.Kind}, not by an instrument."),
                "R8.8",
                objective.ToString());
        }

        var code = measure.InstrumentCode!;
        var baselineMeasurement = measure.BaselineMeasurementId is { } bid ? Measurements.FirstOrDefault(m => m.Id == bid && m.IsInstrument(code)) : null;
        var from = baselineMeasurement?.MeasuredOn ?? InPlanSince(objective)!.Value;
        var final = Latest(Measurements.Where(m => m.IsInstrument(code) && m.Id != baselineMeasurement?.Id && m.MeasuredOn >= from));
        if (final is null)
        {
            return new DomainError(
                TreatmentPlansErrorCodes.ProgressNoFollowUpScore,
                Internal.Inv($"No {code} score after the baseline of {objective} has been recorded."),
                "R8.8",
                objective.ToString());
        }

        var baseline = baselineMeasurement is not null
            ? new ScorePoint(baselineMeasurement.Value, baselineMeasurement.MeasuredOn, baselineMeasurement.Id)
            : new ScorePoint(measure.Baseline, null, null);
        ScorePoint? pairedBaseline = null;
        ScorePoint? pairedFinal = null;
        if (preset.RuleFor(code)?.PairedInstrumentCode is { } pairedCode)
        {
            var pairedAtFinal = Latest(Measurements.Where(m => m.IsInstrument(pairedCode) && m.MeasuredOn == final.MeasuredOn));
            var pairedAtBaseline = baselineMeasurement is not null
                ? Latest(Measurements.Where(m => m.IsInstrument(pairedCode) && m.MeasuredOn == baselineMeasurement.MeasuredOn))
                : Measurements.Where(m => m.IsInstrument(pairedCode) && m.MeasuredOn >= from && m.MeasuredOn < final.MeasuredOn)
                    .OrderBy(m => m.MeasuredOn).ThenBy(m => m.RecordedAt).FirstOrDefault();
            if (pairedAtFinal is not null && pairedAtBaseline is not null && pairedAtFinal.Id != pairedAtBaseline.Id)
            {
                pairedBaseline = new ScorePoint(pairedAtBaseline.Value, pairedAtBaseline.MeasuredOn, pairedAtBaseline.Id);
                pairedFinal = new ScorePoint(pairedAtFinal.Value, pairedAtFinal.MeasuredOn, pairedAtFinal.Id);
            }
        }

        var input = new ProgressInput(code, baseline, new ScorePoint(final.Value, final.MeasuredOn, final.Id), pairedBaseline, pairedFinal, final.SafetyFlag);
        return ProgressEvaluator.Evaluate(input, preset);
    }

    /// <summary>Returns the measurements recorded for an objective: its instrument's totals, or its own counts or ratings, oldest first.</summary>
    /// <param name="objective">The objective.</param>
    /// <returns>The measurements (empty when the objective is not in the current version).</returns>
    public ImmutableArray<PlanMeasurement> MeasurementsFor(ObjectiveId objective)
    {
        var found = CurrentVersion.FindObjective(objective);
        if (found is null)
        {
            return [];
        }

        return [.. Measurements
            .Where(m => found.Measure.Kind == MeasureKind.InstrumentScore ? m.IsInstrument(found.Measure.InstrumentCode) : m.Objective == objective)
            .OrderBy(m => m.MeasuredOn)
            .ThenBy(m => m.RecordedAt)];
    }

    private static PlanMeasurement? Latest(IEnumerable<PlanMeasurement> measurements) =>
        measurements.OrderBy(m => m.MeasuredOn).ThenBy(m => m.RecordedAt).LastOrDefault();

    private DomainError AlreadyRecorded(MeasurementId id) =>
        new(TreatmentPlansErrorCodes.MeasurementAlreadyRecorded, Internal.Inv($"Measurement {id} is already recorded on plan {Id}."), target: id.ToString());

    private MeasurementRecording ApplyAutoAchievement(PlanMeasurement measurement, IEnumerable<PlanObjective> objectives, ProgressPreset? preset)
    {
        var decisions = ImmutableArray.CreateBuilder<AutoAchievementDecision>();
        var history = StatusHistory.ToBuilder();
        foreach (var objective in objectives.Where(o => o.AutoAchieve != AutoAchieveRule.Off))
        {
            var (decision, evidence, evidenceDate) = Decide(objective, preset, measurement);
            decisions.Add(decision);
            if (decision.Outcome != AutoAchievementOutcome.Achieved)
            {
                continue;
            }

            var last = LastChange(objective.Id);
            history.Add(new StatusChange(
                null,
                objective.Id,
                last?.To ?? ProgressStatus.NotStarted,
                ProgressStatus.Achieved,
                last is not null && last.EffectiveOn > evidenceDate ? last.EffectiveOn : evidenceDate,
                measurement.RecordedAt,
                measurement.RecordedBy,
                StatusChangeSource.Rule,
                "Achieved automatically: " + decision.Reason,
                decision.Rule == AutoAchieveRule.TargetReached ? null : decision.Evaluation?.DecidingRuleId,
                CurrentVersion.Number,
                evidence));
        }

        var plan = history.Count == StatusHistory.Length ? this : With(statusHistory: history.ToImmutable());
        return new MeasurementRecording(plan, measurement, decisions.ToImmutable());
    }

    private (AutoAchievementDecision Decision, ImmutableArray<MeasurementId> Evidence, LocalDate EvidenceDate) Decide(
        PlanObjective objective, ProgressPreset? preset, PlanMeasurement recorded)
    {
        var rule = objective.AutoAchieve;
        var status = StatusOf(objective.Id);
        if (ProgressStatusTransitions.IsClosed(status))
        {
            return (new AutoAchievementDecision(objective.Id, rule, AutoAchievementOutcome.AlreadyClosed, Internal.Inv($"{objective.Id} is already {status}."), null), [], recorded.MeasuredOn);
        }

        ProgressEvaluation? evaluation = null;
        DomainError? notEvaluable = null;
        if (objective.Measure.Kind == MeasureKind.InstrumentScore && preset is not null)
        {
            var evaluated = EvaluateObjective(objective.Id, preset);
            evaluation = evaluated.ErrorOrNull is null ? evaluated.Value : null;
            notEvaluable = evaluated.ErrorOrNull;
        }

        bool met;
        bool safetyFlag;
        string reason;
        ImmutableArray<MeasurementId> evidence;
        LocalDate evidenceDate;
        if (rule == AutoAchieveRule.TargetReached)
        {
            var latest = Latest(MeasurementsFor(objective.Id).Where(m => m.MeasuredOn >= InPlanSince(objective.Id)!.Value));
            if (latest is null)
            {
                return (new AutoAchievementDecision(objective.Id, rule, AutoAchievementOutcome.NotEvaluable, "No measurement since the objective entered the plan.", evaluation), [], recorded.MeasuredOn);
            }

            met = objective.Measure.IsTargetReached(latest.Value);
            safetyFlag = latest.SafetyFlag;
            evidence = [latest.Id];
            evidenceDate = latest.MeasuredOn;
            reason = Internal.Inv($"target {(objective.Measure.LowerIsBetter ? "≤" : "≥")} {Internal.Num(objective.Measure.Target)} {(met ? "reached" : "not reached")}: latest value {Internal.Num(latest.Value)} on {Date(latest.MeasuredOn)} (measurement {latest.Id}, baseline {Internal.Num(objective.Measure.Baseline)}).");
        }
        else
        {
            if (evaluation is null)
            {
                return (new AutoAchievementDecision(
                    objective.Id, rule, AutoAchievementOutcome.NotEvaluable, notEvaluable?.Message ?? "No progress preset was given.", null), [], recorded.MeasuredOn);
            }

            var needed = rule switch
            {
                AutoAchieveRule.Remission => ProgressClassification.Remitted,
                AutoAchieveRule.Response => ProgressClassification.Response,
                _ => ProgressClassification.ReliablyImproved,
            };
            met = evaluation.Classification >= needed;
            safetyFlag = evaluation.SafetyFlag;
            evidence = [.. new[] { evaluation.Baseline.MeasurementId, evaluation.Final.MeasurementId }.Where(id => id is not null).Select(id => id!.Value)];
            evidenceDate = evaluation.Final.MeasuredOn ?? recorded.MeasuredOn;
            reason = Internal.Inv($"rule {rule} needs at least {needed}; {evaluation.Explanation}");
        }

        if (!met)
        {
            return (new AutoAchievementDecision(objective.Id, rule, AutoAchievementOutcome.NotMet, reason, evaluation), evidence, evidenceDate);
        }

        if (safetyFlag)
        {
            return (new AutoAchievementDecision(
                objective.Id,
                rule,
                AutoAchievementOutcome.HeldForSafetyFlag,
                "The rule is met but the latest administration raised the safety flag (R8.2); a clinician decides. " + reason,
                evaluation), evidence, evidenceDate);
        }

        return (new AutoAchievementDecision(objective.Id, rule, AutoAchievementOutcome.Achieved, reason, evaluation), evidence, evidenceDate);
    }
}
