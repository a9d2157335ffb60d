namespace CounselingRecords.Policies.Cancellations;

/// <summary>Why a late-cancellation or no-show fee was excused at the clinician's or practice's discretion (R4.3).</summary>
public enum FeeExceptionKind
{
    /// <summary>An emergency.</summary>
    Emergency,

    /// <summary>Illness of the client or someone in their care.</summary>
    Illness,

    /// <summary>Severe weather or unsafe travel.</summary>
    Weather,

    /// <summary>Another reason, given in the exception's reason.</summary>
    Other,
}
