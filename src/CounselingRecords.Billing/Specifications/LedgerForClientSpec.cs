using Ardalis.Specification;
using CounselingRecords.Billing.Ledger;
using CounselingRecords.Identity;

namespace CounselingRecords.Billing.Specifications;

/// <summary>The ledger of one client.</summary>
public sealed class LedgerForClientSpec : Specification<ClientLedger>, ISingleResultSpecification<ClientLedger>
{
    /// <summary>Initializes a new instance of the <see cref="LedgerForClientSpec"/> class.</summary>
    /// <param name="client">The client.</param>
    public LedgerForClientSpec(ClientId client) => Query.Where(l => l.Client == client);
}
