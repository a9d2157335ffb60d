using System.Collections.Immutable;
using CounselingRecords.Calendars;
using CounselingRecords.Identity;
using CounselingRecords.Testing.Identity;
using CounselingRecords.TreatmentPlans.Reviews;
using NodaTime;

namespace CounselingRecords.TreatmentPlans.Tests.Reviews;

public sealed class InitialPlanDeadlineTests
{
    private static readonly LocalDate Anchor = new(2026, 1, 5);

    private static InitialPlanFacts Facts(int[] contactDays, int? completedDay = null, int client = 1) =>
        new(TestIds.Numbered<ClientId>(client), Anchor, [.. contactDays.Select(d => Anchor.PlusDays(d))], completedDay is { } c ? Anchor.PlusDays(c) : null);

    [Fact]
    public void DeadlineFor_MontanaFifthContactBeforeDay21_IsDay21_R7_13()
    {
        var deadline = InitialPlanDeadlines.MontanaOutpatient.DeadlineFor(Facts([0, 2, 4, 7, 10]), Anchor.PlusDays(30));

        Assert.Equal((Anchor.PlusDays(21), true, Anchor.PlusDays(10), 5), (deadline.DueOn, deadline.IsFixed, deadline.NthContactOn, deadline.ContactsCounted));
        Assert.Contains("the later of the 5th contact (2026-01-15) and 21 calendar days after the first contact on 2026-01-05 (2026-01-26)", deadline.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void DeadlineFor_MontanaFifthContactAfterDay21_IsTheFifthContact_R7_13()
    {
        var deadline = InitialPlanDeadlines.MontanaOutpatient.DeadlineFor(Facts([0, 7, 14, 21, 25]), Anchor.PlusDays(30));

        Assert.Equal((Anchor.PlusDays(25), true), (deadline.DueOn, deadline.IsFixed));
    }

    [Fact]
    public void DeadlineFor_MontanaBeforeTheFifthContact_IsNotFixedAndAtLeastDay21_R7_13()
    {
        var deadline = InitialPlanDeadlines.MontanaOutpatient.DeadlineFor(Facts([0, 7, 14, 21, 25]), Anchor.PlusDays(22));

        Assert.Equal((Anchor.PlusDays(21), false, (LocalDate?)null, 4), (deadline.DueOn, deadline.IsFixed, deadline.NthContactOn, deadline.ContactsCounted));
        Assert.Contains("not fixed yet", deadline.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void StatusOn_MontanaPastDay21WithoutTheFifthContact_IsNotDue_R7_13()
    {
        var status = InitialPlanDeadlines.MontanaOutpatient.StatusOn(Facts([0, 7, 14, 21]), Anchor.PlusDays(40));

        Assert.Equal((InitialPlanState.NotDue, 0), (status.State, status.Days));
        Assert.Contains("5th contact has not happened yet", status.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void StatusOn_NewYorkDay30And31_DueThenOverdue_R7_13()
    {
        var rule = InitialPlanDeadlines.NewYorkOmhClinic;

        Assert.Equal(InitialPlanState.NotDue, rule.StatusOn(Facts([]), Anchor.PlusDays(29)).State);
        Assert.Equal(InitialPlanState.Due, rule.StatusOn(Facts([]), Anchor.PlusDays(30)).State);
        var overdue = rule.StatusOn(Facts([]), Anchor.PlusDays(31));
        Assert.Equal((InitialPlanState.Overdue, 1, "R7.13"), (overdue.State, overdue.Days, overdue.RuleId));
        Assert.Contains("overdue by 1 day.", overdue.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void DeadlineFor_TexasTenBusinessDays_SkipsWeekendsAndHolidays_R7_13()
    {
        // Monday 2026-01-05: Jan 6-9 (4), Jan 12-16 (9), Jan 19 is Martin Luther King Jr. Day, Jan 20 is the 10th.
        var deadline = InitialPlanDeadlines.TexasComprehensiveProvider.DeadlineFor(Facts([]), Anchor);

        Assert.Equal(new LocalDate(2026, 1, 20), deadline.DueOn);
        Assert.Contains("10 business days after authorization", deadline.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void DeadlineFor_TexasWithACustomCalendar_UsesIt_R7_13()
    {
        var everyDay = new BusinessCalendar(Enum.GetValues<IsoDayOfWeek>().Where(d => d != IsoDayOfWeek.None), HolidayList.None);

        Assert.Equal(Anchor.PlusDays(10), InitialPlanDeadlines.TexasComprehensiveProvider.DeadlineFor(Facts([]), Anchor, everyDay).DueOn);
    }

    [Fact]
    public void StatusOn_CompletedOnTheDeadline_IsOnTime_R7_13()
    {
        var status = InitialPlanDeadlines.NewYorkOmhClinic.StatusOn(Facts([], completedDay: 30), Anchor.PlusDays(60));

        Assert.Equal((InitialPlanState.CompletedOnTime, 0), (status.State, status.Days));
    }

    [Fact]
    public void StatusOn_CompletedTheDayAfter_IsLate_R7_13()
    {
        var status = InitialPlanDeadlines.NewYorkOmhClinic.StatusOn(Facts([], completedDay: 31), Anchor.PlusDays(60));

        Assert.Equal((InitialPlanState.CompletedLate, 1), (status.State, status.Days));
        Assert.Contains("1 day late", status.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void StatusOn_MontanaCompletedBeforeTheFifthContact_IsOnTime_R7_13()
    {
        var status = InitialPlanDeadlines.MontanaOutpatient.StatusOn(Facts([0, 7, 14, 30, 35], completedDay: 28), Anchor.PlusDays(60));

        Assert.Equal(InitialPlanState.CompletedOnTime, status.State);
    }

    [Fact]
    public void StatusOn_CompletionAfterTheEvaluationDate_IsIgnored_R7_13()
    {
        var status = InitialPlanDeadlines.NewYorkOmhClinic.StatusOn(Facts([], completedDay: 40), Anchor.PlusDays(35));

        Assert.Equal((InitialPlanState.Overdue, 5), (status.State, status.Days));
    }

    [Fact]
    public void FindOverdue_ReturnsOnlyMissingPastDeadline_MostOverdueFirst_R7_13()
    {
        var onTime = Facts([], completedDay: 10, client: 1);
        var slightly = new InitialPlanFacts(TestIds.Numbered<ClientId>(2), Anchor.PlusDays(5), [], null);
        var very = Facts([], client: 3);
        var notYet = new InitialPlanFacts(TestIds.Numbered<ClientId>(4), Anchor.PlusDays(20), [], null);

        var overdue = InitialPlanDeadlines.NewYorkOmhClinic.FindOverdue([onTime, slightly, very, notYet], Anchor.PlusDays(40));

        Assert.Equal(new[] { TestIds.Numbered<ClientId>(3), TestIds.Numbered<ClientId>(2) }, overdue.Select(s => s.ClientId));
        Assert.Equal(new[] { 10, 5 }, overdue.Select(s => s.Days));
    }

    [Fact]
    public void Constructor_BadValues_Throw()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new InitialPlanDeadlineRule("x", "X", null, InitialPlanAnchor.Admission, 0, InitialPlanDayCounting.CalendarDays, 0, "R7.13", "s"));
        Assert.Throws<ArgumentOutOfRangeException>(() => new InitialPlanDeadlineRule("x", "X", null, InitialPlanAnchor.Admission, 30, InitialPlanDayCounting.CalendarDays, -1, "R7.13", "s"));
        Assert.Throws<ArgumentOutOfRangeException>(() => new InitialPlanDeadlineRule("x", "X", null, (InitialPlanAnchor)9, 30, InitialPlanDayCounting.CalendarDays, 0, "R7.13", "s"));
        Assert.Throws<ArgumentException>(() => new InitialPlanFacts(TestIds.Numbered<ClientId>(1), Anchor, [Anchor.PlusDays(-1)], null));
        Assert.Throws<ArgumentException>(() => new InitialPlanFacts(TestIds.Numbered<ClientId>(1), Anchor, ImmutableArray<LocalDate>.Empty, Anchor.PlusDays(-1)));
    }

    [Fact]
    public void Presets_CarryTheRuleIdAndJurisdiction()
    {
        Assert.All(InitialPlanDeadlines.All, r => Assert.Equal("R7.13", r.RuleId));
        Assert.Equal(new[] { "US-MT", "US-NY", "US-TX" }, InitialPlanDeadlines.All.Select(r => r.Jurisdiction));
        Assert.Equal(90, ReviewCadences.Default.IntervalDays);
    }
}
