namespace CounselingRecords.Storage;

/// <summary>
/// A consistency boundary that storage saves and loads as a whole. Every aggregate carries the
/// <see cref="Version"/> it was read at: 0 for one never saved, then 1, 2, … as each save succeeds. A
/// repository accepts a write only when the stored version still equals the aggregate's version
/// (optimistic concurrency) and otherwise throws <see cref="ConcurrencyConflictException"/>.
/// </summary>
public interface IAggregateRoot
{
    /// <summary>Gets the text form of the aggregate's id; the storage key.</summary>
    string Key { get; }

    /// <summary>Gets the version this instance was read at (0 when never saved).</summary>
    long Version { get; }
}

/// <summary>An aggregate that can be re-stamped with the version storage assigned when saving it.</summary>
/// <typeparam name="TSelf">The aggregate type itself.</typeparam>
public interface IAggregateRoot<out TSelf> : IAggregateRoot
    where TSelf : class, IAggregateRoot<TSelf>
{
    /// <summary>Returns this aggregate with another version and nothing else changed. Used by storage adapters only.</summary>
    /// <param name="version">The version assigned by storage.</param>
    /// <returns>The re-stamped aggregate.</returns>
    TSelf WithVersion(long version);
}
