namespace CounselingRecords.Records.Clinical;

/// <summary>Text normalization for stored fields.</summary>
internal static class Text
{
    /// <summary>Returns <see langword="null"/> for missing or blank text, else the text as written.</summary>
    public static string? OrNull(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;
}
