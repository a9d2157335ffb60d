namespace CounselingRecords.Records.Clinical;

/// <summary>The result of one risk screening question.</summary>
public enum ScreenResult
{
    /// <summary>Not asked or not documented.</summary>
    NotScreened,

    /// <summary>Asked; the risk was denied or not found.</summary>
    Negative,

    /// <summary>Asked; the risk was endorsed or found.</summary>
    Positive,
}
