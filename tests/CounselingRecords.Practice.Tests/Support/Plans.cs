using CounselingRecords.Care;
using CounselingRecords.Identity;
using CounselingRecords.TreatmentPlans.Instruments;
using CounselingRecords.TreatmentPlans.Measurements;
using CounselingRecords.TreatmentPlans.Plans;
using CounselingRecords.TreatmentPlans.Progress;
using CounselingRecords.TreatmentPlans.Sessions;
using NodaTime;
using static CounselingRecords.Practice.Tests.Support.World;

namespace CounselingRecords.Practice.Tests.Support;

/// <summary>
/// Treatment plans for the workflow tests: one problem (F32.1) with one goal and two objectives, a PHQ-9 objective
/// (baseline 18, target 4) achieved automatically at remission (R8.5) and a weekly count of activities the client
/// avoids (baseline 5, target 1), written by the associate, reviewed every 90 days (the R7.13 default).
/// </summary>
internal static class Plans
{
    public static TreatmentPlan Plan(ClientId client, LocalDate effectiveOn, IIdGenerator ids, ClinicianId? author = null) =>
        TreatmentPlan.Create(
            new CreateTreatmentPlanRequest
            {
                Client = client,
                EffectiveOn = effectiveOn,
                Author = author ?? Associate,
                RecordedAt = NewYork.AtStartOfDay(effectiveOn).ToInstant() + Duration.FromHours(12),
                Content = Content(effectiveOn, author ?? Associate),
            },
            ids).Value;

    public static PlanObjective Phq9Objective(TreatmentPlan plan) => plan.CurrentVersion.Objectives.Single(o => o.Measure.Kind == MeasureKind.InstrumentScore);

    public static PlanObjective CountObjective(TreatmentPlan plan) => plan.CurrentVersion.Objectives.Single(o => o.Measure.Kind == MeasureKind.FrequencyCount);

    /// <summary>Records a PHQ-9 total on a date (recorded at noon New York that day unless given).</summary>
    public static MeasurementRecording RecordPhq9(TreatmentPlan plan, int total, LocalDate on, IIdGenerator ids, NoteId? note = null, Instant? recordedAt = null) =>
        plan.RecordInstrumentScore(
            new RecordInstrumentScoreRequest
            {
                MeasurementId = ids.New<MeasurementId>(),
                Score = Phq9(total),
                AdministeredOn = on,
                RecordedAt = recordedAt ?? NewYork.AtStartOfDay(on).ToInstant() + Duration.FromHours(12),
                RecordedBy = plan.CurrentVersion.Revision.Author,
                Note = note,
            },
            ProgressPresets.UnitedStates).Value;

    public static TreatmentPlan RecordCount(TreatmentPlan plan, decimal value, LocalDate on, IIdGenerator ids) =>
        plan.RecordObservation(new RecordObservationRequest
        {
            MeasurementId = ids.New<MeasurementId>(),
            Objective = CountObjective(plan).Id,
            Value = value,
            ObservedOn = on,
            RecordedAt = NewYork.AtStartOfDay(on).ToInstant() + Duration.FromHours(12),
            RecordedBy = plan.CurrentVersion.Revision.Author,
        }).Value.Plan;

    public static TreatmentPlan LinkSession(TreatmentPlan plan, NoteId note, LocalDate on, params ObjectiveId[] objectives) =>
        plan.RecordSession(new RecordSessionRequest
        {
            Note = note,
            SessionDate = on,
            Objectives = objectives,
            RecordedAt = NewYork.AtStartOfDay(on).ToInstant() + Duration.FromHours(18),
        }).Value;

    /// <summary>PHQ-9 answers with the given total on items 1–8, item 9 (safety) answered 0.</summary>
    public static InstrumentScore Phq9(int total)
    {
        var answers = new int?[10];
        for (var i = 0; i < 8; i++)
        {
            answers[i] = Math.Min(3, total);
            total -= answers[i]!.Value;
        }

        answers[8] = 0;
        return InstrumentScorer.Score(StandardInstruments.Phq9Default, answers).Value;
    }

    private static PlanContentInput Content(LocalDate start, ClinicianId author) => new()
    {
        EstimatedDurationWeeks = 16,
        Problems =
        [
            new ProblemInput
            {
                Diagnosis = "F32.1",
                Statement = "Depressed mood most days",
                Goals =
                [
                    new GoalInput
                    {
                        Statement = "Client will report improved mood and re-engage in daily activities",
                        TargetDate = start.PlusWeeks(16),
                        Objectives =
                        [
                            new ObjectiveInput
                            {
                                Statement = "PHQ-9 below 5",
                                Measure = new MeasureInput { Kind = MeasureKind.InstrumentScore, InstrumentCode = StandardInstruments.Phq9Code, Baseline = 18, Target = 4 },
                                TargetDate = start.PlusWeeks(12),
                                AutoAchieve = AutoAchieveRule.Remission,
                                Interventions = [Intervention(author)],
                            },
                            new ObjectiveInput
                            {
                                Statement = "Avoid at most one planned activity a week",
                                Measure = new MeasureInput { Kind = MeasureKind.FrequencyCount, Baseline = 5, Target = 1, Unit = "activities avoided per week" },
                                TargetDate = start.PlusWeeks(12),
                                AutoAchieve = AutoAchieveRule.Off,
                                Interventions = [Intervention(author)],
                            },
                        ],
                    },
                ],
            },
        ],
    };

    private static InterventionInput Intervention(ClinicianId author) => new()
    {
        Approach = "CBT: behavioral activation",
        Delivery = Modality.InPerson,
        Sessions = 1,
        Per = FrequencyUnit.Week,
        MinutesPerSession = 53,
        ResponsibleClinician = author,
    };
}
