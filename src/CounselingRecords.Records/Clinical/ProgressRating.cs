namespace CounselingRecords.Records.Clinical;

/// <summary>How a client is doing on a treatment-plan objective (FHIR Goal achievement status, narrowed).</summary>
public enum ProgressRating
{
    /// <summary>Getting worse.</summary>
    Worsening,

    /// <summary>No change.</summary>
    NoChange,

    /// <summary>Improving.</summary>
    Improving,

    /// <summary>Achieved and holding.</summary>
    Sustaining,

    /// <summary>Achieved.</summary>
    Achieved,
}
