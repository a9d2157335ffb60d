namespace CounselingRecords.Policies.Cancellations;

/// <summary>Who cancelled an appointment.</summary>
public enum CancellationParty
{
    /// <summary>Nobody: the client neither came nor made contact (a no-show).</summary>
    None,

    /// <summary>The client (or someone on their behalf).</summary>
    Client,

    /// <summary>The clinician. Never charged.</summary>
    Clinician,

    /// <summary>The practice (closure, weather, scheduling error). Never charged.</summary>
    Practice,
}
