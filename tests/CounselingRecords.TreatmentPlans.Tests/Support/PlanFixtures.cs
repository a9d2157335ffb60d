using CounselingRecords.Care;
using CounselingRecords.Identity;
using CounselingRecords.Testing.Clocks;
using CounselingRecords.Testing.Identity;
using CounselingRecords.TreatmentPlans.Instruments;
using CounselingRecords.TreatmentPlans.Measurements;
using CounselingRecords.TreatmentPlans.Plans;
using CounselingRecords.TreatmentPlans.Progress;
using CounselingRecords.TreatmentPlans.Reviews;
using NodaTime;

namespace CounselingRecords.TreatmentPlans.Tests.Support;

/// <summary>Plans, inputs and scores used across the tests.</summary>
internal static class PlanFixtures
{
    public static Instant T0 => TestClock.DefaultStart;

    public static LocalDate Day0 => new(2026, 1, 5);

    public static ClinicianId Clinician => TestIds.Numbered<ClinicianId>(1);

    public static ClinicianId OtherClinician => TestIds.Numbered<ClinicianId>(2);

    public static ClinicianId Supervisor => TestIds.Numbered<ClinicianId>(3);

    public static ClientId Client => TestIds.Numbered<ClientId>(1);

    public static InterventionInput Intervention(string approach = "CBT: cognitive restructuring") => new()
    {
        Approach = approach,
        Delivery = Modality.Video,
        Sessions = 1,
        Per = FrequencyUnit.Week,
        MinutesPerSession = 53,
        ResponsibleClinician = Clinician,
    };

    public static ObjectiveInput InstrumentObjective(
        string instrument, decimal baseline, decimal target, AutoAchieveRule rule = AutoAchieveRule.Off, string statement = "Reduce symptom score") => new()
    {
        Statement = statement,
        Measure = new MeasureInput { Kind = MeasureKind.InstrumentScore, InstrumentCode = instrument, Baseline = baseline, Target = target },
        TargetDate = Day0.PlusWeeks(12),
        AutoAchieve = rule,
        Interventions = [Intervention()],
    };

    public static ObjectiveInput CountObjective(decimal baseline = 5, decimal target = 1, AutoAchieveRule rule = AutoAchieveRule.TargetReached) => new()
    {
        Statement = "Fewer panic attacks",
        Measure = new MeasureInput { Kind = MeasureKind.FrequencyCount, Baseline = baseline, Target = target, Unit = "panic attacks per week" },
        TargetDate = Day0.PlusWeeks(10),
        AutoAchieve = rule,
        Interventions = [Intervention("Interoceptive exposure")],
    };

    /// <summary>Two problems, two goals: depression (PHQ-9, achieved at remission) and anxiety (GAD-7 and a panic-attack count).</summary>
    public static PlanContentInput TwoGoalContent(AutoAchieveRule phq9Rule = AutoAchieveRule.Remission) => new()
    {
        EstimatedDurationWeeks = 16,
        Problems =
        [
            new ProblemInput
            {
                Diagnosis = "F32.1",
                Statement = "Depressed mood most days; withdrawn from friends and work",
                Goals =
                [
                    new GoalInput
                    {
                        Statement = "Client will report improved mood and re-engage in daily activities",
                        TargetDate = Day0.PlusWeeks(16),
                        Objectives = [InstrumentObjective(StandardInstruments.Phq9Code, 18, 4, phq9Rule, "PHQ-9 below 5")],
                    },
                ],
            },
            new ProblemInput
            {
                Diagnosis = "F41.1",
                Statement = "Excessive worry and panic attacks",
                Goals =
                [
                    new GoalInput
                    {
                        Statement = "Client will manage anxiety without avoidance",
                        TargetDate = Day0.PlusWeeks(16),
                        Objectives = [InstrumentObjective(StandardInstruments.Gad7Code, 14, 4, AutoAchieveRule.Off, "GAD-7 below 5"), CountObjective()],
                    },
                ],
            },
        ],
    };

    public static CreateTreatmentPlanRequest CreateRequest(PlanContentInput? content = null, ReviewCadence? cadence = null) => new()
    {
        Client = Client,
        EffectiveOn = Day0,
        Author = Clinician,
        RecordedAt = T0,
        Content = content ?? TwoGoalContent(),
        Cadence = cadence,
    };

    public static TreatmentPlan NewPlan(PlanContentInput? content = null, ReviewCadence? cadence = null, IIdGenerator? ids = null) =>
        TreatmentPlan.Create(CreateRequest(content, cadence), ids ?? TestIds.Seeded()).Value;

    /// <summary>The content of a version as input, ids kept, so a test can change it and revise.</summary>
    public static PlanContentInput ContentOf(TreatmentPlanVersion version) => new()
    {
        EstimatedDurationWeeks = version.EstimatedDurationWeeks,
        SupervisorSignatureRequired = version.SupervisorSignatureRequired,
        Problems = [.. version.Problems.Select(p => new ProblemInput
        {
            Id = p.Id,
            Diagnosis = p.Diagnosis.Value,
            Statement = p.Statement,
            Goals = [.. p.Goals.Select(g => new GoalInput
            {
                Id = g.Id,
                Statement = g.Statement,
                TargetDate = g.TargetDate,
                Objectives = [.. g.Objectives.Select(o => new ObjectiveInput
                {
                    Id = o.Id,
                    Statement = o.Statement,
                    Measure = new MeasureInput
                    {
                        Kind = o.Measure.Kind,
                        InstrumentCode = o.Measure.InstrumentCode,
                        Baseline = o.Measure.Baseline,
                        Target = o.Measure.Target,
                        Unit = o.Measure.Unit,
                        BaselineMeasurementId = o.Measure.BaselineMeasurementId,
                    },
                    TargetDate = o.TargetDate,
                    AutoAchieve = o.AutoAchieve,
                    Interventions = [.. o.Interventions.Select(i => new InterventionInput
                    {
                        Id = i.Id,
                        Approach = i.Approach,
                        Delivery = i.Delivery,
                        Sessions = i.Frequency.Sessions,
                        Per = i.Frequency.Per,
                        MinutesPerSession = i.Frequency.MinutesPerSession,
                        ResponsibleClinician = i.ResponsibleClinician,
                    })],
                })],
            })],
        })],
    };

    public static RevisePlanRequest Revision(PlanContentInput content, int daysAfterStart = 30, string reason = "Quarterly review") => new()
    {
        EffectiveOn = Day0.PlusDays(daysAfterStart),
        Author = Clinician,
        RecordedAt = T0.Plus(Duration.FromDays(daysAfterStart)),
        Reason = reason,
        Content = content,
    };

    /// <summary>PHQ-9 answers with the given total, item 9 as given and the difficulty item unanswered.</summary>
    public static InstrumentScore Phq9(int total, int item9 = 0, InstrumentDefinition? definition = null)
    {
        var answers = Spread(total - item9, 8);
        return InstrumentScorer.Score(definition ?? StandardInstruments.Phq9Default, [.. answers.Select(a => (int?)a), item9]).Value;
    }

    public static InstrumentScore Gad7(int total) =>
        InstrumentScorer.Score(StandardInstruments.Gad7Default, [.. Spread(total, 7).Select(a => (int?)a)]).Value;

    public static int[] Spread(int total, int items)
    {
        if (total < 0 || total > items * 3)
        {
            throw new ArgumentOutOfRangeException(nameof(total));
        }

        var answers = new int[items];
        for (var i = 0; i < items && total > 0; i++)
        {
            answers[i] = Math.Min(3, total);
            total -= answers[i];
        }

        return answers;
    }

    public static MeasurementRecording Record(
        this TreatmentPlan plan, InstrumentScore score, int day, IIdGenerator ids, ProgressPreset? preset = null, NoteId? note = null) =>
        plan.RecordInstrumentScore(
            new RecordInstrumentScoreRequest
            {
                MeasurementId = ids.New<MeasurementId>(),
                Score = score,
                AdministeredOn = Day0.PlusDays(day),
                RecordedAt = T0.Plus(Duration.FromDays(day)),
                RecordedBy = Clinician,
                Note = note,
            },
            preset ?? ProgressPresets.UnitedStates).Value;
}
