using System.Collections.Immutable;
using CounselingRecords.Billing.Collections;
using CounselingRecords.Billing.Ledger;
using CounselingRecords.Identity;
using CounselingRecords.Policies.Complaints;
using NodaTime;

namespace CounselingRecords.Practice.ComplaintHandling;

/// <summary>
/// A hold on a client's collections while their billing complaint is open (<see cref="Complaint.HoldsBilling"/>):
/// the client's open amounts are treated as disputed, so billing's <see cref="CollectionsReferralCheck"/> refers
/// none of them (R6.7, as for a pending dispute, R3.7) until the complaint is closed.
/// </summary>
/// <param name="Complaint">The billing complaint.</param>
/// <param name="Client">The client whose collections are held.</param>
/// <param name="Since">The date the complaint was received, in the practice's zone.</param>
public sealed record CollectionsHold(ComplaintId Complaint, ClientId Client, LocalDate Since)
{
    /// <summary>The rule the hold rests on: nothing disputed is sent to collections (R6.7).</summary>
    public const string RuleId = "R6.7";

    /// <summary>Returns the hold a complaint puts on collections, or <see langword="null"/> when it puts none (not a billing complaint, no client, or closed).</summary>
    /// <param name="complaint">The complaint.</param>
    /// <param name="zone">The practice's zone.</param>
    /// <returns>The hold, or <see langword="null"/>.</returns>
    public static CollectionsHold? For(Complaint complaint, DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(complaint);
        ArgumentNullException.ThrowIfNull(zone);
        return complaint.HoldsBilling() ? new CollectionsHold(complaint.Id, complaint.ClientId!.Value, complaint.ReceivedAt.InZone(zone).Date) : null;
    }

    /// <summary>Returns the disputes billing's collections check reads for the client's open billing complaints.</summary>
    /// <param name="complaints">The client's complaints.</param>
    /// <param name="snapshot">The client's ledger snapshot.</param>
    /// <param name="zone">The practice's zone.</param>
    /// <returns>One dispute per open billing complaint of the snapshot's client.</returns>
    public static ImmutableArray<BillingDispute> DisputesFor(IEnumerable<Complaint> complaints, LedgerSnapshot snapshot, DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(complaints);
        ArgumentNullException.ThrowIfNull(snapshot);
        return complaints.Select(c => For(c, zone)).OfType<CollectionsHold>().Select(h => h.ToDispute(snapshot)).ToImmutableArray();
    }

    /// <summary>Returns the hold as a dispute of every line the client still owes on, pending from <see cref="Since"/>.</summary>
    /// <param name="snapshot">The client's ledger snapshot.</param>
    /// <returns>The dispute.</returns>
    public BillingDispute ToDispute(LedgerSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return new BillingDispute([.. snapshot.Lines.Where(l => l.ClientOpen.IsPositive).Select(l => l.Charge)], Since, null, null);
    }

    /// <summary>Returns the sentence explaining the hold.</summary>
    /// <returns>The explanation.</returns>
    public string Explain() =>
        $"Billing complaint {Complaint} received {Formatting.Date(Since)} is open: client {Client}'s balance is not referred to collections until it is closed ({RuleId}).";
}
