using CounselingRecords.Auditing;
using CounselingRecords.Identity;
using CounselingRecords.Practice.SafetyFollowUp;
using CounselingRecords.Practice.Tasks;
using CounselingRecords.Records.Clients;
using CounselingRecords.Records.Clinical;
using CounselingRecords.Testing.Access;
using CounselingRecords.Testing.Auditing;
using CounselingRecords.Testing.Identity;
using CounselingRecords.TreatmentPlans.Instruments;
using NodaTime;

namespace CounselingRecords.Acceptance.Tests.Practice;

/// <summary>
/// PHQ-9 item 9 (R8.2) as a table: any response above 0 raises a safety flag regardless of the total, and needs a
/// same-day risk assessment (a SafetyFollowUp task due by the end of the day); item 9 = 0 raises none, even at a severe total.
/// </summary>
public sealed class SafetyFollowUpRules
{
    private static readonly DateTimeZone Zone = DateTimeZoneProviders.Tzdb["America/Chicago"];
    private static readonly Instant At = Instant.FromUtc(2026, 3, 10, 20, 0); // 14:00 in Chicago

    public static TheoryData<string, int, int, bool> Rows => new()
    {
        { "R8.2", 0, 0, false },
        { "R8.2", 0, 1, true },   // total 1 (minimal band): still flagged
        { "R8.2", 1, 1, true },
        { "R8.2", 2, 2, true },
        { "R8.2", 3, 3, true },
        { "R8.2", 3, 0, false },  // total 24 (severe band) without item 9: no safety flag
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public async Task Phq9Item9_RaisesFlagAndSameDayTask(string ruleId, int itemsOneToEight, int item9, bool expectFlag)
    {
        var ids = TestIds.Seeded(5);
        var client = Client.Register(ids, new ClientRegistration(new ClientDemographics(new PersonName("Sam", null, "Doe", null), null, null, new LocalDate(1988, 1, 1)), [], null, null), At).Value;
        var answers = new int?[10];
        for (var i = 0; i < 8; i++)
        {
            answers[i] = itemsOneToEight;
        }

        answers[8] = item9;
        var score = InstrumentScorer.Score(StandardInstruments.Phq9Default, answers).Value;
        var screen = RecordReference.For("PlanMeasurement", TestIds.Numbered<MeasurementId>(1));
        var clinician = TestActors.Clinician.ClinicianId!.Value;

        var result = await new SafetyFollowUpWorkflow(ids, new RecordingAuditSink())
            .FollowUpAsync(new SafetyFollowUpInput(client, score, screen, clinician, [], TestActors.Clinician, At, Zone));

        Assert.Equal(expectFlag, result.Client.ActiveSafetyFlags().Contains(SafetyFlagKind.SuicideRisk));
        Assert.Equal(expectFlag, result.Task is { Kind: PracticeTaskKind.SafetyFollowUp });
        Assert.Equal(ruleId, result.RuleId);
        if (result.Task is { } task)
        {
            Assert.Equal(ruleId, task.RuleId);
            Assert.Equal(new LocalDate(2026, 3, 11).AtStartOfDayInZone(Zone).ToInstant(), task.DueAt);
        }
    }
}
