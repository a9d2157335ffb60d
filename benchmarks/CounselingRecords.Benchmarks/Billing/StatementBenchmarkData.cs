using System.Collections.Immutable;
using CounselingRecords.Billing;
using CounselingRecords.Billing.Ledger;
using CounselingRecords.Billing.Statements;
using CounselingRecords.Finance;
using CounselingRecords.Identity;
using NodaTime;

namespace CounselingRecords.Benchmarks.Billing;

/// <summary>
/// Ledgers of a practice for the statement benchmark: each client has 20 entries, 5 in January (two discounted
/// self-pay sessions and a payment) and 15 in February (three discounted self-pay sessions, three insured sessions,
/// their ERA lines and three undesignated payments).
/// </summary>
internal static class StatementBenchmarkData
{
    public static readonly DateInterval February = new(new LocalDate(2026, 2, 1), new LocalDate(2026, 2, 28));

    public static StatementSettings Settings { get; } = new(
        new PracticeHeader("Riverside Counseling", "12 Main St, Springfield, IL 62701", "555-0100", "12-3456789"),
        21, AgingAnchor.DateOfService, "Pay online or by check.", "Ask about our sliding fee scale.", "Billing office, 555-0101");

    public static ImmutableArray<ClientLedger> Ledgers(int clients, int seed)
    {
        var ids = new SeededIdGenerator(seed);
        var random = new Random(seed);
        var payer = ids.New<PayerId>();
        var user = ids.New<UserId>();
        var builder = ImmutableArray.CreateBuilder<ClientLedger>(clients);
        for (var c = 0; c < clients; c++)
        {
            var ledger = ClientLedger.Open(ids.New<ClientId>(), Currency.Usd);
            Posting Post(int month, int day) => new(ids.New<LedgerEntryId>(), new LocalDate(2026, month, day), Instant.FromUtc(2026, month, day, 15, 0), user);

            ChargeRequest SelfPay(int month, int day)
            {
                var fee = 120m + random.Next(0, 9) * 10m;
                var discount = Money.Usd(fee).Percent(random.Next(0, 5) * 20m);
                var reason = new Explanation("fee-schedule", $"90834 at {fee}");
                return new ChargeRequest(
                    Post(month, day), ids.New<ChargeId>(), new LocalDate(2026, month, day), ChargeKind.Service, null, "90834", [], 1, "11", null, null, null, Money.Zero(Currency.Usd),
                    [new PriceComponent(PriceComponentKind.BaseFee, Money.Usd(fee), reason)], reason,
                    discount.IsPositive ? new DiscountRequest(ids.New<LedgerEntryId>(), AdjustmentType.SlidingScaleDiscount, "SLIDING-FEE", discount, new Explanation("R5.1", "sliding fee")) : null);
            }

            var entries = 0;
            void Apply(CounselingRecords.Results.Result<ClientLedger> result)
            {
                ledger = result.GetValueOrThrow();
                entries = ledger.Entries.Length;
            }

            // January: two discounted sessions (or a full-fee one padded by a courtesy adjustment) and a payment.
            Apply(ledger.PostCharge(SelfPay(1, 6) with { Discount = null }));
            Apply(ledger.PostAdjustment(new AdjustmentRequest(Post(1, 6), ledger.Entries[0].Charge!.Charge, AdjustmentType.Courtesy, "CRT", Money.Usd(10m), null)));
            Apply(ledger.PostCharge(SelfPay(1, 20) with { Discount = null }));
            Apply(ledger.PostAdjustment(new AdjustmentRequest(Post(1, 20), ledger.Entries[2].Charge!.Charge, AdjustmentType.Courtesy, "CRT", Money.Usd(10m), null)));
            Apply(ledger.PostClientPayment(new ClientPaymentRequest(Post(1, 27), ids.New<PaymentId>(), Money.Usd(random.Next(50, 300)), PaymentMethod.Card, null, PaymentDesignation.None)));

            // February: three self-pay sessions with a courtesy adjustment each, three insured sessions with their ERA lines, three payments.
            var insured = new List<(ChargeId Charge, decimal Fee)>();
            for (var week = 0; week < 3; week++)
            {
                var day = 3 + (week * 7);
                Apply(ledger.PostCharge(SelfPay(2, day) with { Discount = null }));
                Apply(ledger.PostAdjustment(new AdjustmentRequest(Post(2, day), ledger.Entries[^1].Charge!.Charge, AdjustmentType.SlidingScaleDiscount, "SLIDING-FEE", Money.Usd(random.Next(1, 9) * 10m), null)));
                var fee = 150m + random.Next(0, 5) * 10m;
                var reason = new Explanation("fee-schedule", $"90837 at {fee}");
                var charge = ids.New<ChargeId>();
                Apply(ledger.PostCharge(new ChargeRequest(
                    Post(2, day + 1), charge, new LocalDate(2026, 2, day + 1), ChargeKind.Service, null, "90837", [], 1, "10", null, null, payer, Money.Zero(Currency.Usd),
                    [new PriceComponent(PriceComponentKind.BaseFee, Money.Usd(fee), reason)], reason, null)));
                insured.Add((charge, fee));
            }

            for (var i = 0; i < 3; i++)
            {
                var (charge, fee) = insured[i];
                var pr = random.Next(0, 5) * 10m;
                var paid = 80m;
                Apply(ledger.PostInsurancePayment(new InsurancePaymentRequest(
                    Post(2, 19 + (i * 3)), ids.New<PaymentId>(), payer, charge, null, Money.Usd(fee), Money.Usd(paid + pr), Money.Usd(paid),
                    [.. pr > 0m ? new[] { new ClaimAdjustment(ClaimAdjustmentGroup.PatientResponsibility, "2", Money.Usd(pr)) } : [],
                        new ClaimAdjustment(ClaimAdjustmentGroup.ContractualObligation, "45", Money.Usd(fee - paid - pr))],
                    null)));
                Apply(ledger.PostClientPayment(new ClientPaymentRequest(Post(2, 20 + (i * 3)), ids.New<PaymentId>(), Money.Usd(random.Next(20, 200)), PaymentMethod.Card, null, PaymentDesignation.None)));
            }

            if (entries != 20)
            {
                throw new InvalidOperationException($"Each benchmark ledger has 20 entries, not {entries}.");
            }

            builder.Add(ledger);
        }

        return builder.MoveToImmutable();
    }

    public static StatementRequest Request(ClientLedger ledger, int index) => new(
        StatementId.FromGuid(new Guid(index + 1, 0, 0, new byte[8])), February, new LocalDate(2026, 3, 1), $"A-{index:D5}", new StatementRecipient("Guarantor", "Client", "Address"));
}
