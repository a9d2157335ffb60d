namespace CounselingRecords.Policies.Inquiries;

/// <summary>Why an inquiry was declined.</summary>
public enum DeclineReason
{
    /// <summary>The practice has no capacity.</summary>
    NoCapacity,

    /// <summary>The need is outside the practice's scope.</summary>
    OutsideScope,

    /// <summary>The practice does not accept the prospect's coverage.</summary>
    CoverageNotAccepted,

    /// <summary>The prospect withdrew.</summary>
    ProspectWithdrew,

    /// <summary>A conflict of interest (for example a dual relationship).</summary>
    ConflictOfInterest,

    /// <summary>Another reason, given in the note.</summary>
    Other,
}
