using CounselingRecords.Billing.Payers;
using CounselingRecords.Calendars;
using static CounselingRecords.Billing.Tests.Support.Dates;

namespace CounselingRecords.Billing.Tests.Payers;

public sealed class TimelyFilingRuleTests
{
    [Theory]
    [InlineData(2026, 3, 10, 2027, 3, 10)]
    [InlineData(2024, 2, 29, 2025, 2, 28)]
    [InlineData(2025, 7, 5, 2026, 7, 6)]
    [InlineData(2025, 12, 25, 2026, 12, 28)]
    public void Medicare_IsOneCalendarYearRolledToTheNextWorkday(int y, int m, int d, int ey, int em, int ed)
    {
        Assert.Equal(D(ey, em, ed), TimelyFilingRule.Medicare.Deadline(D(y, m, d), BusinessCalendar.UsFederal));
    }

    [Fact]
    public void DaysAfter_CountsCalendarDays()
    {
        Assert.Equal(D(2026, 4, 5), TimelyFilingRule.DaysAfter(90).Deadline(Jan(5), BusinessCalendar.UsFederal));
        Assert.Equal(D(2026, 4, 6), TimelyFilingRule.DaysAfter(90, true).Deadline(Jan(5), BusinessCalendar.UsFederal));
    }

    [Fact]
    public void Constructor_DaysForAYearRule_Throw()
    {
        Assert.Throws<ArgumentException>(() => new TimelyFilingRule(TimelyFilingKind.OneCalendarYear, 5, true));
    }
}
