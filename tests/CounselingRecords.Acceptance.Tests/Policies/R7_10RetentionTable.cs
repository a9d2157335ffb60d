using CounselingRecords.Policies.Documents;
using NodaTime;
using NodaTime.Text;

namespace CounselingRecords.Acceptance.Tests.Policies;

/// <summary>
/// R7.10: policies, procedures and similar compliance documents are kept 6 years from creation or from when last in
/// effect, whichever is later. The last retained day is the 6th anniversary; the next day it may be disposed of.
/// </summary>
public sealed class R7_10RetentionTable
{
    [Theory]
    [InlineData("R7.10 from creation: on the 6th anniversary", "2020-03-01", "2020-03-01", "2026-03-01", true)]
    [InlineData("R7.10 from creation: the day after", "2020-03-01", "2020-03-01", "2026-03-02", false)]
    [InlineData("R7.10 last in effect is later: 6 years from it", "2020-01-10", "2023-06-30", "2029-06-30", true)]
    [InlineData("R7.10 last in effect is later: the day after", "2020-01-10", "2023-06-30", "2029-07-01", false)]
    [InlineData("R7.10 6 years from creation would have passed, last in effect still binds", "2018-01-10", "2023-06-30", "2024-01-11", true)]
    [InlineData("R7.10 still in effect: always kept", "2010-01-01", null, "2040-01-01", true)]
    [InlineData("R7.10 leap day: 6 years later is 28 February", "2024-02-29", "2024-02-29", "2030-02-28", true)]
    [InlineData("R7.10 leap day: 1 March 2030 is past", "2024-02-29", "2024-02-29", "2030-03-01", false)]
    public void MustRetain(string rule, string created, string? lastInEffect, string on, bool retain)
    {
        var retention = DocumentRetention.Compute(Date(created), lastInEffect is null ? null : Date(lastInEffect));

        Assert.True(retain == retention.MustRetainOn(Date(on)), $"{rule}: retain until {retention.RetainUntil}");
        Assert.Contains("R7.10", retention.Explanation, StringComparison.Ordinal);
    }

    private static LocalDate Date(string text) => LocalDatePattern.Iso.Parse(text).Value;
}
