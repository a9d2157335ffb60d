using CounselingRecords.Billing.Statements;
using CounselingRecords.Billing.Tests.Support;
using CounselingRecords.Finance;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace CounselingRecords.Billing.Tests.Statements;

public sealed class StatementProperties
{
    private static readonly StatementGenerator Generator = new(StatementFixture.Settings);

    [Property(Arbitrary = [typeof(LedgerArbitraries)], MaxTest = 200)]
    public bool Closing_EqualsOpeningPlusChargesMinusPaymentsAndAdjustments(LedgerScript script, PositiveInt startOffset, PositiveInt length)
    {
        var ledger = script.Run().Ledger;
        var start = new LocalDate(2026, 1, 1).PlusDays(startOffset.Get % 90);
        var period = new DateInterval(start, start.PlusDays(length.Get % 45));
        var t = Generator.Generate(ledger, StatementFixture.Request(period)).Totals;

        var identity = t.ClosingBalance == t.OpeningBalance + t.Charges - t.Discounts - t.Adjustments - t.InsurancePayments - t.ClientPayments + t.Refunds;
        var opening = t.OpeningBalance == ledger.SnapshotAsOf(period.Start.PlusDays(-1)).Balances.AccountBalance;
        var closing = t.ClosingBalance == ledger.SnapshotAsOf(period.End).Balances.AccountBalance;
        var split = t.ClosingBalance == t.ClientOpen + t.InsurancePending - t.UnappliedCredit;
        return identity && opening && closing && split && !t.AmountDue.IsNegative;
    }

    [Property(Arbitrary = [typeof(LedgerArbitraries)], MaxTest = 100)]
    public bool Aging_AddsUpToWhatIsOwed(LedgerScript script)
    {
        var ledger = script.Run().Ledger;
        var statement = Generator.Generate(ledger, StatementFixture.Request(new DateInterval(new LocalDate(2026, 1, 1), new LocalDate(2026, 6, 30))));

        return statement.ClientAging.Total == statement.Totals.ClientOpen
            && statement.InsuranceAging.Total == statement.Totals.InsurancePending
            && statement.Services.All(s => !s.ClientShare.IsNegative && s.Explanations.Length >= 1);
    }
}
