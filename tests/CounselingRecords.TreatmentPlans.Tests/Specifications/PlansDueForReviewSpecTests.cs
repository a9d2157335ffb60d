using CounselingRecords.Testing.Identity;
using CounselingRecords.TreatmentPlans.Plans;
using CounselingRecords.TreatmentPlans.Reviews;
using CounselingRecords.TreatmentPlans.Specifications;
using NodaTime;
using static CounselingRecords.TreatmentPlans.Tests.Support.PlanFixtures;

namespace CounselingRecords.TreatmentPlans.Tests.Specifications;

public sealed class PlansDueForReviewSpecTests
{
    private static readonly DateTimeZone NewYork = DateTimeZoneProviders.Tzdb["America/New_York"];

    private static Instant At(LocalDate date, int hour) => date.At(new LocalTime(hour, 0)).InZoneStrictly(NewYork).ToInstant();

    [Fact]
    public void Spec_ReturnsDueAndOverduePlans_EarliestFirst_R7_13()
    {
        var defaultPlan = NewPlan(ids: TestIds.Seeded(1));                                                // due day 90
        var montana31 = NewPlan(cadence: ReviewCadences.MontanaAsamLevel31, ids: TestIds.Seeded(2));        // due day 30
        var reviewed = NewPlan(ids: TestIds.Seeded(3)).RecordReview(new RecordReviewRequest
        {
            ReviewedOn = Day0.PlusDays(80), ReviewedBy = Clinician, RecordedAt = T0.Plus(Duration.FromDays(80)), Summary = "Continue",
        }).Value;                                                                                            // due day 170
        var closed = NewPlan(cadence: ReviewCadences.MontanaAsamLevel31, ids: TestIds.Seeded(4))
            .Close(new ClosePlanRequest { ClosedOn = Day0.PlusDays(10), Reason = PlanClosureReason.Referred, ClosedBy = Clinician }).Value;
        TreatmentPlan[] plans = [defaultPlan, montana31, reviewed, closed];

        var due = new PlansDueForReviewSpec(At(Day0.PlusDays(90), 9), NewYork).Evaluate(plans).ToList();

        Assert.Equal(new[] { montana31.Id, defaultPlan.Id }, due.Select(p => p.Id));
    }

    [Fact]
    public void Spec_DayBeforeTheDueDate_IsNotDue_ButDaysAheadIncludesIt()
    {
        var plan = NewPlan();

        Assert.False(new PlansDueForReviewSpec(At(Day0.PlusDays(89), 23), NewYork).IsSatisfiedBy(plan));
        Assert.True(new PlansDueForReviewSpec(At(Day0.PlusDays(89), 23), NewYork, daysAhead: 1).IsSatisfiedBy(plan));
    }

    [Fact]
    public void Spec_UsesThePracticeZoneToFindTheDate()
    {
        var plan = NewPlan();
        var lateEvening = At(Day0.PlusDays(89), 22); // already day 90 in UTC, still day 89 in New York

        Assert.False(new PlansDueForReviewSpec(lateEvening, NewYork).IsSatisfiedBy(plan));
        Assert.True(new PlansDueForReviewSpec(lateEvening, DateTimeZone.Utc).IsSatisfiedBy(plan));
    }

    [Fact]
    public void PlansForClientSpec_ActiveOnly_LeavesOutClosedPlans()
    {
        var open = NewPlan(ids: TestIds.Seeded(1));
        var closed = NewPlan(ids: TestIds.Seeded(2)).Close(new ClosePlanRequest { ClosedOn = Day0, Reason = PlanClosureReason.GoalsMet, ClosedBy = Clinician }).Value;
        var otherClient = TreatmentPlan.Create(CreateRequest() with { Client = TestIds.Numbered<Identity.ClientId>(2) }, TestIds.Seeded(3)).Value;

        Assert.Equal(2, new PlansForClientSpec(Client).Evaluate([open, closed, otherClient]).Count());
        Assert.Equal(open.Id, Assert.Single(new PlansForClientSpec(Client, activeOnly: true).Evaluate([open, closed, otherClient])).Id);
    }
}
