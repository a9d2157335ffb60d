using CounselingRecords.Identity;
using CounselingRecords.TreatmentPlans.Plans;
using CounselingRecords.TreatmentPlans.Reviews;
using NodaTime;

namespace CounselingRecords.Acceptance.Tests.TreatmentPlans;

/// <summary>The treatment-plan review cadence (R7.13) as a table: cadence, days after the effective date, due state.</summary>
public sealed class PlanReviewRules
{
    private static readonly LocalDate EffectiveOn = new(2026, 1, 5);

    public static TheoryData<string, string, int, ReviewDueState> Cadences => new()
    {
        { "R7.13", "default-90", 89, ReviewDueState.NotDue },
        { "R7.13", "default-90", 90, ReviewDueState.Due },
        { "R7.13", "default-90", 91, ReviewDueState.Overdue },
        { "R7.13", "us-mt-outpatient", 90, ReviewDueState.Due },
        { "R7.13", "us-mt-asam-3.1", 29, ReviewDueState.NotDue },
        { "R7.13", "us-mt-asam-3.1", 30, ReviewDueState.Due },
        { "R7.13", "us-mt-institutional", 91, ReviewDueState.Overdue },
    };

    [Theory]
    [MemberData(nameof(Cadences))]
    public void Review_IsDueAfterTheCadencesInterval(string ruleId, string cadenceCode, int daysAfterEffective, ReviewDueState expected)
    {
        var cadence = ReviewCadences.All.Single(c => c.Code == cadenceCode);
        var plan = Plan(cadence);

        var status = plan.ReviewStatusOn(EffectiveOn.PlusDays(daysAfterEffective));

        Assert.Equal((ruleId, expected), (status.RuleId, status.State));
    }

    [Fact]
    public void Review_MaterialChange_MakesTheReviewDueAtOnce()
    {
        var plan = Plan(ReviewCadences.Default).RecordMaterialChange(new RecordMaterialChangeRequest
        {
            OccurredOn = EffectiveOn.PlusDays(10),
            Kind = MaterialChangeKind.DiagnosisChanged,
            Description = "New diagnosis",
            RecordedBy = new ClinicianId(Guid.Parse("00000000-0000-0000-0000-000000000001")),
            RecordedAt = Instant.FromUtc(2026, 1, 16, 12, 0),
        }).Value;

        Assert.Equal(ReviewDueState.Overdue, plan.ReviewStatusOn(EffectiveOn.PlusDays(11)).State);
    }

    private static TreatmentPlan Plan(ReviewCadence cadence)
    {
        var clinician = new ClinicianId(Guid.Parse("00000000-0000-0000-0000-000000000001"));
        var request = new CreateTreatmentPlanRequest
        {
            Client = new ClientId(Guid.Parse("00000000-0000-0000-0000-000000000002")),
            EffectiveOn = EffectiveOn,
            Author = clinician,
            RecordedAt = Instant.FromUtc(2026, 1, 5, 14, 0),
            Cadence = cadence,
            Content = new PlanContentInput
            {
                Problems =
                [
                    new ProblemInput
                    {
                        Diagnosis = "F32.1",
                        Statement = "Depressed mood",
                        Goals =
                        [
                            new GoalInput
                            {
                                Statement = "Improved mood",
                                TargetDate = EffectiveOn.PlusWeeks(12),
                                Objectives =
                                [
                                    new ObjectiveInput
                                    {
                                        Statement = "PHQ-9 below 5",
                                        Measure = new MeasureInput { Kind = MeasureKind.InstrumentScore, InstrumentCode = "PHQ-9", Baseline = 16, Target = 4 },
                                        TargetDate = EffectiveOn.PlusWeeks(12),
                                        Interventions = [new InterventionInput { Approach = "CBT", ResponsibleClinician = clinician }],
                                    },
                                ],
                            },
                        ],
                    },
                ],
            },
        };
        return TreatmentPlan.Create(request, new SeededIdGenerator(1)).Value;
    }
}
