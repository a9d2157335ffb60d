using System.Collections.Immutable;
using CounselingRecords.Billing.Ledger;
using CounselingRecords.Finance;
using CounselingRecords.Identity;
using NodaTime;

namespace CounselingRecords.Billing.Collections;

/// <summary>
/// Decides what of a client's open balance may go to collections (R6.7): only if the informed-consent documents
/// disclose it (ACA A.10.d), only after the client was notified and given the configured time to pay (APA 6.04(e)),
/// never amounts under a pending dispute such as a Good Faith Estimate dispute (R3.7), and with a collection fee only
/// when the original agreement authorizes it (FDCPA). Amounts awaiting a payer are never the client's to refer.
/// </summary>
public static class CollectionsReferralCheck
{
    /// <summary>Evaluates a client's open lines.</summary>
    /// <param name="snapshot">The ledger snapshot.</param>
    /// <param name="policy">The practice's collections policy.</param>
    /// <param name="disputes">The client's disputes.</param>
    /// <param name="noticeSentOn">When the pre-collections notice was sent, if it was.</param>
    /// <param name="asOf">The date of the decision.</param>
    /// <returns>The decision.</returns>
    public static CollectionsDecision Evaluate(LedgerSnapshot snapshot, CollectionsPolicy policy, ImmutableArray<BillingDispute> disputes, LocalDate? noticeSentOn, LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(policy);
        var currency = snapshot.Balances.ClientOpen.Currency;
        var reasons = ImmutableArray.CreateBuilder<Explanation>();
        var blockAll = false;
        if (!policy.DisclosedInInformedConsent)
        {
            blockAll = true;
            reasons.Add(new Explanation("R6.7", "The informed-consent documents do not disclose the use of collections (ACA A.10.d); nothing may be referred."));
        }

        if (noticeSentOn is not { } notice)
        {
            blockAll = true;
            reasons.Add(new Explanation("R6.7", "The client has not been notified and given a chance to pay (APA 6.04(e), ACA A.10.d); nothing may be referred yet."));
        }
        else if (notice.PlusDays(policy.DaysToPayAfterNotice) > asOf)
        {
            blockAll = true;
            reasons.Add(new Explanation("R6.7", $"The client was notified on {notice:uuuu-MM-dd} and has until {notice.PlusDays(policy.DaysToPayAfterNotice):uuuu-MM-dd} to pay; nothing may be referred before then."));
        }

        var pending = (disputes.IsDefault ? [] : disputes).Where(d => d.IsPendingOn(asOf)).SelectMany(d => d.Charges).ToHashSet();
        var referable = Money.Zero(currency);
        var held = Money.Zero(currency);
        var referableCharges = ImmutableArray.CreateBuilder<ChargeId>();
        var heldCharges = ImmutableArray.CreateBuilder<ChargeId>();
        foreach (var line in snapshot.Lines)
        {
            if (!line.ClientOpen.IsPositive)
            {
                continue;
            }

            var age = Period.DaysBetween(line.DateOfService, asOf);
            if (pending.Contains(line.Charge))
            {
                reasons.Add(new Explanation("R3.7", $"{line.Charge} ({line.ClientOpen}) is under a pending dispute and is held from collections (R6.7)."));
            }
            else if (age < policy.MinimumAgeDays)
            {
                reasons.Add(new Explanation("R6.7", $"{line.Charge} ({line.ClientOpen}) is {age} days old, under the policy's {policy.MinimumAgeDays} days."));
            }
            else if (!blockAll)
            {
                referable += line.ClientOpen;
                referableCharges.Add(line.Charge);
                continue;
            }

            held += line.ClientOpen;
            heldCharges.Add(line.Charge);
        }

        var fee = Money.Zero(currency);
        if (policy.CollectionFeePercent > 0m)
        {
            if (policy.FeeAuthorizedByAgreement)
            {
                fee = referable.Percent(policy.CollectionFeePercent);
                reasons.Add(new Explanation("R6.7", $"A collection fee of {policy.CollectionFeePercent}% ({fee}) is authorized by the original agreement."));
            }
            else
            {
                reasons.Add(new Explanation("R6.7", "No collection fee may be added: the original agreement does not expressly authorize it (FDCPA)."));
            }
        }

        if (referable.IsPositive)
        {
            reasons.Add(new Explanation("R6.7", $"{referable} may be referred: notified {noticeSentOn:uuuu-MM-dd}, time to pay elapsed, no pending dispute."));
        }

        return new CollectionsDecision(referable, held, referableCharges.ToImmutable(), heldCharges.ToImmutable(), fee, reasons.ToImmutable());
    }
}
