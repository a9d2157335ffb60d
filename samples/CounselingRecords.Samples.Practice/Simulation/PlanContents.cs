using CounselingRecords.Care;
using CounselingRecords.Identity;
using CounselingRecords.TreatmentPlans.Instruments;
using CounselingRecords.TreatmentPlans.Plans;
using NodaTime;

namespace CounselingRecords.Samples.Practice.Simulation;

/// <summary>
/// The treatment plan written after an intake: one problem (the primary diagnosis), one goal, two objectives: an
/// instrument objective (PHQ-9 for depression, GAD-7 for anxiety) achieved automatically at remission (R8.5) and a
/// weekly count observed in session. Reviewed every 90 days (R7.13 default).
/// </summary>
internal static class PlanContents
{
    public static bool IsDepression(string diagnosis) => diagnosis.StartsWith("F32", StringComparison.Ordinal);

    public static PlanContentInput For(string diagnosis, int baseline, LocalDate start, ClinicianId author)
    {
        var depression = IsDepression(diagnosis);
        return new PlanContentInput
        {
            EstimatedDurationWeeks = 16,
            Problems =
            [
                new ProblemInput
                {
                    Diagnosis = diagnosis,
                    Statement = depression ? "Depressed mood most days" : "Excessive worry most days",
                    Goals =
                    [
                        new GoalInput
                        {
                            Statement = depression ? "Client will report improved mood and re-engage in daily activities" : "Client will manage worry and return to avoided situations",
                            TargetDate = start.PlusWeeks(16),
                            Objectives =
                            [
                                new ObjectiveInput
                                {
                                    Statement = depression ? "PHQ-9 below 5" : "GAD-7 below 5",
                                    Measure = new MeasureInput { Kind = MeasureKind.InstrumentScore, InstrumentCode = depression ? StandardInstruments.Phq9Code : StandardInstruments.Gad7Code, Baseline = baseline, Target = 4 },
                                    TargetDate = start.PlusWeeks(12),
                                    AutoAchieve = AutoAchieveRule.Remission,
                                    Interventions = [Intervention(author, depression ? "CBT: behavioral activation" : "CBT: worry exposure")],
                                },
                                new ObjectiveInput
                                {
                                    Statement = depression ? "Avoid at most one planned activity a week" : "Use a coping skill on at least five days a week",
                                    Measure = new MeasureInput { Kind = MeasureKind.FrequencyCount, Baseline = depression ? 5 : 1, Target = depression ? 1 : 5, Unit = depression ? "activities avoided per week" : "days per week" },
                                    TargetDate = start.PlusWeeks(12),
                                    AutoAchieve = AutoAchieveRule.Off,
                                    Interventions = [Intervention(author, "Homework review")],
                                },
                            ],
                        },
                    ],
                },
            ],
        };
    }

    private static InterventionInput Intervention(ClinicianId author, string approach) => new()
    {
        Approach = approach,
        Delivery = Modality.InPerson,
        Sessions = 1,
        Per = FrequencyUnit.Week,
        MinutesPerSession = 53,
        ResponsibleClinician = author,
    };
}
