using System.Reflection;
using CounselingRecords.Billing.Ledger;
using CounselingRecords.Billing.Statements;
using CounselingRecords.Billing.Tests.Support;
using CounselingRecords.Coding;
using CounselingRecords.Finance;
using NodaTime;
using static CounselingRecords.Billing.Tests.Support.Dates;

namespace CounselingRecords.Billing.Tests.Statements;

public sealed class StatementGeneratorTests
{
    private const ClaimAdjustmentGroup PR = ClaimAdjustmentGroup.PatientResponsibility;
    private const ClaimAdjustmentGroup CO = ClaimAdjustmentGroup.ContractualObligation;
    private static readonly StatementGenerator Generator = new(StatementFixture.Settings, CatalogFixture.Catalog);
    private static readonly DateInterval February = new(Feb(1), Feb(28));

    private static LedgerScenario Month()
    {
        var s = new LedgerScenario()
            .SelfPay(1, Jan(12), 150m, discount: 90m)
            .Insured(2, Feb(2), 150m, copay: 25m)
            .Pay(Feb(2), 25m, PaymentDesignation.PointOfServiceCopay(Feb(2)))
            .SelfPay(3, Feb(9), 150m, discount: 90m);
        s.Insurance(s.Era(Feb(20), 2, 150m, 100m, 75m, (PR, "3", 25m), (CO, "45", 50m)));
        return s.Pay(Feb(23), 80m);
    }

    [Fact]
    public void Generate_TotalsRunFromOpeningToClosing()
    {
        var statement = Generator.Generate(Month().Ledger, StatementFixture.Request(February, Feb(28)));
        var t = statement.Totals;

        Assert.Equal(Money.Usd(60m), t.OpeningBalance);
        Assert.Equal(Money.Usd(300m), t.Charges);
        Assert.Equal(Money.Usd(90m), t.Discounts);
        Assert.Equal(Money.Usd(50m), t.Adjustments);
        Assert.Equal(Money.Usd(75m), t.InsurancePayments);
        Assert.Equal(Money.Usd(105m), t.ClientPayments);
        Assert.Equal(Money.Usd(40m), t.ClosingBalance);
        Assert.Equal(t.ClosingBalance, t.OpeningBalance + t.Charges - t.Discounts - t.Adjustments - t.InsurancePayments - t.ClientPayments + t.Refunds);
        Assert.Equal(Money.Usd(40m), t.AmountDue);
        Assert.Equal(Money.Usd(0m), t.InsurancePending);
    }

    [Fact]
    public void Generate_ItemizesEachServiceWithItsDiscountInsuranceAndShare()
    {
        var statement = Generator.Generate(Month().Ledger, StatementFixture.Request(February));

        Assert.Equal(new[] { Jan(12), Feb(2), Feb(9) }, statement.Services.Select(s => s.DateOfService));
        var selfPay = statement.Services[0];
        Assert.Equal(Money.Usd(150m), selfPay.Fee);
        Assert.Equal(Money.Usd(90m), selfPay.Discount);
        Assert.Equal(Money.Usd(60m), selfPay.ClientShare);
        Assert.Equal(Money.Usd(0m), selfPay.ClientDue);
        Assert.False(selfPay.IsNewThisPeriod);
        var insured = statement.Services[1];
        Assert.Equal(Money.Usd(75m), insured.InsurancePaid);
        Assert.Equal(Money.Usd(50m), insured.Adjustments);
        Assert.Equal(Money.Usd(25m), insured.ClientShare);
        Assert.Equal("Psychotherapy, 60 minutes", insured.Description);
        Assert.Contains(insured.Explanations, e => e.RuleId == "R6.2");
        Assert.Contains(statement.Services[2].Explanations, e => e.RuleId == "R5.1");
        Assert.Contains(statement.Services[2].Explanations, e => e.RuleId == "R6.1");
    }

    [Fact]
    public void Generate_ListsThePeriodsActivityWithItsEffect()
    {
        var statement = Generator.Generate(Month().Ledger, StatementFixture.Request(February));

        Assert.Equal(
            new[] { StatementActivityKind.Charge, StatementActivityKind.ClientPayment, StatementActivityKind.Charge, StatementActivityKind.Discount, StatementActivityKind.InsurancePayment, StatementActivityKind.ClientPayment },
            statement.Activity.Select(a => a.Kind));
        Assert.Equal(Money.Usd(-125m), statement.Activity[4].EffectOnBalance);
        Assert.Equal(statement.Totals.ClosingBalance - statement.Totals.OpeningBalance, Money.Sum(statement.Activity.Select(a => a.EffectOnBalance), Currency.Usd));
    }

    [Fact]
    public void Generate_AgesOpenAmountsByDateOfServiceWithInclusiveUpperBounds()
    {
        var s = new LedgerScenario()
            .SelfPay(1, D(2025, 10, 1), 10m)
            .SelfPay(2, D(2025, 10, 30), 20m)
            .SelfPay(3, D(2025, 12, 29), 40m)
            .Insured(5, Jan(27), 100m)
            .SelfPay(4, Jan(28), 80m);

        var statement = Generator.Generate(s.Ledger, StatementFixture.Request(new DateInterval(Jan(1), Jan(28)), Jan(28)));

        // Ages on 2026-01-28: 119 → 91–120, 90 → 61–90, 30 → 0–30, 0 → 0–30 (client); 1 day → 0–30 (insurance).
        Assert.Equal(Money.Usd(120m), statement.ClientAging.Days0To30);
        Assert.Equal(Money.Usd(0m), statement.ClientAging.Days31To60);
        Assert.Equal(Money.Usd(20m), statement.ClientAging.Days61To90);
        Assert.Equal(Money.Usd(10m), statement.ClientAging.Days91To120);
        Assert.Equal(Money.Usd(100m), statement.InsuranceAging.Days0To30);
        Assert.Equal(Money.Usd(100m), statement.Totals.InsurancePending);
    }

    [Fact]
    public void Generate_ForAnEarlierPeriod_IgnoresLaterEntries()
    {
        var ledger = Month().Ledger;

        var january = Generator.Generate(ledger, StatementFixture.Request(new DateInterval(Jan(1), Jan(31))));

        Assert.Equal(Money.Usd(0m), january.Totals.OpeningBalance);
        Assert.Equal(Money.Usd(60m), january.Totals.ClosingBalance);
        Assert.Single(january.Services);
        Assert.Equal(Money.Usd(60m), january.Totals.AmountDue);
    }

    [Fact]
    public void Generate_CreditBalance_IsShownAndNothingIsDue()
    {
        var s = new LedgerScenario().SelfPay(1, Feb(2), 100m).Pay(Feb(3), 130m);

        var statement = Generator.Generate(s.Ledger, StatementFixture.Request(February));

        Assert.Equal(Money.Usd(0m), statement.Totals.AmountDue);
        Assert.Equal(Money.Usd(30m), statement.Totals.CreditBalance);
        Assert.Equal(Money.Usd(-30m), statement.Totals.ClosingBalance);
    }

    [Fact]
    public void Generate_DueDateAndNotices_ComeFromTheSettings()
    {
        var statement = Generator.Generate(Month().Ledger, StatementFixture.Request(February, Mar(1)));

        Assert.Equal(Mar(22), statement.DueDate);
        Assert.Equal("Ask us about our sliding fee scale.", statement.FinancialAssistanceNotice);
        Assert.Equal("12-3456789", statement.Practice.TaxId);
        Assert.DoesNotContain("Pat Doe", statement.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Statement_CarriesNoDiagnosisCodes()
    {
        var seen = new HashSet<Type>();
        var pending = new Stack<Type>([typeof(Statement)]);
        while (pending.TryPop(out var type))
        {
            if (!seen.Add(type) || type.Namespace?.StartsWith("CounselingRecords", StringComparison.Ordinal) != true && !type.IsGenericType)
            {
                continue;
            }

            Assert.NotEqual(typeof(DiagnosisCode), type);
            foreach (var argument in type.IsGenericType ? type.GetGenericArguments() : [])
            {
                pending.Push(argument);
            }

            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                pending.Push(property.PropertyType);
            }
        }

        Assert.Contains(typeof(StatementServiceLine), seen);
    }

    [Fact]
    public void StatementRequest_DatedBeforeTheEndOfItsPeriod_Throws()
    {
        Assert.Throws<ArgumentException>(() => StatementFixture.Request(February, Feb(27)));
    }
}
