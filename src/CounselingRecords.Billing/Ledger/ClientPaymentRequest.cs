using CounselingRecords.Billing.Barter;
using CounselingRecords.Finance;
using CounselingRecords.Identity;

namespace CounselingRecords.Billing.Ledger;

/// <summary>A payment from the client or guarantor.</summary>
/// <param name="Posting">The posting.</param>
/// <param name="Payment">The payment id.</param>
/// <param name="Amount">The amount, positive.</param>
/// <param name="Method">How it was paid.</param>
/// <param name="Reference">A check number, the last four card digits or a transaction id; never a full card number.</param>
/// <param name="Designation">What the client designated it for; <see cref="PaymentDesignation.None"/> for oldest first (R6.1).</param>
/// <param name="Barter">For <see cref="PaymentMethod.Barter"/>, the documented terms, already checked against the jurisdiction with <see cref="BarterCheck"/>.</param>
public sealed record ClientPaymentRequest(Posting Posting, PaymentId Payment, Money Amount, PaymentMethod Method, string? Reference, PaymentDesignation Designation, BarterTerms? Barter = null);
