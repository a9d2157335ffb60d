using CounselingRecords.Identity;
using NodaTime;

namespace CounselingRecords.Billing.Refunds;

/// <summary>The dates that start the refund windows of one overpayment (R6.4).</summary>
/// <param name="Payment">The ledger entry of the payment that left the credit.</param>
/// <param name="IdentifiedOn">The date the practice identified the overpayment.</param>
/// <param name="RefundRequestedOn">The date the patient asked for a refund, if they did.</param>
/// <param name="NotifiedOn">The date the practice notified the patient of the overpayment, if it did.</param>
public sealed record OverpaymentFacts(LedgerEntryId Payment, LocalDate IdentifiedOn, LocalDate? RefundRequestedOn = null, LocalDate? NotifiedOn = null)
{
    /// <summary>Gets the payment entry.</summary>
    public LedgerEntryId Payment { get; init; } = Payment.Value != Guid.Empty ? Payment : throw new ArgumentException("The payment entry is required.", nameof(Payment));

    /// <summary>Gets the date the patient was notified; not before identification.</summary>
    public LocalDate? NotifiedOn { get; init; } = NotifiedOn is { } n && n < IdentifiedOn
        ? throw new ArgumentException("A notice of an overpayment comes on or after its identification.", nameof(NotifiedOn))
        : NotifiedOn;
}
