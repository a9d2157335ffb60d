using CounselingRecords.Finance;
using CounselingRecords.Identity;
using NodaTime;

namespace CounselingRecords.Billing.Ledger;

/// <summary>
/// One append-only ledger entry: a charge, an adjustment, a client or insurance payment, a credit application, a
/// refund or a reversal. Exactly the details of its kind are present. Balances are never stored: they are derived
/// from the entries (R6.3; ADR 0050).
/// </summary>
public sealed class LedgerEntry
{
    /// <summary>Initializes a new instance of the <see cref="LedgerEntry"/> class.</summary>
    /// <param name="id">The entry id.</param>
    /// <param name="kind">The kind.</param>
    /// <param name="postedOn">The accounting date.</param>
    /// <param name="recordedAt">When it was recorded.</param>
    /// <param name="recordedBy">Who recorded it.</param>
    /// <param name="amount">
    /// The amount, not negative and rounded to the minor unit: the full fee of a charge (the sum of its components),
    /// the amount paid by a payer, the amount of an adjustment, payment, credit application or refund, or the
    /// amount of the entry a reversal cancels.
    /// </param>
    /// <param name="explanation">Where the amount came from, in a sentence.</param>
    /// <param name="charge">The charge details, for a charge.</param>
    /// <param name="adjustment">The adjustment details, for an adjustment.</param>
    /// <param name="clientPayment">The payment details, for a client payment.</param>
    /// <param name="insurancePayment">The adjudication details, for an insurance payment.</param>
    /// <param name="creditApplication">The designation, for a credit application.</param>
    /// <param name="refund">The refund details, for a refund.</param>
    /// <param name="reversal">The reversed entry, for a reversal.</param>
    public LedgerEntry(
        LedgerEntryId id,
        LedgerEntryKind kind,
        LocalDate postedOn,
        Instant recordedAt,
        UserId recordedBy,
        Money amount,
        Explanation explanation,
        ChargeDetails? charge,
        AdjustmentDetails? adjustment,
        ClientPaymentDetails? clientPayment,
        InsurancePaymentDetails? insurancePayment,
        CreditApplicationDetails? creditApplication,
        RefundDetails? refund,
        ReversalDetails? reversal)
    {
        if (id.Value == Guid.Empty)
        {
            throw new ArgumentException("An entry needs an id.", nameof(id));
        }

        if (recordedBy.Value == Guid.Empty)
        {
            throw new ArgumentException("An entry names who recorded it (R6.9).", nameof(recordedBy));
        }

        ArgumentNullException.ThrowIfNull(explanation);
        if (amount.IsNegative || !amount.IsRoundedToMinorUnit)
        {
            throw new ArgumentException("An entry amount is not negative and is rounded to the minor unit.", nameof(amount));
        }

        var details = (charge is null ? 0 : 1) + (adjustment is null ? 0 : 1) + (clientPayment is null ? 0 : 1) + (insurancePayment is null ? 0 : 1)
            + (creditApplication is null ? 0 : 1) + (refund is null ? 0 : 1) + (reversal is null ? 0 : 1);
        var matches = kind switch
        {
            LedgerEntryKind.Charge => charge is not null,
            LedgerEntryKind.Adjustment => adjustment is not null,
            LedgerEntryKind.ClientPayment => clientPayment is not null,
            LedgerEntryKind.InsurancePayment => insurancePayment is not null,
            LedgerEntryKind.CreditApplication => creditApplication is not null,
            LedgerEntryKind.Refund => refund is not null,
            LedgerEntryKind.Reversal => reversal is not null,
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown entry kind."),
        };
        if (!matches || details != 1)
        {
            throw new ArgumentException($"A {kind} entry carries exactly the details of its kind.", nameof(kind));
        }

        if (charge is not null && charge.ComponentsTotal != amount)
        {
            throw new ArgumentException("A charge's amount is the sum of its price components.", nameof(amount));
        }

        if (kind is not (LedgerEntryKind.Charge or LedgerEntryKind.InsurancePayment or LedgerEntryKind.Reversal) && !amount.IsPositive)
        {
            throw new ArgumentException($"A {kind} entry has a positive amount.", nameof(amount));
        }

        Id = id;
        Kind = kind;
        PostedOn = postedOn;
        RecordedAt = recordedAt;
        RecordedBy = recordedBy;
        Amount = amount;
        Explanation = explanation;
        Charge = charge;
        Adjustment = adjustment;
        ClientPayment = clientPayment;
        InsurancePayment = insurancePayment;
        CreditApplication = creditApplication;
        Refund = refund;
        Reversal = reversal;
    }

    /// <summary>Gets the entry id.</summary>
    public LedgerEntryId Id { get; }

    /// <summary>Gets the kind.</summary>
    public LedgerEntryKind Kind { get; }

    /// <summary>Gets the accounting date.</summary>
    public LocalDate PostedOn { get; }

    /// <summary>Gets when it was recorded.</summary>
    public Instant RecordedAt { get; }

    /// <summary>Gets who recorded it.</summary>
    public UserId RecordedBy { get; }

    /// <summary>Gets the amount.</summary>
    public Money Amount { get; }

    /// <summary>Gets the explanation.</summary>
    public Explanation Explanation { get; }

    /// <summary>Gets the charge details, for a charge.</summary>
    public ChargeDetails? Charge { get; }

    /// <summary>Gets the adjustment details, for an adjustment.</summary>
    public AdjustmentDetails? Adjustment { get; }

    /// <summary>Gets the client payment details, for a client payment.</summary>
    public ClientPaymentDetails? ClientPayment { get; }

    /// <summary>Gets the insurance payment details, for an insurance payment.</summary>
    public InsurancePaymentDetails? InsurancePayment { get; }

    /// <summary>Gets the credit application details, for a credit application.</summary>
    public CreditApplicationDetails? CreditApplication { get; }

    /// <summary>Gets the refund details, for a refund.</summary>
    public RefundDetails? Refund { get; }

    /// <summary>Gets the reversal details, for a reversal.</summary>
    public ReversalDetails? Reversal { get; }

    /// <summary>Formats as <c>Charge 150.00 USD on 2026-01-12 (led_…)</c>; ids and amounts only.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Kind} {Amount} on {PostedOn:uuuu-MM-dd} ({Id})";
}
