using CounselingRecords.Finance;
using CounselingRecords.Identity;

namespace CounselingRecords.Billing.Ledger;

/// <summary>An adjustment or write-off of a charge line with its type and reason code (R6.9).</summary>
/// <param name="Posting">The posting (its author and time are the adjustment's author and timestamp).</param>
/// <param name="Charge">The charge line.</param>
/// <param name="Type">The adjustment type.</param>
/// <param name="ReasonCode">The practice's reason code.</param>
/// <param name="Amount">The amount, positive.</param>
/// <param name="Note">A short note for the statement and audit, if any; no clinical content.</param>
public sealed record AdjustmentRequest(Posting Posting, ChargeId Charge, AdjustmentType Type, string ReasonCode, Money Amount, string? Note);
