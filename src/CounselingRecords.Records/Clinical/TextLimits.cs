namespace CounselingRecords.Records.Clinical;

/// <summary>Length limits for text fields, shared by the validators.</summary>
internal static class TextLimits
{
    /// <summary>Names, codes, credentials, short labels.</summary>
    public const int Short = 200;

    /// <summary>Reasons, comments, single findings.</summary>
    public const int Medium = 4_000;

    /// <summary>Narrative sections.</summary>
    public const int Long = 40_000;
}
