using CounselingRecords.Integrity;

namespace CounselingRecords.Storage.Sqlite.Schema;

/// <summary>One versioned change of the fixed schema. Never edit a shipped migration: add the next one.</summary>
internal sealed record SqliteMigration(int Version, string Name, string Sql)
{
    public string Checksum { get; } = CanonicalForm.Sha256Hex(Sql);
}
