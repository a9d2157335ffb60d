using CounselingRecords.Identity;
using CounselingRecords.Records.Disclosures;
using CounselingRecords.Testing.Identity;
using NodaTime;

namespace CounselingRecords.Records.Tests.Disclosures;

public sealed class AccountingRequestTests
{
    private static readonly ClientId Client = TestIds.Numbered<ClientId>(1);
    private static readonly LocalDate Received = new(2026, 3, 2);

    private static DisclosureLogEntry Entry(LocalDate on, ClientId? client = null) =>
        new(client ?? Client, on, "Acme Life Insurance", "Underwriting under the client's authorization", "Diagnosis list and treatment dates", TestIds.Numbered<UserId>(6));

    [Fact]
    public void Accounting_CoversSixYearsBackInclusiveToReceipt_OldestFirst_R7_9()
    {
        var request = AccountingRequest.Receive(Client, Received);
        var log = new[]
        {
            Entry(new LocalDate(2026, 3, 2)),
            Entry(new LocalDate(2020, 3, 2)),
            Entry(new LocalDate(2020, 3, 1)),
            Entry(new LocalDate(2026, 3, 3)),
            Entry(new LocalDate(2023, 7, 1), TestIds.Numbered<ClientId>(2)),
        };

        var listed = request.Accounting(log);

        Assert.Equal(new[] { new LocalDate(2020, 3, 2), new LocalDate(2026, 3, 2) }, listed.Select(e => e.DisclosedOn));
        Assert.Equal((new LocalDate(2020, 3, 2), Received), (request.CoversFrom, request.CoversTo));
    }

    [Fact]
    public void StateOn_Day60OnTime_Day61Overdue_R7_9()
    {
        var request = AccountingRequest.Receive(Client, Received);

        Assert.Equal(new LocalDate(2026, 5, 1), request.DueOn);
        Assert.Equal(AccountingState.Open, request.StateOn(Received.PlusDays(60)));
        Assert.Equal(AccountingState.Overdue, request.StateOn(Received.PlusDays(61)));
        Assert.Equal(AccountingState.ProvidedOnTime, request.Provide(Received.PlusDays(60)).StateOn(Received.PlusDays(100)));
        Assert.Equal(AccountingState.ProvidedLate, request.Provide(Received.PlusDays(61)).StateOn(Received.PlusDays(100)));
        Assert.Contains("due 2026-05-01", request.Explain(Received), StringComparison.Ordinal);
    }

    [Fact]
    public void Extend_Once_WithinSixtyDays_AddsThirtyDays_R7_9()
    {
        var request = AccountingRequest.Receive(Client, Received);

        var extended = request.Extend(Received.PlusDays(60)).Value;

        Assert.Equal(Received.PlusDays(90), extended.DueOn);
        Assert.Equal(AccountingState.ProvidedOnTime, extended.Provide(Received.PlusDays(90)).StateOn(Received.PlusDays(120)));
        Assert.Equal(AccountingState.ProvidedLate, extended.Provide(Received.PlusDays(91)).StateOn(Received.PlusDays(120)));
        Assert.Equal(RecordsErrorCodes.AccountingExtensionAlreadyUsed, extended.Extend(Received.PlusDays(61)).Error.Code);
        Assert.Equal(RecordsErrorCodes.AccountingExtensionTooLate, request.Extend(Received.PlusDays(61)).Error.Code);
        Assert.Equal("R7.9", request.Extend(Received.PlusDays(61)).Error.RuleId);
    }

    [Fact]
    public void Constructors_BadValues_Throw()
    {
        Assert.ThrowsAny<ArgumentException>(() => new DisclosureLogEntry(Client, Received, " ", "p", "w", TestIds.Numbered<UserId>(1)));
        Assert.Throws<ArgumentException>(() => new AccountingRequest(Client, Received, Received.PlusDays(61), null));
        Assert.Throws<ArgumentException>(() => new AccountingRequest(Client, Received, null, Received.PlusDays(-1)));
    }
}
