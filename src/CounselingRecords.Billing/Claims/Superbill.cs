using System.Collections.Immutable;
using CounselingRecords.Finance;
using CounselingRecords.Privacy;
using NodaTime;

namespace CounselingRecords.Billing.Claims;

/// <summary>
/// A superbill: the out-of-network receipt a client submits to their plan (R2.10), with the provider block, the client
/// block, the services and the balance due. Missed-appointment fees are never on it (R4.4).
/// </summary>
/// <param name="Provider">The provider: name, credentials, NPI (and the group's), TIN, license and state, taxonomy, address, phone.</param>
/// <param name="ProviderSignature">The provider's signature line, for example "Electronically signed by …, LPC, 2026-02-01".</param>
/// <param name="Client">The client block.</param>
/// <param name="Lines">The services.</param>
/// <param name="IssuedOn">The date issued.</param>
[ProtectedHealthInformation]
public sealed record Superbill(ProviderIdentity Provider, string ProviderSignature, SuperbillClient Client, ImmutableArray<SuperbillLine> Lines, LocalDate IssuedOn)
{
    /// <summary>Gets the balance due on all lines.</summary>
    public Money BalanceDue => Lines.IsDefaultOrEmpty ? Money.Usd(0m) : Money.Sum(Lines.Select(l => l.BalanceDue), Lines[0].BalanceDue.Currency);

    /// <summary>Gets the total the client paid on all lines.</summary>
    public Money AmountPaid => Lines.IsDefaultOrEmpty ? Money.Usd(0m) : Money.Sum(Lines.Select(l => l.AmountPaid), Lines[0].AmountPaid.Currency);

    /// <summary>Names the client id only.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"Superbill for {Client.Client} issued {IssuedOn:uuuu-MM-dd} ({Lines.Length} lines)";
}
