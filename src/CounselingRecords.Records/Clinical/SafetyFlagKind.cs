namespace CounselingRecords.Records.Clinical;

/// <summary>The kinds of safety flag a positive risk screen raises and the record carries forward.</summary>
public enum SafetyFlagKind
{
    /// <summary>Suicidal ideation was endorsed.</summary>
    SuicideRisk,

    /// <summary>Self-harm was endorsed.</summary>
    SelfHarmRisk,

    /// <summary>Homicidal ideation was endorsed.</summary>
    HomicideRisk,
}
