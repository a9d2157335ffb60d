namespace CounselingRecords.Records.Clinical;

/// <summary>The clinician's overall risk formulation.</summary>
public enum RiskLevel
{
    /// <summary>No formulation documented.</summary>
    NotAssessed,

    /// <summary>No current risk identified.</summary>
    None,

    /// <summary>Low risk.</summary>
    Low,

    /// <summary>Moderate risk.</summary>
    Moderate,

    /// <summary>High risk.</summary>
    High,

    /// <summary>Imminent risk requiring immediate action.</summary>
    Imminent,
}
