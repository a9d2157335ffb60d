namespace CounselingRecords.Policies.Cancellations;

/// <summary>How the engine classifies an appointment that did not take place (R4.9).</summary>
public enum CancellationClassification
{
    /// <summary>The client cancelled with at least the required notice.</summary>
    OnTimeCancellation,

    /// <summary>The client cancelled before the start but with less than the required notice.</summary>
    LateCancellation,

    /// <summary>The client cancelled at or after the start, or made no contact at all.</summary>
    NoShow,

    /// <summary>The clinician or the practice cancelled. Never charged.</summary>
    ClinicianCancellation,
}
