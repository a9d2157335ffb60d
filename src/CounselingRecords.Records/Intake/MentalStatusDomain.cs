namespace CounselingRecords.Records.Intake;

/// <summary>The domains of a mental status exam (anchors §3.2).</summary>
public enum MentalStatusDomain
{
    /// <summary>Appearance.</summary>
    Appearance,

    /// <summary>Behavior and psychomotor activity.</summary>
    Behavior,

    /// <summary>Speech.</summary>
    Speech,

    /// <summary>Mood (as reported).</summary>
    Mood,

    /// <summary>Affect (as observed).</summary>
    Affect,

    /// <summary>Thought process.</summary>
    ThoughtProcess,

    /// <summary>Thought content.</summary>
    ThoughtContent,

    /// <summary>Perception.</summary>
    Perception,

    /// <summary>Orientation.</summary>
    Orientation,

    /// <summary>Memory.</summary>
    Memory,

    /// <summary>Attention and concentration.</summary>
    Attention,

    /// <summary>Insight.</summary>
    Insight,

    /// <summary>Judgment.</summary>
    Judgment,
}
