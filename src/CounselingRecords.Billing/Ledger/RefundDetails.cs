using CounselingRecords.Identity;

namespace CounselingRecords.Billing.Ledger;

/// <summary>A refund of unapplied credit to the client (R6.4).</summary>
/// <param name="Refund">The refund's payment id.</param>
/// <param name="Method">How the money was returned.</param>
/// <param name="Reference">A check number or transaction id.</param>
public sealed record RefundDetails(PaymentId Refund, PaymentMethod Method, string? Reference);
