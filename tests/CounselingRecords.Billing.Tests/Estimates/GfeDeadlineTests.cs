using CounselingRecords.Billing.Estimates;
using CounselingRecords.Calendars;
using static CounselingRecords.Billing.Tests.Support.Dates;

namespace CounselingRecords.Billing.Tests.Estimates;

public sealed class GfeDeadlineTests
{
    private static readonly BusinessCalendar Calendar = BusinessCalendar.UsFederal;

    [Fact]
    public void Compute_TenBusinessDaysAhead_IsDueThreeBusinessDaysAfterScheduling()
    {
        // Feb 3–6, 9–13 and 17 (Feb 16 is Presidents' Day) are 10 business days.
        var deadline = GfeDeadline.Compute(Feb(2), Feb(17), null, Calendar);

        Assert.Equal(GfeDeadlineBasis.ScheduledTenOrMoreBusinessDaysAhead, deadline.Basis);
        Assert.Equal(10, deadline.BusinessDaysAhead);
        Assert.Equal(Feb(5), deadline.DueBy);
    }

    [Fact]
    public void Compute_ThreeToNineBusinessDaysAhead_IsDueOneBusinessDayAfterScheduling()
    {
        var deadline = GfeDeadline.Compute(Feb(2), Feb(13), null, Calendar);

        Assert.Equal(GfeDeadlineBasis.ScheduledThreeOrMoreBusinessDaysAhead, deadline.Basis);
        Assert.Equal(9, deadline.BusinessDaysAhead);
        Assert.Equal(Feb(3), deadline.DueBy);
        Assert.Equal(Feb(3), GfeDeadline.Compute(Feb(2), Feb(5), null, Calendar).DueBy);
    }

    [Fact]
    public void Compute_FewerThanThreeBusinessDaysAhead_IsNotRequiredUnlessRequested()
    {
        var late = GfeDeadline.Compute(Feb(2), Feb(4), null, Calendar);
        var requested = GfeDeadline.Compute(Feb(2), Feb(4), Feb(2), Calendar);

        Assert.False(late.IsRequired);
        Assert.Equal(2, late.BusinessDaysAhead);
        Assert.Equal(GfeDeadlineBasis.Requested, requested.Basis);
        Assert.Equal(Feb(5), requested.DueBy);
    }

    [Fact]
    public void Compute_OnRequest_IsDueThreeBusinessDaysLater_SkippingHolidays()
    {
        Assert.Equal(Feb(19), GfeDeadline.Compute(null, null, Feb(13), Calendar).DueBy);
    }

    [Fact]
    public void Compute_ScheduledAndRequested_TakesTheEarlierDeadline()
    {
        var deadline = GfeDeadline.Compute(Feb(2), Feb(13), Jan(30), Calendar);

        Assert.Equal(GfeDeadlineBasis.ScheduledThreeOrMoreBusinessDaysAhead, deadline.Basis);
        Assert.Equal(Feb(3), deadline.DueBy);
    }

    [Fact]
    public void ReissueDeadline_IsTheBusinessDayBeforeTheService()
    {
        Assert.Equal(Feb(13), GfeDeadline.ReissueDeadline(Feb(17), Calendar));
        Assert.Equal(Feb(10), GfeDeadline.ReissueDeadline(Feb(11), Calendar));
    }

    [Fact]
    public void Explain_NamesTheRuleAndDate()
    {
        Assert.Contains("by 2026-02-05", GfeDeadline.Compute(Feb(2), Feb(17), null, Calendar).Explain().Sentence, StringComparison.Ordinal);
    }
}
