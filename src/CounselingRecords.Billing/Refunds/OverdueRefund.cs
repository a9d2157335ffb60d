using CounselingRecords.Finance;
using CounselingRecords.Identity;

namespace CounselingRecords.Billing.Refunds;

/// <summary>An unapplied credit whose refund or notice is late (R6.4).</summary>
/// <param name="Payment">The payment entry that left the credit.</param>
/// <param name="Amount">The credit still unapplied on the as-of date.</param>
/// <param name="Deadlines">The deadlines that are missed, with their explanations.</param>
/// <param name="DaysRefundOverdue">Whole days past the refund deadline (0 when only the notice is late).</param>
public sealed record OverdueRefund(LedgerEntryId Payment, Money Amount, RefundDeadlines Deadlines, int DaysRefundOverdue);
