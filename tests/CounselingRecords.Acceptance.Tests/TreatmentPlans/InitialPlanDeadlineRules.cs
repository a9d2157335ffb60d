using CounselingRecords.Identity;
using CounselingRecords.TreatmentPlans.Reviews;
using NodaTime;

namespace CounselingRecords.Acceptance.Tests.TreatmentPlans;

/// <summary>
/// Initial treatment-plan deadlines by jurisdiction (R7.13) as a table. Day numbers count from the anchor date
/// (first contact, admission or authorization) as day 0; the deadline day itself is on time, the day after is overdue.
/// </summary>
public sealed class InitialPlanDeadlineRules
{
    private static readonly LocalDate Anchor = new(2026, 1, 5); // a Monday
    private static readonly ClientId Client = new(Guid.Parse("00000000-0000-0000-0000-000000000002"));

    public static TheoryData<string, string, string, int, InitialPlanState> Rows => new()
    {
        // Montana outpatient: within 5 contacts or 21 days from first contact, whichever is later.
        { "R7.13", "us-mt-outpatient", "0,2,4,7,10", 21, InitialPlanState.Due },        // 5th contact on day 10: deadline day 21
        { "R7.13", "us-mt-outpatient", "0,2,4,7,10", 22, InitialPlanState.Overdue },
        { "R7.13", "us-mt-outpatient", "0,7,14,21,25", 22, InitialPlanState.NotDue },   // 5th contact on day 25: not yet happened
        { "R7.13", "us-mt-outpatient", "0,7,14,21,25", 25, InitialPlanState.Due },      // deadline is the 5th contact, day 25
        { "R7.13", "us-mt-outpatient", "0,7,14,21,25", 26, InitialPlanState.Overdue },
        { "R7.13", "us-mt-outpatient", "0,7,14", 40, InitialPlanState.NotDue },         // only 3 contacts: the later bound has not come
        // New York OMH clinic: 30 calendar days of admission.
        { "R7.13", "us-ny-omh-clinic", "", 29, InitialPlanState.NotDue },
        { "R7.13", "us-ny-omh-clinic", "", 30, InitialPlanState.Due },
        { "R7.13", "us-ny-omh-clinic", "", 31, InitialPlanState.Overdue },
        // Texas: 10 business days of authorization (Mon 2026-01-05; MLK Day Mon 2026-01-19 is skipped): Tue 2026-01-20 = day 15.
        { "R7.13", "us-tx-comprehensive-provider", "", 14, InitialPlanState.NotDue },
        { "R7.13", "us-tx-comprehensive-provider", "", 15, InitialPlanState.Due },
        { "R7.13", "us-tx-comprehensive-provider", "", 16, InitialPlanState.Overdue },
    };

    public static TheoryData<string, string, string, int, InitialPlanState> Completions => new()
    {
        { "R7.13", "us-mt-outpatient", "0,2,4,7,10", 21, InitialPlanState.CompletedOnTime },
        { "R7.13", "us-mt-outpatient", "0,2,4,7,10", 22, InitialPlanState.CompletedLate },
        { "R7.13", "us-mt-outpatient", "0,7,14,21,25", 25, InitialPlanState.CompletedOnTime },
        { "R7.13", "us-mt-outpatient", "0,7,14,21,25", 26, InitialPlanState.CompletedLate },
        { "R7.13", "us-ny-omh-clinic", "", 30, InitialPlanState.CompletedOnTime },
        { "R7.13", "us-ny-omh-clinic", "", 31, InitialPlanState.CompletedLate },
        { "R7.13", "us-tx-comprehensive-provider", "", 15, InitialPlanState.CompletedOnTime },
        { "R7.13", "us-tx-comprehensive-provider", "", 16, InitialPlanState.CompletedLate },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void InitialPlan_Missing_StateOnTheDay(string ruleId, string ruleCode, string contactDays, int asOfDay, InitialPlanState expected)
    {
        var rule = InitialPlanDeadlines.All.Single(r => r.Code == ruleCode);

        var status = rule.StatusOn(Facts(contactDays, null), Anchor.PlusDays(asOfDay));

        Assert.Equal((ruleId, expected), (status.RuleId, status.State));
        Assert.Equal(expected == InitialPlanState.Overdue, rule.FindOverdue([Facts(contactDays, null)], Anchor.PlusDays(asOfDay)).Count == 1);
    }

    [Theory]
    [MemberData(nameof(Completions))]
    public void InitialPlan_CompletedOnDay_OnTimeOrLate(string ruleId, string ruleCode, string contactDays, int completedDay, InitialPlanState expected)
    {
        var rule = InitialPlanDeadlines.All.Single(r => r.Code == ruleCode);

        var status = rule.StatusOn(Facts(contactDays, completedDay), Anchor.PlusDays(90));

        Assert.Equal((ruleId, expected), (status.RuleId, status.State));
    }

    private static InitialPlanFacts Facts(string contactDays, int? completedDay) => new(
        Client,
        Anchor,
        [.. contactDays.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(d => Anchor.PlusDays(int.Parse(d, System.Globalization.CultureInfo.InvariantCulture)))],
        completedDay is { } c ? Anchor.PlusDays(c) : null);
}
