using System.Collections.Immutable;
using CounselingRecords.Billing;
using CounselingRecords.Billing.Claims;
using CounselingRecords.Billing.Ledger;
using CounselingRecords.Coding;
using CounselingRecords.Finance;
using CounselingRecords.Identity;
using CounselingRecords.Results;
using CounselingRecords.Testing.Identity;
using NodaTime;

namespace CounselingRecords.Acceptance.Tests.Billing;

/// <summary>Builds ledgers and claim parties for the billing rule tables.</summary>
internal sealed class BillingFixture
{
    private int _next = 5000;

    public BillingFixture() => Ledger = ClientLedger.Open(Client, Currency.Usd);

    public static ClientId Client { get; } = TestIds.Numbered<ClientId>(1);

    public static PayerId Payer { get; } = TestIds.Numbered<PayerId>(1);

    public static UserId Biller { get; } = TestIds.Numbered<UserId>(4);

    public static PostalAddress Street { get; } = new("12 Main St", null, "Springfield", "IL", "62701");

    public static ProviderIdentity Provider { get; } = new(
        "Riverside Counseling", "LPC", "1234567893", null, "12-3456789", TaxonomyCodes.ProfessionalCounselor, "LPC-1234", "IL", Street, "555-0100");

    public static ClaimPatient Patient { get; } = new(
        Client, "Doe", "Pat", new LocalDate(1990, 4, 2), "U", new PostalAddress("1 Elm St", null, "Springfield", "IL", "62702"), "MEM123", null, RelationshipToInsured.Self, "A-1001");

    public ClientLedger Ledger { get; private set; }

    public static ChargeId Charge(int n) => TestIds.Numbered<ChargeId>(n);

    public static DiagnosisCode Dx(string code) => DiagnosisCode.Parse(code);

    public Posting Post(LocalDate on) => new(TestIds.Numbered<LedgerEntryId>(++_next), on, Instant.FromUtc(on.Year, on.Month, on.Day, 15, 0), Biller);

    public LedgerEntryId NextId() => TestIds.Numbered<LedgerEntryId>(++_next);

    public PaymentId NextPayment() => TestIds.Numbered<PaymentId>(++_next);

    public BillingFixture SelfPay(int charge, LocalDate dos, decimal fee, decimal discount = 0m, string code = "90834") => Then(Ledger.PostCharge(new ChargeRequest(
        Post(dos), Charge(charge), dos, ChargeKind.Service, null, code, [], 1, "11", null, null, null, Money.Usd(0m),
        [new PriceComponent(PriceComponentKind.BaseFee, Money.Usd(fee), new Explanation("fee-schedule", "standard fee"))], new Explanation("fee-schedule", "standard fee"),
        discount > 0m ? new DiscountRequest(NextId(), AdjustmentType.SlidingScaleDiscount, "SLIDING-FEE", Money.Usd(discount), new Explanation("R5.1", "sliding fee")) : null)));

    public BillingFixture Insured(int charge, LocalDate dos, decimal fee, decimal copay = 0m, string code = "90834", ImmutableArray<string> modifiers = default) => Then(Ledger.PostCharge(new ChargeRequest(
        Post(dos), Charge(charge), dos, ChargeKind.Service, null, code, modifiers.IsDefault ? [] : modifiers, 1, "11", null, null, Payer, Money.Usd(copay),
        [new PriceComponent(PriceComponentKind.BaseFee, Money.Usd(fee), new Explanation("fee-schedule", "standard fee"))], new Explanation("fee-schedule", "standard fee"), null)));

    public Result<ClientLedger> TryPay(LocalDate on, decimal amount, PaymentDesignation? designation = null) =>
        Ledger.PostClientPayment(new ClientPaymentRequest(Post(on), NextPayment(), Money.Usd(amount), PaymentMethod.Cash, null, designation ?? PaymentDesignation.None));

    public BillingFixture Pay(LocalDate on, decimal amount, PaymentDesignation? designation = null) => Then(TryPay(on, amount, designation));

    public Result<ClientLedger> TryEra(LocalDate on, int charge, decimal billed, decimal allowed, decimal paid, params (ClaimAdjustmentGroup, string, decimal)[] adjustments) =>
        Ledger.PostInsurancePayment(new InsurancePaymentRequest(Post(on), NextPayment(), Payer, Charge(charge), null, Money.Usd(billed), Money.Usd(allowed), Money.Usd(paid),
            [.. adjustments.Select(a => new ClaimAdjustment(a.Item1, a.Item2, Money.Usd(a.Item3)))], null));

    public BillingFixture Era(LocalDate on, int charge, decimal billed, decimal allowed, decimal paid, params (ClaimAdjustmentGroup, string, decimal)[] adjustments) =>
        Then(TryEra(on, charge, billed, allowed, paid, adjustments));

    public LedgerLine Line(int charge) => Ledger.Snapshot().Lines.Single(l => l.Charge == Charge(charge));

    public BillingFixture Then(Result<ClientLedger> result)
    {
        Assert.True(result.Success, result.ErrorOrNull?.ToString());
        Ledger = result.Value;
        return this;
    }
}
