using CounselingRecords.Finance;
using CounselingRecords.Identity;

namespace CounselingRecords.Billing.Ledger;

/// <summary>Part of a client payment applied to a charge line, derived from the entries (R6.1).</summary>
/// <param name="Payment">The payment entry the money came from.</param>
/// <param name="AppliedBy">The entry that applied it: the payment itself, or a credit application.</param>
/// <param name="Charge">The charge line.</param>
/// <param name="Amount">The amount.</param>
public sealed record PaymentAllocation(LedgerEntryId Payment, LedgerEntryId AppliedBy, ChargeId Charge, Money Amount);
