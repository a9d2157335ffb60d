using CounselingRecords.Finance;

namespace CounselingRecords.Billing.Ledger;

/// <summary>Applies unapplied credit to open charges, with the client's consent (R6.4).</summary>
/// <param name="Posting">The posting.</param>
/// <param name="Amount">The amount to apply, positive.</param>
/// <param name="Designation">Where: charges, a date of service, or oldest first.</param>
public sealed record CreditApplicationRequest(Posting Posting, Money Amount, PaymentDesignation Designation);
