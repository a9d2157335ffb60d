using System.Collections.Immutable;
using NodaTime;

namespace CounselingRecords.Billing.Ledger;

/// <summary>The derived state of a ledger after its entries up to a date: every line, allocation, credit and balance.</summary>
/// <param name="AsOf">The last accounting date included, or <see langword="null"/> for all entries.</param>
/// <param name="Lines">The charge lines in posting order.</param>
/// <param name="Allocations">How client payments were applied.</param>
/// <param name="Credits">Unapplied credit per payment.</param>
/// <param name="Balances">The balances.</param>
public sealed record LedgerSnapshot(
    LocalDate? AsOf,
    ImmutableArray<LedgerLine> Lines,
    ImmutableArray<PaymentAllocation> Allocations,
    ImmutableArray<UnappliedCredit> Credits,
    LedgerBalances Balances);
