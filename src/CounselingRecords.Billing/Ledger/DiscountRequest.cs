using CounselingRecords.Finance;
using CounselingRecords.Identity;

namespace CounselingRecords.Billing.Ledger;

/// <summary>A discount posted with a charge as its own adjustment entry, so statements show it as its own line (R5.1–R5.4, R6.9).</summary>
/// <param name="EntryId">The adjustment entry's id.</param>
/// <param name="Type">The adjustment type (the sliding-fee discount, courtesy or charity).</param>
/// <param name="ReasonCode">The practice's reason code.</param>
/// <param name="Amount">The discount, positive and not above the fee.</param>
/// <param name="Explanation">Why (for a sliding-fee discount, the tier and the %FPG).</param>
public sealed record DiscountRequest(LedgerEntryId EntryId, AdjustmentType Type, string ReasonCode, Money Amount, Explanation Explanation);
