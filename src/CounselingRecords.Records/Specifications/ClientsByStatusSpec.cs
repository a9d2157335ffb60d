using Ardalis.Specification;
using CounselingRecords.Records.Clients;

namespace CounselingRecords.Records.Specifications;

/// <summary>Clients in a status, in registration order.</summary>
public sealed class ClientsByStatusSpec : Specification<Client>
{
    /// <summary>Initializes a new instance of the <see cref="ClientsByStatusSpec"/> class.</summary>
    /// <param name="status">The status.</param>
    public ClientsByStatusSpec(ClientStatus status)
    {
        Query.Where(c => c.Status == status).OrderBy(c => c.RegisteredAt);
    }
}
