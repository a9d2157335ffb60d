using CounselingRecords.Records;
using CounselingRecords.Records.Amendments;
using NodaTime;

namespace CounselingRecords.Acceptance.Tests.Records;

/// <summary>R7.7 (Alabama Medicaid 560-X-1-.21): late entries and addenda within 45 calendar days of the date of service.</summary>
public sealed class LateEntryWindowRules
{
    private static readonly LocalDate Service = new(2026, 3, 10);

    public static TheoryData<string, int, bool> Rows => new()
    {
        { "R7.7", 0, true },
        { "R7.7", 44, true },
        { "R7.7", 45, true },
        { "R7.7", 46, false },
        { "R7.7", 90, false },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void AddendumOrLateEntry_AlabamaMedicaid_Within45CalendarDays(string rule, int daysAfterService, bool accepted)
    {
        var result = LateEntryWindow.AlabamaMedicaid.Require(Service, Service.PlusDays(daysAfterService));

        Assert.Equal(accepted, result.Success);
        if (!accepted)
        {
            Assert.Equal((RecordsErrorCodes.LateEntryWindowClosed, rule), (result.Error.Code, result.Error.RuleId));
        }
        else
        {
            Assert.Equal(rule, result.Value.RuleId);
        }
    }
}
