using System.Text.Json.Nodes;

namespace CounselingRecords.Serialization.SystemTextJson.Documents;

/// <summary>
/// Transforms the <c>data</c> of a document from schema version <see cref="FromVersion"/> to the next one.
/// Upgrades run in order when an older document is read, so a version-1 document reaches the current version
/// through every step. A transform works on the JSON only (never on domain types, which exist in the current
/// shape only) and reports a document it cannot upgrade by throwing <see cref="CounselingRecordsJsonException"/>.
/// </summary>
public sealed class SchemaUpgrade
{
    private readonly Func<JsonObject, JsonObject> _transform;

    /// <summary>Initializes a new instance of the <see cref="SchemaUpgrade"/> class.</summary>
    /// <param name="fromVersion">The version the transform reads (it writes <paramref name="fromVersion"/> + 1).</param>
    /// <param name="description">What changed, for the documentation and error reports.</param>
    /// <param name="transform">The transform; it may change its argument and return it.</param>
    public SchemaUpgrade(int fromVersion, string description, Func<JsonObject, JsonObject> transform)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(fromVersion, 1);
        ArgumentException.ThrowIfNullOrWhiteSpace(description);
        ArgumentNullException.ThrowIfNull(transform);
        FromVersion = fromVersion;
        Description = description;
        _transform = transform;
    }

    /// <summary>Gets the version the transform reads.</summary>
    public int FromVersion { get; }

    /// <summary>Gets the version the transform writes.</summary>
    public int ToVersion => FromVersion + 1;

    /// <summary>Gets what changed.</summary>
    public string Description { get; }

    /// <summary>Applies the transform.</summary>
    /// <param name="data">The document's data at <see cref="FromVersion"/>.</param>
    /// <returns>The data at <see cref="ToVersion"/>.</returns>
    public JsonObject Apply(JsonObject data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return _transform(data) ?? throw new InvalidOperationException($"The upgrade from version {FromVersion} returned null.");
    }

    /// <inheritdoc />
    public override string ToString() => $"v{FromVersion} -> v{ToVersion}: {Description}";
}
