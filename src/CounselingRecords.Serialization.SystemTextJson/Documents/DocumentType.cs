using System.Collections.Immutable;
using System.Text.Json.Serialization.Metadata;
using System.Text.RegularExpressions;
using CounselingRecords.Auditing;
using CounselingRecords.Serialization.SystemTextJson.Indexing;

namespace CounselingRecords.Serialization.SystemTextJson.Documents;

/// <summary>
/// How one aggregate type is stored as a document: its stable type name, its source-generated contract, its
/// schema version and the upgrades from older versions, the values extracted into indexed columns, unique
/// claims, specification pre-filters and whether reads are audited. Create one with
/// <see cref="DocumentType{T}.Create"/>; see <c>docs/storage.md</c> for the registration recipe.
/// </summary>
public abstract partial class DocumentType
{
    private protected DocumentType(
        string name,
        IJsonTypeInfoResolver contract,
        int schemaVersion,
        ImmutableArray<SchemaUpgrade> upgrades,
        ImmutableArray<CompositeIndex> indexes,
        ImmutableArray<UniqueConstraint> uniqueConstraints,
        AuditCategory? readAuditCategory)
    {
        Name = name;
        Contract = contract;
        SchemaVersion = schemaVersion;
        Upgrades = upgrades;
        Indexes = indexes;
        UniqueConstraints = uniqueConstraints;
        ReadAuditCategory = readAuditCategory;
    }

    /// <summary>Gets the stable document type name written in every envelope (for example <c>SessionNote</c>).</summary>
    public string Name { get; }

    /// <summary>Gets the aggregate type.</summary>
    public abstract Type AggregateType { get; }

    /// <summary>Gets the resolver that supplies the aggregate's source-generated contract.</summary>
    public IJsonTypeInfoResolver Contract { get; }

    /// <summary>Gets the schema version written in new documents (1 until the first breaking change of the shape).</summary>
    public int SchemaVersion { get; }

    /// <summary>Gets the upgrades, from version 1 up to the current version.</summary>
    public ImmutableArray<SchemaUpgrade> Upgrades { get; }

    /// <summary>Gets the indexed columns (the aggregate key is always indexed and is not listed).</summary>
    public abstract IReadOnlyList<IndexedColumn> Columns { get; }

    /// <summary>Gets the indexes over several columns.</summary>
    public ImmutableArray<CompositeIndex> Indexes { get; }

    /// <summary>Gets the unique claims.</summary>
    public ImmutableArray<UniqueConstraint> UniqueConstraints { get; }

    /// <summary>Gets the audit category of reads when reads of this type are audited (clinical records), else null.</summary>
    public AuditCategory? ReadAuditCategory { get; }

    /// <summary>Calls <paramref name="visitor"/> with this document type's aggregate type as a generic argument.</summary>
    /// <typeparam name="TResult">What the visit returns.</typeparam>
    /// <param name="visitor">The visitor.</param>
    /// <returns>The visitor's result.</returns>
    public abstract TResult Accept<TResult>(IDocumentTypeVisitor<TResult> visitor);

    /// <inheritdoc />
    public override string ToString() => $"{Name} v{SchemaVersion} ({AggregateType.Name})";

    private protected static void CheckName(string name, string what)
    {
        if (!SnakeName().IsMatch(name) || ReservedColumns.Contains(name))
        {
            throw new ArgumentException($"A {what} name is lower-case snake case (a-z, 0-9, _; at most 48 characters) and not one of {string.Join(", ", ReservedColumns)}.", nameof(name));
        }
    }

    private protected static readonly ImmutableHashSet<string> ReservedColumns =
        ImmutableHashSet.Create(StringComparer.Ordinal, "key", "version", "schema_version", "document", "saved_at", "rowid", "oid");

    [GeneratedRegex("^[A-Z][A-Za-z0-9]{0,47}$")]
    private protected static partial Regex TypeName();

    [GeneratedRegex("^[a-z][a-z0-9_]{0,47}$")]
    private protected static partial Regex SnakeName();
}
