namespace CounselingRecords.Scheduling.Appointments;

/// <summary>Who asked for a cancellation; a policy engine never charges a clinician or practice cancellation.</summary>
public enum CancellationInitiator
{
    /// <summary>The client (or someone on the client's behalf).</summary>
    Client,

    /// <summary>The clinician.</summary>
    Clinician,

    /// <summary>The practice (front desk, closure, administration).</summary>
    Practice,
}
