using CounselingRecords.Serialization.SystemTextJson.Documents;

namespace CounselingRecords.Samples.CustomStorage;

/// <summary>
/// A minimal storage adapter a vendor could write: every aggregate is a JSON document file
/// (<c>{root}/{DocumentType}/{key}.json</c>, the wire format's envelope) and the audit trail is one JSON line per
/// chained entry (<c>{root}/audit.jsonl</c>). One writer at a time (a lock); a unit of work stages its changes in
/// its session and writes them when the work completes. It shows the seams, not a production design: a crash in
/// the middle of writing several files can leave some of them written.
/// </summary>
public sealed class JsonFolderStore
{
    public JsonFolderStore(string root, DocumentSerializer documents)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(root);
        ArgumentNullException.ThrowIfNull(documents);
        Root = Path.GetFullPath(root);
        Documents = documents;
        Directory.CreateDirectory(Root);
    }

    public string Root { get; }

    public DocumentSerializer Documents { get; }

    public string AuditFile => Path.Combine(Root, "audit.jsonl");

    internal SemaphoreSlim WriteLock { get; } = new(1, 1);

    public JsonFolderSession OpenSession() => new(this);

    internal string FolderOf(DocumentType type) => Path.Combine(Root, type.Name);

    internal string FileOf(DocumentType type, string key)
    {
        // Keys are id text forms (letters, digits, '_'); anything else would be a path injection.
        if (key.Length == 0 || key.Any(c => !char.IsAsciiLetterOrDigit(c) && c != '_'))
        {
            throw new ArgumentException("A key is an id text form.", nameof(key));
        }

        return Path.Combine(FolderOf(type), key + ".json");
    }
}
