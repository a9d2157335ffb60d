using System.Collections.Immutable;
using CounselingRecords.Billing.Ledger;
using CounselingRecords.Finance;
using CounselingRecords.Identity;
using CounselingRecords.Results;
using CounselingRecords.Testing.Identity;
using NodaTime;

namespace CounselingRecords.Billing.Tests.Support;

/// <summary>Builds a client ledger step by step; each step must succeed unless the test asks for the result.</summary>
internal sealed class LedgerScenario
{
    private int _next = 1000;

    public LedgerScenario(AllocationOrder order = AllocationOrder.OldestResponsibilityDateFirst)
    {
        Ledger = ClientLedger.Open(Client, Currency.Usd, order);
    }

    public static ClientId Client { get; } = TestIds.Numbered<ClientId>(1);

    public static PayerId Payer { get; } = TestIds.Numbered<PayerId>(1);

    public static PayerId OtherPayer { get; } = TestIds.Numbered<PayerId>(2);

    public static UserId Biller { get; } = TestIds.Numbered<UserId>(4);

    public static ClinicianId Clinician { get; } = TestIds.Numbered<ClinicianId>(1);

    public ClientLedger Ledger { get; private set; }

    public static ChargeId ChargeNo(int n) => TestIds.Numbered<ChargeId>(n);

    public Posting Post(LocalDate on) => new(TestIds.Numbered<LedgerEntryId>(++_next), on, Instant.FromUtc(on.Year, on.Month, on.Day, 15, 0), Biller);

    public LedgerEntryId NextEntryId() => TestIds.Numbered<LedgerEntryId>(++_next);

    public PaymentId NextPaymentId() => TestIds.Numbered<PaymentId>(++_next);

    public ChargeRequest SelfPayCharge(int charge, LocalDate dos, decimal fee, decimal discount = 0m, string code = "90834") => new(
        Post(dos), ChargeNo(charge), dos, ChargeKind.Service, null, code, [], 1, "11", Clinician, null, null, Money.Zero(Currency.Usd),
        [new PriceComponent(PriceComponentKind.BaseFee, Money.Usd(fee), new Explanation("fee-schedule", $"{code} at {fee}"))],
        new Explanation("fee-schedule", $"Full fee {fee}"),
        discount > 0m ? new DiscountRequest(NextEntryId(), AdjustmentType.SlidingScaleDiscount, "SLIDING-FEE", Money.Usd(discount), new Explanation("R5.1", "discount")) : null);

    public ChargeRequest InsuredCharge(int charge, LocalDate dos, decimal fee, decimal copay = 0m, PayerId? payer = null, string code = "90837") => new(
        Post(dos), ChargeNo(charge), dos, ChargeKind.Service, null, code, [], 1, "11", Clinician, null, payer ?? Payer, Money.Usd(copay),
        [new PriceComponent(PriceComponentKind.BaseFee, Money.Usd(fee), new Explanation("fee-schedule", $"{code} at {fee}"))],
        new Explanation("fee-schedule", $"Full fee {fee}"), null);

    public LedgerScenario Charge(ChargeRequest request) => Then(Ledger.PostCharge(request));

    public LedgerScenario SelfPay(int charge, LocalDate dos, decimal fee, decimal discount = 0m) => Charge(SelfPayCharge(charge, dos, fee, discount));

    public LedgerScenario Insured(int charge, LocalDate dos, decimal fee, decimal copay = 0m) => Charge(InsuredCharge(charge, dos, fee, copay));

    public Result<ClientLedger> TryPay(LocalDate on, decimal amount, PaymentDesignation? designation = null) =>
        Ledger.PostClientPayment(new ClientPaymentRequest(Post(on), NextPaymentId(), Money.Usd(amount), PaymentMethod.Card, "4242", designation ?? PaymentDesignation.None));

    public LedgerScenario Pay(LocalDate on, decimal amount, PaymentDesignation? designation = null) => Then(TryPay(on, amount, designation));

    public InsurancePaymentRequest Era(LocalDate on, int charge, decimal billed, decimal allowed, decimal paid, params (ClaimAdjustmentGroup Group, string Reason, decimal Amount)[] adjustments) => new(
        Post(on), NextPaymentId(), Payer, ChargeNo(charge), null, Money.Usd(billed), Money.Usd(allowed), Money.Usd(paid),
        [.. adjustments.Select(a => new ClaimAdjustment(a.Group, a.Reason, Money.Usd(a.Amount)))], "ICN-1");

    public LedgerScenario Insurance(InsurancePaymentRequest request) => Then(Ledger.PostInsurancePayment(request));

    public Result<ClientLedger> TryAdjust(LocalDate on, int charge, AdjustmentType type, decimal amount) =>
        Ledger.PostAdjustment(new AdjustmentRequest(Post(on), ChargeNo(charge), type, "RC", Money.Usd(amount), null));

    public LedgerScenario Adjust(LocalDate on, int charge, AdjustmentType type, decimal amount) => Then(TryAdjust(on, charge, type, amount));

    public Result<ClientLedger> TryRefund(LocalDate on, decimal amount) =>
        Ledger.PostRefund(new RefundRequest(Post(on), NextPaymentId(), Money.Usd(amount), PaymentMethod.Check, "1001"));

    public LedgerScenario Refund(LocalDate on, decimal amount) => Then(TryRefund(on, amount));

    public Result<ClientLedger> TryApplyCredit(LocalDate on, decimal amount, PaymentDesignation? designation = null) =>
        Ledger.ApplyCredit(new CreditApplicationRequest(Post(on), Money.Usd(amount), designation ?? PaymentDesignation.None));

    public LedgerScenario ApplyCredit(LocalDate on, decimal amount, PaymentDesignation? designation = null) => Then(TryApplyCredit(on, amount, designation));

    public Result<ClientLedger> TryReverse(LocalDate on, LedgerEntryId entry) =>
        Ledger.Reverse(new ReversalRequest(Post(on), entry, "posting error"));

    public LedgerScenario Reverse(LocalDate on, LedgerEntryId entry) => Then(TryReverse(on, entry));

    public LedgerEntryId LastEntry => Ledger.Entries[^1].Id;

    public LedgerLine Line(int charge) => Ledger.Snapshot().Lines.Single(l => l.Charge == ChargeNo(charge));

    public LedgerScenario Then(Result<ClientLedger> result)
    {
        Assert.True(result.Success, result.ErrorOrNull?.ToString());
        Ledger = result.Value;
        return this;
    }

    public static ImmutableArray<ClaimAdjustment> None => [];
}
