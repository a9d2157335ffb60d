using System.Text;
using System.Text.Json;
using CounselingRecords.Auditing;
using CounselingRecords.Serialization.SystemTextJson;
using CounselingRecords.Serialization.SystemTextJson.Documents;
using CounselingRecords.Storage;

namespace CounselingRecords.Samples.CustomStorage;

/// <summary>One scope of a <see cref="JsonFolderStore"/>: repositories, the unit of work and the audit trail.</summary>
public sealed class JsonFolderSession : IUnitOfWork, IAsyncDisposable
{
    private readonly object _gate = new();
    private Dictionary<string, string?>? _stagedFiles;
    private List<AuditEntry>? _stagedAudit;

    internal JsonFolderSession(JsonFolderStore store)
    {
        Store = store;
        AuditTrail = new JsonFolderAuditTrail(this);
    }

    public JsonFolderStore Store { get; }

    public JsonFolderAuditTrail AuditTrail { get; }

    public JsonFolderRepository<T> Repository<T>()
        where T : class, IAggregateRoot<T> => new(this, Store.Documents.Get<T>());

    public async Task<TResult> ExecuteAsync<TResult>(Func<CancellationToken, Task<TResult>> work, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(work);
        if (_stagedFiles is not null)
        {
            return await work(cancellationToken);
        }

        await Store.WriteLock.WaitAsync(cancellationToken);
        try
        {
            lock (_gate)
            {
                (_stagedFiles, _stagedAudit) = (new Dictionary<string, string?>(StringComparer.Ordinal), []);
            }

            var result = await work(cancellationToken);
            cancellationToken.ThrowIfCancellationRequested();
            Commit(_stagedFiles, _stagedAudit!);
            return result;
        }
        finally
        {
            lock (_gate)
            {
                (_stagedFiles, _stagedAudit) = (null, null);
            }

            Store.WriteLock.Release();
        }
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    /// <summary>Reads a file as this session sees it: its staged version inside a unit of work, else the disk.</summary>
    internal string? ReadFile(string path)
    {
        lock (_gate)
        {
            if (_stagedFiles is not null && _stagedFiles.TryGetValue(path, out var staged))
            {
                return staged;
            }
        }

        return File.Exists(path) ? File.ReadAllText(path, Encoding.UTF8) : null;
    }

    internal IEnumerable<string> ListFiles(DocumentType type)
    {
        var folder = Store.FolderOf(type);
        var onDisk = Directory.Exists(folder) ? Directory.GetFiles(folder, "*.json") : [];
        lock (_gate)
        {
            var staged = _stagedFiles?.Keys.Where(k => k.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal)) ?? [];
            return onDisk.Concat(staged).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        }
    }

    internal IReadOnlyList<ChainedAuditEntry> ReadAudit()
    {
        var chain = File.Exists(Store.AuditFile)
            ? File.ReadAllLines(Store.AuditFile, Encoding.UTF8).Where(l => l.Length > 0)
                .Select(l => JsonSerializer.Deserialize(l, CounselingRecordsJson.TypeInfo<ChainedAuditEntry>())!).ToList()
            : [];
        lock (_gate)
        {
            foreach (var entry in _stagedAudit ?? [])
            {
                chain.Add(AuditChain.Link(chain.Count == 0 ? null : chain[^1], entry));
            }
        }

        return chain;
    }

    /// <summary>Applies a set of file changes (null deletes) and audit appends: staged inside a unit of work, written at once otherwise.</summary>
    internal async Task WriteAsync(Func<Func<string, string?>, IReadOnlyDictionary<string, string?>> change, IReadOnlyList<AuditEntry> audit, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_stagedFiles is not null)
            {
                foreach (var (path, content) in change(ReadFile))
                {
                    _stagedFiles[path] = content;
                }

                _stagedAudit!.AddRange(audit);
                return;
            }
        }

        await Store.WriteLock.WaitAsync(cancellationToken);
        try
        {
            Commit(change(ReadFile), audit);
        }
        finally
        {
            Store.WriteLock.Release();
        }
    }

    private void Commit(IReadOnlyDictionary<string, string?> files, IReadOnlyList<AuditEntry> audit)
    {
        foreach (var (path, content) in files)
        {
            if (content is null)
            {
                File.Delete(path);
                continue;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var temporary = path + ".tmp";
            File.WriteAllText(temporary, content, Encoding.UTF8);
            File.Move(temporary, path, overwrite: true);
        }

        if (audit.Count > 0)
        {
            var chain = File.Exists(Store.AuditFile) ? File.ReadAllLines(Store.AuditFile, Encoding.UTF8).Where(l => l.Length > 0).ToList() : [];
            var last = chain.Count == 0 ? null : JsonSerializer.Deserialize(chain[^1], CounselingRecordsJson.TypeInfo<ChainedAuditEntry>());
            var lines = new StringBuilder();
            foreach (var entry in audit)
            {
                last = AuditChain.Link(last, entry);
                lines.Append(JsonSerializer.Serialize(last, CounselingRecordsJson.TypeInfo<ChainedAuditEntry>())).Append('\n');
            }

            File.AppendAllText(Store.AuditFile, lines.ToString(), Encoding.UTF8);
        }
    }
}
