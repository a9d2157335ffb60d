using CounselingRecords.Identity;
using CounselingRecords.Records.Disclosures;
using NodaTime;

namespace CounselingRecords.Acceptance.Tests.Records;

/// <summary>
/// Accounting of disclosures (R7.9, 45 CFR 164.528) as tables: 6 years back (the same calendar date six years before
/// the request is included, the day before is not), act within 60 days (day 60 on time, day 61 late), one 30-day extension.
/// </summary>
public sealed class AccountingOfDisclosuresRules
{
    private static readonly ClientId Client = new(Guid.Parse("00000000-0000-0000-0000-000000000002"));
    private static readonly UserId Staff = new(Guid.Parse("00000000-0000-0000-0000-000000000006"));
    private static readonly LocalDate Received = new(2026, 3, 2);

    public static TheoryData<string, string, bool> Coverage => new()
    {
        { "R7.9", "2020-03-01", false },
        { "R7.9", "2020-03-02", true },
        { "R7.9", "2023-01-15", true },
        { "R7.9", "2026-03-02", true },
        { "R7.9", "2026-03-03", false },
    };

    public static TheoryData<string, bool, int, AccountingState> Deadlines => new()
    {
        { "R7.9", false, 60, AccountingState.ProvidedOnTime },
        { "R7.9", false, 61, AccountingState.ProvidedLate },
        { "R7.9", true, 90, AccountingState.ProvidedOnTime },
        { "R7.9", true, 91, AccountingState.ProvidedLate },
    };

    [Theory]
    [MemberData(nameof(Coverage))]
    public void Accounting_CoversSixYearsBeforeTheRequest(string rule, string disclosedOn, bool covered)
    {
        var entry = new DisclosureLogEntry(Client, NodaTime.Text.LocalDatePattern.Iso.Parse(disclosedOn).Value, "County court", "Subpoena", "Session dates", Staff);

        var request = AccountingRequest.Receive(Client, Received);

        Assert.Equal(covered, request.Covers(entry));
        Assert.Contains(rule, request.Explain(Received), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Deadlines))]
    public void Accounting_IsDueSixtyDaysAfterReceipt_OneThirtyDayExtension(string rule, bool extended, int providedOnDay, AccountingState expected)
    {
        var request = AccountingRequest.Receive(Client, Received);
        if (extended)
        {
            request = request.Extend(Received.PlusDays(30)).Value;
        }

        var provided = request.Provide(Received.PlusDays(providedOnDay));

        Assert.Equal(expected, provided.StateOn(Received.PlusDays(200)));
        Assert.Contains(rule, provided.Explain(Received.PlusDays(200)), StringComparison.Ordinal);
    }
}
