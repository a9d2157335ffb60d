using System.Text.Json.Nodes;

namespace CounselingRecords.Serialization.SystemTextJson.Tests.Golden;

/// <summary>Reads the golden files that pin the wire format (indented for review; compared in compact form).</summary>
internal static class GoldenFile
{
    public static string Directory => Path.Combine(AppContext.BaseDirectory, "Golden");

    public static string Read(string name) => File.ReadAllText(Path.Combine(Directory, name));

    /// <summary>The compact form: what the serializer writes, byte for byte.</summary>
    public static string Compact(string name) => JsonNode.Parse(Read(name))!.ToJsonString();

    public static IReadOnlyList<string> For(string documentType) =>
        System.IO.Directory.GetFiles(Directory, documentType + ".v*.json").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToList();
}
