using CounselingRecords.Billing;
using CounselingRecords.Billing.Estimates;
using CounselingRecords.Billing.Ledger;
using CounselingRecords.Billing.SlidingScale;
using CounselingRecords.Coding;
using CounselingRecords.Finance;
using CounselingRecords.Identity;
using CounselingRecords.Testing.Access;
using CounselingRecords.Testing.Identity;
using NodaTime;

namespace CounselingRecords.Testing.Samples;

/// <summary>
/// Realistic, fully populated aggregates of the billing area, built through the area's verbs: a ledger with every kind
/// of entry (self-pay charge with a sliding-scale discount, insured charge, client payments, an insurance payment with
/// adjustments, an adjustment, a credit application, a refund, a reversal); a good faith estimate reissued as a
/// revision; a sliding-fee agreement with two determinations.
/// </summary>
public static class BillingSamples
{
    private const string Npi = "1234567893";

    /// <summary>Builds the client's ledger.</summary>
    /// <param name="seed">The number of the client id (entry and payment ids are numbered from it).</param>
    /// <returns>The ledger.</returns>
    public static ClientLedger ClientLedger(int seed = 1)
    {
        var next = seed * 1000;
        var client = TestIds.Numbered<ClientId>(seed);
        var payer = TestIds.Numbered<PayerId>(1);
        Posting Post(LocalDate on) => new(TestIds.Numbered<LedgerEntryId>(++next), on, SampleWorld.Ny(on.Year, on.Month, on.Day, 15), TestActors.Biller.UserId);
        var selfPay = TestIds.Numbered<ChargeId>(seed * 10 + 1);
        var insured = TestIds.Numbered<ChargeId>(seed * 10 + 2);
        var day1 = new LocalDate(2026, 1, 5);
        var day2 = new LocalDate(2026, 1, 12);
        var ledger = Billing.Ledger.ClientLedger.Open(client, Currency.Usd);
        ledger = SampleWorld.Ok(ledger.PostCharge(new ChargeRequest(
            Post(day1), selfPay, day1, ChargeKind.Service, TestIds.Numbered<ServiceId>(3), "90834", ["95"], 1, "10", SampleWorld.Associate, TestIds.Numbered<AppointmentId>(seed), null, Money.Zero(Currency.Usd),
            [new PriceComponent(PriceComponentKind.BaseFee, Money.Usd(150m), new Explanation("fee-schedule", "90834 at the practice rate 150.00"))],
            new Explanation("fee-schedule", "Full fee 150.00"),
            new DiscountRequest(TestIds.Numbered<LedgerEntryId>(++next), AdjustmentType.SlidingScaleDiscount, "SLIDING-FEE", Money.Usd(60m), new Explanation("R5.1", "Tier C: 40 % discount")))));
        ledger = SampleWorld.Ok(ledger.PostCharge(new ChargeRequest(
            Post(day2), insured, day2, ChargeKind.Service, null, "90837", [], 1, "11", SampleWorld.Associate, null, payer, Money.Usd(25m),
            [new PriceComponent(PriceComponentKind.BaseFee, Money.Usd(180m), new Explanation("fee-schedule", "90837 at 180.00"))],
            new Explanation("fee-schedule", "Full fee 180.00"),
            null)));
        ledger = SampleWorld.Ok(ledger.PostClientPayment(new ClientPaymentRequest(Post(day2), TestIds.Numbered<PaymentId>(++next), Money.Usd(25m), PaymentMethod.Card, "4242", PaymentDesignation.PointOfServiceCopay(day2))));
        ledger = SampleWorld.Ok(ledger.PostClientPayment(new ClientPaymentRequest(Post(day2), TestIds.Numbered<PaymentId>(++next), Money.Usd(50m), PaymentMethod.Check, "1001", PaymentDesignation.ForCharges(selfPay))));
        ledger = SampleWorld.Ok(ledger.PostInsurancePayment(new InsurancePaymentRequest(
            Post(new LocalDate(2026, 2, 2)), TestIds.Numbered<PaymentId>(++next), payer, insured, TestIds.Numbered<ClaimId>(seed), Money.Usd(180m), Money.Usd(140m), Money.Usd(115m),
            [new ClaimAdjustment(ClaimAdjustmentGroup.PatientResponsibility, "3", Money.Usd(25m)), new ClaimAdjustment(ClaimAdjustmentGroup.ContractualObligation, "45", Money.Usd(40m))],
            "ICN-2026-0001")));
        ledger = SampleWorld.Ok(ledger.PostAdjustment(new AdjustmentRequest(Post(new LocalDate(2026, 2, 3)), selfPay, AdjustmentType.Courtesy, "COURTESY", Money.Usd(5m), "Waiting-room delay courtesy")));
        var reversible = TestIds.Numbered<PaymentId>(++next);
        ledger = SampleWorld.Ok(ledger.PostClientPayment(new ClientPaymentRequest(Post(new LocalDate(2026, 2, 4)), reversible, Money.Usd(10m), PaymentMethod.Cash, null, PaymentDesignation.None)));
        ledger = SampleWorld.Ok(ledger.Reverse(new ReversalRequest(Post(new LocalDate(2026, 2, 5)), ledger.Entries[^1].Id, "Posted to the wrong client")));
        ledger = SampleWorld.Ok(ledger.PostClientPayment(new ClientPaymentRequest(Post(new LocalDate(2026, 2, 6)), TestIds.Numbered<PaymentId>(++next), Money.Usd(60m), PaymentMethod.BankTransfer, "ACH-77", PaymentDesignation.ForDateOfService(day2))));
        ledger = SampleWorld.Ok(ledger.ApplyCredit(new CreditApplicationRequest(Post(new LocalDate(2026, 2, 7)), Money.Usd(30m), PaymentDesignation.ForCharges(selfPay))));
        return SampleWorld.Ok(ledger.PostRefund(new RefundRequest(Post(new LocalDate(2026, 2, 9)), TestIds.Numbered<PaymentId>(++next), Money.Usd(15m), PaymentMethod.Check, "1002")));
    }

    /// <summary>Builds a good faith estimate issued, then reissued as revision 2 (the stored sample is the revision, naming what it supersedes).</summary>
    /// <param name="seed">The number of the estimate ids.</param>
    /// <returns>The revision.</returns>
    public static GoodFaithEstimate GoodFaithEstimate(int seed = 1)
    {
        var first = SampleWorld.Ok(Billing.Estimates.GoodFaithEstimate.Issue(TestIds.Numbered<EstimateId>(seed), Draft(12, 60m), new LocalDate(2026, 2, 3), SampleWorld.Ny(2026, 2, 3, 10), TestActors.Biller.UserId));
        return SampleWorld.Ok(first.Reissue(TestIds.Numbered<EstimateId>(seed + 1), Draft(16, 65m), new LocalDate(2026, 3, 2), SampleWorld.Ny(2026, 3, 2, 10), TestActors.Biller.UserId));
    }

    /// <summary>Builds a sliding-fee agreement with a documented determination and a later redetermination on a lower income.</summary>
    /// <param name="seed">The number of the client id.</param>
    /// <returns>The agreement.</returns>
    public static SlidingFeeAgreement SlidingFeeAgreement(int seed = 1)
    {
        var client = TestIds.Numbered<ClientId>(seed);
        var schedule = SlidingFeeSchedule.HrsaDefault(Money.Usd(0m));
        var agreement = Billing.SlidingScale.SlidingFeeAgreement.Start(client);
        agreement = SampleWorld.Ok(agreement.Record(SampleWorld.Ok(schedule.Determine(new SlidingFeeApplication(
            client, Money.Usd(41000m), 3, PovertyGuidelineRegion.ContiguousStatesAndDistrictOfColumbia, IncomeEvidence.Documented, null, TestActors.Biller.UserId, SampleWorld.Ny(2026, 1, 5, 11), new LocalDate(2026, 1, 5))))));
        return SampleWorld.Ok(agreement.Record(SampleWorld.Ok(schedule.Determine(new SlidingFeeApplication(
            client, Money.Usd(28000m), 3, PovertyGuidelineRegion.ContiguousStatesAndDistrictOfColumbia, IncomeEvidence.Documented, null, TestActors.Biller.UserId, SampleWorld.Ny(2026, 6, 1, 11), new LocalDate(2026, 6, 1))))));
    }

    private static GoodFaithEstimateDraft Draft(int sessions, decimal unit) => new(
        TestIds.Numbered<ClientId>(1),
        new GfePatient("Jordan Rivera", new LocalDate(1990, 4, 12)),
        "Individual psychotherapy, 45 minutes",
        new LocalDate(2026, 2, 17),
        new DateInterval(new LocalDate(2026, 2, 1), new LocalDate(2026, 7, 31)),
        new GfeRecurringScope(new DateInterval(new LocalDate(2026, 2, 1), new LocalDate(2026, 7, 31)), "weekly", sessions),
        [new GfeProvider(Npi, "Riverside Counseling", "12-3456789", ["12 Main St, Springfield, IL"], ["IL"])],
        [
            new GfeItem(Npi, "90791", "Intake evaluation", [DiagnosisCode.Parse("F41.1")], 1, Money.Usd(90m)),
            new GfeItem(Npi, "90834", "Psychotherapy, 45 minutes", [DiagnosisCode.Parse("F41.1"), DiagnosisCode.Parse("Z63.0")], sessions, Money.Usd(unit)),
        ],
        [new SeparatelyScheduledItem("Psychological testing", "Ask the testing provider for their own Good Faith Estimate.")],
        "see cms.gov/nosurprises or call 1-800-985-3059",
        GfeDeliveryMethod.Electronic);
}
