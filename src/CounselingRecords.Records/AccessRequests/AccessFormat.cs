namespace CounselingRecords.Records.AccessRequests;

/// <summary>The form in which the client asked to receive their records.</summary>
public enum AccessFormat
{
    /// <summary>An electronic copy.</summary>
    Electronic,

    /// <summary>A paper copy.</summary>
    Paper,

    /// <summary>Inspection in person.</summary>
    Inspection,
}
