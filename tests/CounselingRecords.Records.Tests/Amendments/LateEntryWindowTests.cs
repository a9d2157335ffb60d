using CounselingRecords.Records.Amendments;
using NodaTime;

namespace CounselingRecords.Records.Tests.Amendments;

public sealed class LateEntryWindowTests
{
    private static readonly LocalDate Service = new(2026, 1, 5);

    [Fact]
    public void Require_AlabamaDay45_IsInside_Day46_IsRefused_R7_7()
    {
        var window = LateEntryWindow.AlabamaMedicaid;

        var day45 = window.Require(Service, Service.PlusDays(45));
        var day46 = window.Require(Service, Service.PlusDays(46));

        Assert.True(day45.Value.WithinWindow);
        Assert.Null(day45.Value.FlagCode);
        Assert.Equal(new LocalDate(2026, 2, 19), day45.Value.LastDay);
        Assert.Equal((RecordsErrorCodes.LateEntryWindowClosed, "R7.7"), (day46.Error.Code, day46.Error.RuleId));
        Assert.Contains("window closed 2026-02-19", day46.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Require_FlagMode_AcceptsWithTheStableCode_R7_7()
    {
        var window = new LateEntryWindow("payer-x", "Payer X", 45, LateEntryWindowMode.Flag, "R7.7", "Payer X manual");

        var check = window.Require(Service, Service.PlusDays(46)).Value;

        Assert.Equal((false, RecordsErrorCodes.LateEntryWindowClosed, 46), (check.WithinWindow, check.FlagCode, check.DayNumber));
    }

    [Fact]
    public void Check_BadInput_Throws()
    {
        Assert.Throws<ArgumentException>(() => LateEntryWindow.AlabamaMedicaid.Check(Service, Service.PlusDays(-1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => new LateEntryWindow("x", "X", 0, LateEntryWindowMode.Flag, "R7.7", "s"));
    }
}
