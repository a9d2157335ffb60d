using CounselingRecords.Finance;
using CounselingRecords.Identity;

namespace CounselingRecords.Billing.Ledger;

/// <summary>Money of one client payment not applied to any charge: an unapplied credit balance (R6.1, R6.4).</summary>
/// <param name="Payment">The payment entry.</param>
/// <param name="Amount">The unapplied amount.</param>
public sealed record UnappliedCredit(LedgerEntryId Payment, Money Amount);
