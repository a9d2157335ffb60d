using CounselingRecords.Billing.Coding;

namespace CounselingRecords.Billing.Tests.Coding;

public sealed class TimedUnitTableTests
{
    [Theory]
    [InlineData(0, 0)]
    [InlineData(7, 0)]
    [InlineData(8, 1)]
    [InlineData(22, 1)]
    [InlineData(23, 2)]
    [InlineData(37, 2)]
    [InlineData(38, 3)]
    [InlineData(52, 3)]
    [InlineData(53, 4)]
    [InlineData(67, 4)]
    [InlineData(68, 5)]
    [InlineData(82, 5)]
    [InlineData(83, 6)]
    [InlineData(97, 6)]
    [InlineData(98, 7)]
    [InlineData(112, 7)]
    [InlineData(113, 8)]
    [InlineData(127, 8)]
    [InlineData(128, 9)]
    public void UnitsFor_FollowsTheCmsTable(int minutes, int units) => Assert.Equal(units, TimedUnitTable.Cms.UnitsFor(minutes));

    [Fact]
    public void MinimumMinutesFor_IsTheFirstMinuteOfEachRow()
    {
        Assert.Equal(new[] { 8, 23, 38, 53, 68, 83, 98, 113 }, Enumerable.Range(1, 8).Select(TimedUnitTable.Cms.MinimumMinutesFor));
    }

    [Theory]
    [InlineData(new[] { 33, 7 }, new[] { 2, 1 }, 3)]
    [InlineData(new[] { 5, 4 }, new[] { 1, 0 }, 1)]
    [InlineData(new[] { 4, 5 }, new[] { 0, 1 }, 1)]
    [InlineData(new[] { 3, 4 }, new[] { 0, 0 }, 0)]
    [InlineData(new[] { 24, 23 }, new[] { 2, 1 }, 3)]
    [InlineData(new[] { 15, 15, 15 }, new[] { 1, 1, 1 }, 3)]
    public void Distribute_UsesTotalMinutesAndGivesLeftoverUnitsToTheMostMinutes(int[] minutes, int[] expected, int total)
    {
        var units = new int[minutes.Length];

        var count = TimedUnitTable.Cms.Distribute(minutes, units);

        Assert.Equal(total, count);
        Assert.Equal(expected, units);
        Assert.Equal(count, units.Sum());
    }
}
