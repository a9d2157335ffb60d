using System.Collections.Concurrent;

namespace CounselingRecords.Storage.Sqlite.Connections;

/// <summary>
/// One writer at a time per database file within the process. SQLite allows one writer anyway; queueing here
/// instead of in SQLite's busy handler keeps waiting writers fair and fast. Other processes are still kept
/// out by SQLite's own lock (with the busy timeout).
/// </summary>
internal static class WriterGate
{
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> Gates = new(StringComparer.Ordinal);

    public static async Task<IDisposable> EnterAsync(string databasePath, CancellationToken cancellationToken)
    {
        var gate = Gates.GetOrAdd(databasePath, static _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        return new Exit(gate);
    }

    private sealed class Exit(SemaphoreSlim gate) : IDisposable
    {
        private int _done;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _done, 1) == 0)
            {
                gate.Release();
            }
        }
    }
}
