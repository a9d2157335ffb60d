using CounselingRecords.Billing.Catalog;
using CounselingRecords.Billing.Coding;
using CounselingRecords.Billing.Ledger;
using CounselingRecords.Billing.Payers;
using CounselingRecords.Billing.SlidingScale;
using CounselingRecords.Billing.Statements;
using CounselingRecords.Billing.Tests.Support;
using CounselingRecords.Care;
using CounselingRecords.Finance;
using CounselingRecords.Identity;
using CounselingRecords.Testing.Identity;
using NodaTime;

namespace CounselingRecords.Billing.Tests;

public sealed class ReadmeQuickStartTests
{
    [Fact]
    public void QuickStart_RunsAsWritten()
    {
        var client = TestIds.Numbered<ClientId>(1);
        var clinician = TestIds.Numbered<ClinicianId>(1);
        var staff = TestIds.Numbered<UserId>(4);
        var today = new LocalDate(2026, 2, 1);
        var now = Instant.FromUtc(2026, 2, 1, 15, 0);
        var feeSchedule = CatalogFixture.Schedule();
        var catalog = CatalogFixture.Catalog;
        var posting = new Posting(TestIds.Numbered<LedgerEntryId>(1), new LocalDate(2026, 2, 10), now, staff);
        var chargeId = TestIds.Numbered<ChargeId>(1);
        var discountEntryId = TestIds.Numbered<LedgerEntryId>(2);
        var settings = StatementFixture.Settings;
        var statementRequest = StatementFixture.Request(new DateInterval(new LocalDate(2026, 2, 1), new LocalDate(2026, 2, 28)));

        // What happened: 47 face-to-face minutes by video, client at home.
        var facts = SessionFacts.Individual(new LocalDate(2026, 2, 10), 47, Modality.Video, ClientLocationKind.Home);
        var selection = CodeSelector.Default.Select(facts, PayerProfile.SelfPay);          // 90834 × 1 [95] @ POS 10

        // The client's sliding-fee determination (household of 3, $30,000 → 109.81% FPG → 80% off).
        var determination = SlidingFeeSchedule.HrsaDefault(Money.Usd(0m)).Determine(new SlidingFeeApplication(
            client, Money.Usd(30_000m), 3, PovertyGuidelineRegion.ContiguousStatesAndDistrictOfColumbia,
            IncomeEvidence.Documented, "2025 tax return", staff, now, today)).Value;

        // Price the line and post it: the full fee as the charge, the discount as its own line.
        var parties = new FeeParties(clinician, null, client);
        var quote = new FeeCalculator(feeSchedule).Quote(selection[0], facts.DateOfService, parties, determination.DecisionFor(facts.DateOfService));
        var ledger = ClientLedger.Open(client, Currency.Usd)
            .PostCharge(ChargeRequest.ForQuote(posting, chargeId, quote, facts.DateOfService, selection[0].Modifiers,
                selection.PlaceOfServiceCode, parties, Money.Usd(0m), discountEntryId)).Value;

        // At month end: an itemized statement with opening and closing balance, aging and explanations.
        var statement = new StatementGenerator(settings, catalog).Generate(ledger, statementRequest);

        Assert.Equal("90834 × 1 [95] @ POS 10", selection.ToString());
        Assert.Equal(Money.Usd(150m), statement.Services[0].Fee);
        Assert.Equal(Money.Usd(120m), statement.Services[0].Discount);
        Assert.Equal(Money.Usd(30m), statement.Totals.AmountDue);
        Assert.Equal(2, ledger.Entries.Length);
    }
}
