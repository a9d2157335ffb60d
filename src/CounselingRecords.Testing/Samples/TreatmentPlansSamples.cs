using CounselingRecords.Care;
using CounselingRecords.Identity;
using CounselingRecords.Testing.Identity;
using CounselingRecords.TreatmentPlans.Instruments;
using CounselingRecords.TreatmentPlans.Measurements;
using CounselingRecords.TreatmentPlans.Plans;
using CounselingRecords.TreatmentPlans.Progress;
using CounselingRecords.TreatmentPlans.Reviews;
using CounselingRecords.TreatmentPlans.Sessions;
using CounselingRecords.TreatmentPlans.Signatures;
using CounselingRecords.TreatmentPlans.Statuses;
using NodaTime;

namespace CounselingRecords.Testing.Samples;

/// <summary>
/// A realistic, fully populated treatment plan built through the area's verbs: two versions (a revision), clinician,
/// supervisor and client signatures, measurements (an instrument score and an observation), a linked session, a status
/// change, a material change, a review and, when asked, the closure.
/// </summary>
public static class TreatmentPlansSamples
{
    /// <summary>Builds the plan.</summary>
    /// <param name="seed">The seed of the ids.</param>
    /// <param name="closed">Whether the plan ends closed (goals met).</param>
    /// <returns>The plan.</returns>
    public static TreatmentPlan TreatmentPlan(int seed = 8, bool closed = true)
    {
        var ids = TestIds.Seeded(seed);
        var client = TestIds.Numbered<ClientId>(seed);
        var start = new LocalDate(2026, 1, 5);
        var author = SampleWorld.Associate;
        var plan = SampleWorld.Ok(TreatmentPlans.Plans.TreatmentPlan.Create(
            new CreateTreatmentPlanRequest { Client = client, EffectiveOn = start, Author = author, RecordedAt = SampleWorld.Ny(2026, 1, 5, 12), Content = Content(start, author, 16) },
            ids));
        plan = Sign(plan, 1, SampleWorld.Ny(2026, 1, 5, 13));
        plan = SampleWorld.Ok(plan.RecordInstrumentScore(
            new RecordInstrumentScoreRequest
            {
                MeasurementId = ids.New<MeasurementId>(),
                Score = Phq9(14),
                AdministeredOn = new LocalDate(2026, 1, 12),
                RecordedAt = SampleWorld.Ny(2026, 1, 12, 12),
                RecordedBy = author,
                Note = TestIds.Numbered<NoteId>(seed),
            },
            ProgressPresets.UnitedStates)).Plan;
        var count = plan.CurrentVersion.Objectives.Single(o => o.Measure.Kind == MeasureKind.FrequencyCount);
        plan = SampleWorld.Ok(plan.RecordObservation(new RecordObservationRequest
        {
            MeasurementId = ids.New<MeasurementId>(),
            Objective = count.Id,
            Value = 3,
            ObservedOn = new LocalDate(2026, 1, 19),
            RecordedAt = SampleWorld.Ny(2026, 1, 19, 12),
            RecordedBy = author,
        })).Plan;
        plan = SampleWorld.Ok(plan.RecordSession(new RecordSessionRequest
        {
            Note = TestIds.Numbered<NoteId>(seed),
            SessionDate = new LocalDate(2026, 1, 12),
            Objectives = [.. plan.CurrentVersion.Objectives.Select(o => o.Id)],
            RecordedAt = SampleWorld.Ny(2026, 1, 12, 18),
        }));
        plan = SampleWorld.Ok(plan.ChangeStatus(new ChangeStatusRequest
        {
            Objective = count.Id,
            NewStatus = ProgressStatus.InProgress,
            EffectiveOn = new LocalDate(2026, 1, 19),
            Reason = "First observation recorded",
            ChangedBy = author,
            RecordedAt = SampleWorld.Ny(2026, 1, 19, 13),
        }));
        plan = SampleWorld.Ok(plan.RecordMaterialChange(new RecordMaterialChangeRequest
        {
            OccurredOn = new LocalDate(2026, 2, 2),
            Kind = MaterialChangeKind.DiagnosisChanged,
            Description = "Anxiety disorder added after reassessment",
            RecordedBy = author,
            RecordedAt = SampleWorld.Ny(2026, 2, 2, 12),
        }));
        plan = SampleWorld.Ok(plan.Revise(
            new RevisePlanRequest { EffectiveOn = new LocalDate(2026, 2, 3), Author = author, RecordedAt = SampleWorld.Ny(2026, 2, 3, 12), Reason = "Diagnosis changed; extended to 20 weeks", Content = Content(start, author, 20) },
            ids));
        plan = Sign(plan, 2, SampleWorld.Ny(2026, 2, 3, 13));
        plan = SampleWorld.Ok(plan.RecordReview(new RecordReviewRequest
        {
            ReviewedOn = new LocalDate(2026, 4, 1),
            ReviewedBy = SampleWorld.Supervisor,
            RecordedAt = SampleWorld.Ny(2026, 4, 1, 12),
            Summary = "Mood improving; continue the plan.",
        }));
        if (closed)
        {
            plan = SampleWorld.Ok(plan.Close(new ClosePlanRequest
            {
                ClosedOn = new LocalDate(2026, 5, 25),
                Reason = PlanClosureReason.GoalsMet,
                Note = "Remission sustained for 8 weeks",
                ClosedBy = author,
                RecordedAt = SampleWorld.Ny(2026, 5, 25, 12),
            }));
        }

        return plan;
    }

    private static TreatmentPlan Sign(TreatmentPlan plan, int version, Instant at)
    {
        plan = SampleWorld.Ok(plan.Sign(new SignVersionRequest { VersionNumber = version, Role = SignatureRole.Clinician, Kind = SignatureKind.Signed, Clinician = SampleWorld.Associate, SignerName = "Casey Morgan", Credentials = "LPC-Associate", SignedAt = at }));
        plan = SampleWorld.Ok(plan.Sign(new SignVersionRequest { VersionNumber = version, Role = SignatureRole.Supervisor, Kind = SignatureKind.Signed, Clinician = SampleWorld.Supervisor, SignerName = "Dana Reyes", Credentials = "LPC-S", SignedAt = at + Duration.FromHours(2) }));
        return version == 1
            ? SampleWorld.Ok(plan.Sign(new SignVersionRequest { VersionNumber = version, Role = SignatureRole.Client, Kind = SignatureKind.Signed, SignerName = "Jordan Rivera", SignedAt = at + Duration.FromHours(3) }))
            : SampleWorld.Ok(plan.Sign(new SignVersionRequest { VersionNumber = version, Role = SignatureRole.Client, Kind = SignatureKind.Refused, SignedAt = at + Duration.FromHours(3), RefusalReason = "Wants to discuss with partner first", DocumentedBy = SampleWorld.Associate }));
    }

    private static InstrumentScore Phq9(int total)
    {
        var answers = new int?[10];
        for (var i = 0; i < 8; i++)
        {
            answers[i] = Math.Min(3, total);
            total -= answers[i]!.Value;
        }

        answers[8] = 0;
        return SampleWorld.Ok(InstrumentScorer.Score(StandardInstruments.Phq9Default, answers));
    }

    private static PlanContentInput Content(LocalDate start, ClinicianId author, int weeks) => new()
    {
        EstimatedDurationWeeks = weeks,
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
                        TargetDate = start.PlusWeeks(weeks),
                        Objectives =
                        [
                            new ObjectiveInput
                            {
                                Statement = "PHQ-9 below 5",
                                Measure = new MeasureInput { Kind = MeasureKind.InstrumentScore, InstrumentCode = StandardInstruments.Phq9Code, Baseline = 18, Target = 4 },
                                TargetDate = start.PlusWeeks(12),
                                AutoAchieve = AutoAchieveRule.Remission,
                                Interventions = [Intervention(author, Modality.InPerson)],
                            },
                            new ObjectiveInput
                            {
                                Statement = "Avoid at most one planned activity a week",
                                Measure = new MeasureInput { Kind = MeasureKind.FrequencyCount, Baseline = 5, Target = 1, Unit = "activities avoided per week" },
                                TargetDate = start.PlusWeeks(12),
                                AutoAchieve = AutoAchieveRule.Off,
                                Interventions = [Intervention(author, Modality.Video)],
                            },
                        ],
                    },
                ],
            },
        ],
    };

    private static InterventionInput Intervention(ClinicianId author, Modality delivery) => new()
    {
        Approach = "CBT: behavioral activation",
        Delivery = delivery,
        Sessions = 1,
        Per = FrequencyUnit.Week,
        MinutesPerSession = 53,
        ResponsibleClinician = author,
    };
}
