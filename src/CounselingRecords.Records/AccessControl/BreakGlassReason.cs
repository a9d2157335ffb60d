namespace CounselingRecords.Records.AccessControl;

/// <summary>Why a clinician breaks the glass (the category is written to the audit trail).</summary>
public enum BreakGlassReason
{
    /// <summary>A medical emergency.</summary>
    MedicalEmergency,

    /// <summary>An imminent risk of harm to the client.</summary>
    ImminentRiskToSelf,

    /// <summary>An imminent risk of harm to others.</summary>
    ImminentRiskToOthers,

    /// <summary>The treating clinician is unavailable and the client needs care now.</summary>
    TreatingClinicianUnavailable,

    /// <summary>Another emergency, explained in the justification.</summary>
    Other,
}
