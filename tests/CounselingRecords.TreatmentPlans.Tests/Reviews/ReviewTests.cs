using CounselingRecords.Results;
using CounselingRecords.Testing.Identity;
using CounselingRecords.TreatmentPlans.Plans;
using CounselingRecords.TreatmentPlans.Reviews;
using NodaTime;
using static CounselingRecords.TreatmentPlans.Tests.Support.PlanFixtures;

namespace CounselingRecords.TreatmentPlans.Tests.Reviews;

public sealed class ReviewTests
{
    private static RecordReviewRequest ReviewOn(int day) => new()
    {
        ReviewedOn = Day0.PlusDays(day),
        ReviewedBy = Clinician,
        RecordedAt = T0.Plus(Duration.FromDays(day)),
        Summary = "PHQ-9 down from 18 to 11; continuing CBT weekly.",
    };

    private static RecordMaterialChangeRequest ChangeOn(int day, int recordedDay) => new()
    {
        OccurredOn = Day0.PlusDays(day),
        Kind = MaterialChangeKind.Hospitalization,
        Description = "Admitted for two nights",
        RecordedBy = Clinician,
        RecordedAt = T0.Plus(Duration.FromDays(recordedDay)),
    };

    [Fact]
    public void ReviewStatus_Default_DueNinetyDaysAfterTheEffectiveDate_R7_13()
    {
        var plan = NewPlan();

        Assert.Equal(ReviewDueState.NotDue, plan.ReviewStatusOn(Day0.PlusDays(89)).State);
        Assert.Equal(1, plan.ReviewStatusOn(Day0.PlusDays(89)).Days);
        Assert.Equal(ReviewDueState.Due, plan.ReviewStatusOn(Day0.PlusDays(90)).State);
        var overdue = plan.ReviewStatusOn(Day0.PlusDays(93));
        Assert.Equal((ReviewDueState.Overdue, 3, "R7.13"), (overdue.State, overdue.Days, overdue.RuleId));
        Assert.Contains("90 days after version 1 took effect on 2026-01-05", overdue.Explanation, StringComparison.Ordinal);
        Assert.Contains("overdue by 3 days", overdue.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void RecordReview_RestartsTheInterval_R7_13()
    {
        var reviewed = NewPlan().RecordReview(ReviewOn(85)).Value;

        Assert.Equal(Day0.PlusDays(85 + 90), reviewed.NextReviewDue);
        Assert.Contains("the review on 2026-03-31", reviewed.ReviewStatusOn(Day0.PlusDays(100)).Explanation, StringComparison.Ordinal);
        Assert.Equal(1, Assert.Single(reviewed.Reviews).VersionNumber);
    }

    [Fact]
    public void RecordReview_BeforeTheCurrentVersion_IsRefused()
    {
        Assert.Equal(TreatmentPlansErrorCodes.ReviewBeforeCurrentVersion, NewPlan().RecordReview(ReviewOn(-1)).Error.Code);
    }

    [Fact]
    public void RecordReview_WithoutSummary_IsAValidationFailure_R7_5()
    {
        var error = NewPlan().RecordReview(ReviewOn(10) with { Summary = "" }).Error;

        Assert.Equal(TreatmentPlansErrorCodes.ReviewSummaryRequired, Assert.Single(error.Details).Code);
    }

    [Fact]
    public void MaterialChange_MakesTheReviewDueOnTheDateItHappened_R7_13()
    {
        var plan = NewPlan().RecordMaterialChange(ChangeOn(20, 22)).Value;

        Assert.Equal(Day0.PlusDays(20), plan.NextReviewDue);
        Assert.Equal(ReviewDueReason.MaterialChange, plan.NextReviewReason);
        var status = plan.ReviewStatusOn(Day0.PlusDays(22));
        Assert.Equal(ReviewDueState.Overdue, status.State);
        Assert.Contains("material change (Hospitalization)", status.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void MaterialChange_ConsideredByALaterReview_NoLongerCounts()
    {
        var plan = NewPlan().RecordMaterialChange(ChangeOn(20, 22)).Value.RecordReview(ReviewOn(23)).Value;

        Assert.Equal(Day0.PlusDays(23 + 90), plan.NextReviewDue);
        Assert.Equal(ReviewDueReason.Periodic, plan.NextReviewReason);
    }

    [Fact]
    public void MaterialChange_CadenceWithoutReviewOnChange_KeepsThePeriodicDate()
    {
        var cadence = new ReviewCadence("payer-x", "Payer X", 60, reviewOnMaterialChange: false, null, "R7.13", "test data");

        var plan = NewPlan(cadence: cadence).RecordMaterialChange(ChangeOn(20, 22)).Value;

        Assert.Equal(Day0.PlusDays(60), plan.NextReviewDue);
    }

    [Fact]
    public void Revision_AfterAMaterialChange_ClearsIt()
    {
        var plan = NewPlan().RecordMaterialChange(ChangeOn(20, 22)).Value;

        var revised = plan.Revise(Revision(ContentOf(plan.CurrentVersion) with { EstimatedDurationWeeks = 24 }, daysAfterStart: 25), TestIds.Seeded(2)).Value;

        Assert.Equal((Day0.PlusDays(25 + 90), ReviewDueReason.Periodic), (revised.NextReviewDue!.Value, revised.NextReviewReason!.Value));
    }

    [Fact]
    public void Cadences_MontanaProfiles_AreData_R7_13()
    {
        Assert.Equal(90, ReviewCadences.MontanaOutpatient.IntervalDays);
        Assert.Equal(30, ReviewCadences.MontanaAsamLevel31.IntervalDays);
        Assert.Equal("US-MT", ReviewCadences.MontanaOutpatient.Jurisdiction);
        Assert.All(ReviewCadences.All, c => Assert.Equal("R7.13", c.RuleId));
        Assert.Equal(Day0.PlusDays(30), NewPlan(cadence: ReviewCadences.MontanaAsamLevel31).NextReviewDue);
    }

    [Fact]
    public void Strictest_TakesTheShortestIntervalAndAnyMaterialChangeRule()
    {
        var payer = new ReviewCadence("payer-60", "Payer 60", 60, reviewOnMaterialChange: false, "PAYER", "R7.13", "test data");

        var combined = ReviewCadence.Strictest(ReviewCadences.MontanaOutpatient, payer);

        Assert.Equal((60, true), (combined.IntervalDays, combined.ReviewOnMaterialChange));
        Assert.Same(payer, ReviewCadence.Strictest(payer));
    }

    [Fact]
    public void ChangeReviewCadence_RecomputesTheDueDate()
    {
        var plan = NewPlan().ChangeReviewCadence(ReviewCadences.MontanaAsamLevel31).Value;

        Assert.Equal(Day0.PlusDays(30), plan.NextReviewDue);
    }

    [Fact]
    public void CadenceInput_InvalidInterval_IsReported()
    {
        var result = ReviewCadence.Create(new ReviewCadenceInput { Code = "x", Name = "X", IntervalDays = 0, Source = "test" });

        Assert.Equal(CoreErrorCodes.ValidationFailed, result.Error.Code);
        Assert.Equal(TreatmentPlansErrorCodes.CadenceIntervalInvalid, Assert.Single(result.Error.Details).Code);
        Assert.Equal(45, ReviewCadence.Create(new ReviewCadenceInput { Code = "x", Name = "X", IntervalDays = 45, Source = "test" }).Value.IntervalDays);
    }

    [Fact]
    public void ReviewStatus_ClosedPlan_IsNotApplicable()
    {
        var closed = NewPlan().Close(new ClosePlanRequest { ClosedOn = Day0.PlusDays(50), Reason = PlanClosureReason.GoalsMet, ClosedBy = Clinician }).Value;

        Assert.Equal(ReviewDueState.NotApplicable, closed.ReviewStatusOn(Day0.PlusDays(200)).State);
    }
}
