using System.Collections.Immutable;
using CounselingRecords.Finance;
using CounselingRecords.Identity;

namespace CounselingRecords.Billing.Collections;

/// <summary>What of a client's balance may be referred to collections, what is held and why (R6.7).</summary>
/// <param name="Referable">The amount that may be referred.</param>
/// <param name="Held">The open amount that may not be referred yet.</param>
/// <param name="ReferableCharges">The charges that may be referred.</param>
/// <param name="HeldCharges">The charges held (disputed, too recent, or blocked by policy).</param>
/// <param name="CollectionFee">The fee that may be added (zero unless the agreement authorizes it).</param>
/// <param name="Reasons">Why each hold applies, and the basis of the referral.</param>
public sealed record CollectionsDecision(
    Money Referable,
    Money Held,
    ImmutableArray<ChargeId> ReferableCharges,
    ImmutableArray<ChargeId> HeldCharges,
    Money CollectionFee,
    ImmutableArray<Explanation> Reasons)
{
    /// <summary>Gets a value indicating whether anything may be referred.</summary>
    public bool MayRefer => Referable.IsPositive;
}
