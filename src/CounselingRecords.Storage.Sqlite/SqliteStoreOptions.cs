using CounselingRecords.Serialization.SystemTextJson.Documents;
using NodaTime;

namespace CounselingRecords.Storage.Sqlite;

/// <summary>Settings of a <see cref="SqliteStore"/>.</summary>
public sealed class SqliteStoreOptions
{
    /// <summary>Gets the database file; created with its folder's permissions when missing.</summary>
    public required string DatabasePath { get; init; }

    /// <summary>Gets the document types stored (each gets its own table) and the wire format.</summary>
    public required DocumentSerializer Documents { get; init; }

    /// <summary>Gets the clock that stamps saves and migrations; the system clock when omitted.</summary>
    public IClock Clock { get; init; } = SystemClock.Instance;

    /// <summary>Gets how long a write waits for another process's lock before failing with <see cref="SqliteStorageErrorCodes.Busy"/>.</summary>
    public Duration BusyTimeout { get; init; } = Duration.FromSeconds(30);

    /// <summary>Gets a value indicating whether opening runs SQLite's full integrity check (slower on large files; damage is otherwise found when read).</summary>
    public bool CheckIntegrityOnOpen { get; init; }
}
