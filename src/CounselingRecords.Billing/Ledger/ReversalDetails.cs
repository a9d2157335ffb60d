using CounselingRecords.Identity;

namespace CounselingRecords.Billing.Ledger;

/// <summary>The reversal of an earlier entry: the entry stays, and this one cancels its effect (R6.9).</summary>
/// <param name="Reverses">The entry reversed.</param>
/// <param name="Reason">Why (a returned check, a posting error); no clinical content.</param>
public sealed record ReversalDetails(LedgerEntryId Reverses, string Reason)
{
    /// <summary>Gets the reason.</summary>
    public string Reason { get; init; } = !string.IsNullOrWhiteSpace(Reason) ? Reason : throw new ArgumentException("A reversal states its reason.", nameof(Reason));
}
