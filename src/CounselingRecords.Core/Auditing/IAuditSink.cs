namespace CounselingRecords.Auditing;

/// <summary>
/// Where audit entries go. The sink is append-only: there is no way to change or remove an entry through it.
/// Storage adapters implement it as a hash-chained <see cref="IAuditTrail"/>.
/// </summary>
public interface IAuditSink
{
    /// <summary>Appends an entry.</summary>
    /// <param name="entry">The entry.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the entry is durably written.</returns>
    ValueTask AppendAsync(AuditEntry entry, CancellationToken cancellationToken = default);
}
