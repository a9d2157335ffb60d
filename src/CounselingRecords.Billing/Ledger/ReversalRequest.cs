using CounselingRecords.Identity;

namespace CounselingRecords.Billing.Ledger;

/// <summary>Reverses an earlier entry; nothing is deleted (R6.9).</summary>
/// <param name="Posting">The posting.</param>
/// <param name="Reverses">The entry to reverse.</param>
/// <param name="Reason">Why, for the audit; no clinical content.</param>
public sealed record ReversalRequest(Posting Posting, LedgerEntryId Reverses, string Reason);
