using CounselingRecords.Finance;
using CounselingRecords.Identity;
using NodaTime;

namespace CounselingRecords.Billing.Statements;

/// <summary>One entry of the period and its effect on the account balance (positive raises it, negative lowers it).</summary>
/// <param name="Entry">The ledger entry.</param>
/// <param name="PostedOn">The accounting date.</param>
/// <param name="Kind">The kind of activity.</param>
/// <param name="Charge">The charge line it concerns, if any.</param>
/// <param name="Amount">The entry's amount.</param>
/// <param name="EffectOnBalance">The signed change of the account balance.</param>
/// <param name="Explanation">The entry's explanation.</param>
public sealed record StatementActivity(
    LedgerEntryId Entry,
    LocalDate PostedOn,
    StatementActivityKind Kind,
    ChargeId? Charge,
    Money Amount,
    Money EffectOnBalance,
    Explanation Explanation);
