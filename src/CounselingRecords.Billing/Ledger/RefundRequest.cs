using CounselingRecords.Finance;
using CounselingRecords.Identity;

namespace CounselingRecords.Billing.Ledger;

/// <summary>Refunds unapplied credit to the client (R6.4).</summary>
/// <param name="Posting">The posting.</param>
/// <param name="Refund">The refund's payment id.</param>
/// <param name="Amount">The amount, positive, not above the unapplied credit.</param>
/// <param name="Method">How the money is returned.</param>
/// <param name="Reference">A check number or transaction id.</param>
public sealed record RefundRequest(Posting Posting, PaymentId Refund, Money Amount, PaymentMethod Method, string? Reference);
