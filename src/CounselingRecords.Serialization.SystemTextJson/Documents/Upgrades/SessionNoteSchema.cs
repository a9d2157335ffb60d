using System.Text.Json.Nodes;

namespace CounselingRecords.Serialization.SystemTextJson.Documents.Upgrades;

/// <summary>
/// The schema history of the <c>SessionNote</c> document (ADR 0064).
/// <list type="bullet">
/// <item><b>Version 1</b> kept the claim-form view of diagnoses, <c>"primaryDiagnosis": "F32.1"</c> and
/// <c>"secondaryDiagnoses": ["F41.1"]</c>, and the sections as an object keyed by section name in the format's
/// order, <c>"sections": {"Subjective": "…", "Objective": "…"}</c>.</item>
/// <item><b>Version 2</b> (current) keeps diagnoses as a list of <c>{"code", "isPrimary"}</c> (the primary first, as the
/// note orders them) and sections as a list of <c>{"section", "text"}</c>.</item>
/// </list>
/// </summary>
internal static class SessionNoteSchema
{
    /// <summary>The current schema version.</summary>
    public const int Version = 2;

    /// <summary>What the upgrade from version 1 changes.</summary>
    public const string Version1Change =
        "primaryDiagnosis + secondaryDiagnoses became diagnoses [{code, isPrimary}]; sections {name: text} became sections [{section, text}]";

    /// <summary>
    /// Upgrades the data of a version-1 note to version 2. Works on the JSON only: values it cannot convert (a code
    /// that is not a string, a section text that is not a string) are carried over as they are, for the reader to
    /// refuse with their path; a note that already has <c>diagnoses</c> keeps them and its old fields, which the
    /// reader then refuses as unknown.
    /// </summary>
    /// <param name="data">The version-1 data.</param>
    /// <returns>The version-2 data.</returns>
    public static JsonObject UpgradeFromVersion1(JsonObject data)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (!data.ContainsKey("diagnoses") && (data.ContainsKey("primaryDiagnosis") || data.ContainsKey("secondaryDiagnoses")))
        {
            var diagnoses = new JsonArray();
            data.Remove("primaryDiagnosis", out var primary);
            if (primary is not null)
            {
                diagnoses.Add((JsonNode)Diagnosis(primary, isPrimary: true));
            }

            data.Remove("secondaryDiagnoses", out var secondary);
            switch (secondary)
            {
                case null:
                    break;
                case JsonArray codes:
                    foreach (var code in codes.ToList())
                    {
                        codes.Remove(code);
                        diagnoses.Add(code is null ? null : (JsonNode)Diagnosis(code, isPrimary: false));
                    }

                    break;
                default:
                    // Not a list: keep it under its old name, which the reader refuses with this path.
                    data["secondaryDiagnoses"] = secondary;
                    break;
            }

            data["diagnoses"] = diagnoses;
        }

        if (data["sections"] is JsonObject sections)
        {
            var list = new JsonArray();
            foreach (var (name, text) in sections.ToList())
            {
                sections.Remove(name);
                list.Add((JsonNode)new JsonObject { ["section"] = name, ["text"] = text });
            }

            data["sections"] = list;
        }

        return data;
    }

    // The node is already detached from its old parent.
    private static JsonObject Diagnosis(JsonNode code, bool isPrimary) => new() { ["code"] = code, ["isPrimary"] = isPrimary };
}
