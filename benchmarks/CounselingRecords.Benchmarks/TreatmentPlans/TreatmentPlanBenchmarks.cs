using BenchmarkDotNet.Attributes;
using CounselingRecords.Identity;
using CounselingRecords.TreatmentPlans.Instruments;
using CounselingRecords.TreatmentPlans.Measurements;
using CounselingRecords.TreatmentPlans.Plans;
using CounselingRecords.TreatmentPlans.Progress;
using CounselingRecords.TreatmentPlans.Sessions;
using CounselingRecords.TreatmentPlans.Signatures;
using NodaTime;

namespace CounselingRecords.Benchmarks.TreatmentPlans;

/// <summary>
/// The cost of the plan's verbs against rebuilding the plan from its state (what storage does on every load).
/// Every verb returns a new plan through the same constructor, which re-checks the structure and recomputes the
/// content hash of each signed version; the parameter is the number of signed versions the plan carries.
/// Hashes are cached per version instance, so verbs (and this rebuild, which reuses the instances) pay the hash
/// once; a cold load from storage pays it once per signed version (about 23 µs each on the reference machine).
/// </summary>
[MemoryDiagnoser]
public class TreatmentPlanBenchmarks
{
    private static readonly LocalDate Day0 = new(2026, 1, 5);
    private static readonly Instant T0 = Instant.FromUtc(2026, 1, 5, 14, 0);
    private static readonly ClinicianId Clinician = new(Guid.Parse("00000000-0000-0000-0000-000000000001"));

    private TreatmentPlan _plan = null!;
    private RecordSessionRequest _session = null!;
    private RecordInstrumentScoreRequest _score = null!;

    [Params(1, 12)]
    public int SignedVersions { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var ids = new SeededIdGenerator(1);
        _plan = TreatmentPlan.Create(
            new CreateTreatmentPlanRequest
            {
                Client = ids.New<ClientId>(), EffectiveOn = Day0, Author = Clinician, RecordedAt = T0, Content = Content(16),
            },
            ids).Value;
        for (var v = 1; v <= SignedVersions; v++)
        {
            if (v > 1)
            {
                var revision = new RevisePlanRequest
                {
                    EffectiveOn = Day0.PlusDays(v), Author = Clinician, RecordedAt = T0.Plus(Duration.FromDays(v)), Reason = "Review",
                    Content = Reuse(_plan.CurrentVersion, 16 + v),
                };
                _plan = _plan.Revise(revision, ids).Value;
            }

            _plan = _plan.Sign(new SignVersionRequest
            {
                VersionNumber = v, Role = SignatureRole.Clinician, Clinician = Clinician, SignedAt = T0.Plus(Duration.FromDays(v) + Duration.FromHours(1)),
            }).Value;
        }

        _session = new RecordSessionRequest
        {
            Note = ids.New<NoteId>(), SessionDate = Day0.PlusDays(60), Objectives = [_plan.CurrentVersion.Objectives[0].Id], RecordedAt = T0.Plus(Duration.FromDays(60)),
        };
        _score = new RecordInstrumentScoreRequest
        {
            MeasurementId = ids.New<MeasurementId>(),
            Score = InstrumentScorer.Score(StandardInstruments.Phq9Default, 1, 1, 1, 0, 0, 0, 0, 0, 0).Value,
            AdministeredOn = Day0.PlusDays(60),
            RecordedAt = T0.Plus(Duration.FromDays(60)),
            RecordedBy = Clinician,
        };
    }

    [Benchmark(Baseline = true)]
    public TreatmentPlan RebuildFromState() => new(
        _plan.Id, _plan.ClientId, _plan.Version, _plan.ReviewCadence, _plan.Versions, _plan.StatusHistory, _plan.Measurements,
        _plan.Sessions, _plan.Reviews, _plan.MaterialChanges, _plan.Closure);

    [Benchmark]
    public TreatmentPlan RecordSession() => _plan.RecordSession(_session).Value;

    [Benchmark]
    public TreatmentPlan RecordScoreWithAutoAchievement() => _plan.RecordInstrumentScore(_score, ProgressPresets.UnitedStates).Value.Plan;

    [Benchmark]
    public int ScorePhq9() => InstrumentScorer.Score(StandardInstruments.Phq9Default, 3, 2, 2, 1, 1, 1, 0, 0, 1).Value.Total;

    private static PlanContentInput Content(int weeks) => new()
    {
        EstimatedDurationWeeks = weeks,
        Problems =
        [
            .. new[] { "F32.1", "F41.1" }.Select(code => new ProblemInput
            {
                Diagnosis = code,
                Statement = "Presenting problem",
                Goals =
                [
                    .. Enumerable.Range(0, 2).Select(g => new GoalInput
                    {
                        Statement = "Goal",
                        TargetDate = Day0.PlusWeeks(26),
                        Objectives =
                        [
                            new ObjectiveInput
                            {
                                Statement = "PHQ-9 below 5",
                                Measure = new MeasureInput { Kind = MeasureKind.InstrumentScore, InstrumentCode = "PHQ-9", Baseline = 18, Target = 4 },
                                TargetDate = Day0.PlusWeeks(20),
                                AutoAchieve = AutoAchieveRule.Remission,
                                Interventions = [new InterventionInput { Approach = "CBT", ResponsibleClinician = Clinician }],
                            },
                        ],
                    }),
                ],
            }),
        ],
    };

    private static PlanContentInput Reuse(TreatmentPlanVersion version, int weeks) => new()
    {
        EstimatedDurationWeeks = weeks,
        Problems = [.. version.Problems.Select(p => new ProblemInput
        {
            Id = p.Id, Diagnosis = p.Diagnosis.Value, Statement = p.Statement,
            Goals = [.. p.Goals.Select(g => new GoalInput
            {
                Id = g.Id, Statement = g.Statement, TargetDate = g.TargetDate,
                Objectives = [.. g.Objectives.Select(o => new ObjectiveInput
                {
                    Id = o.Id, Statement = o.Statement, TargetDate = o.TargetDate, AutoAchieve = o.AutoAchieve,
                    Measure = new MeasureInput { Kind = o.Measure.Kind, InstrumentCode = o.Measure.InstrumentCode, Baseline = o.Measure.Baseline, Target = o.Measure.Target },
                    Interventions = [.. o.Interventions.Select(i => new InterventionInput { Id = i.Id, Approach = i.Approach, ResponsibleClinician = i.ResponsibleClinician })],
                })],
            })],
        })],
    };
}
