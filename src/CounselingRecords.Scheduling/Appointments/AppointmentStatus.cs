namespace CounselingRecords.Scheduling.Appointments;

/// <summary>Where an appointment is in its lifecycle (S4.1). Each appointment, including each occurrence of a series, has its own.</summary>
public enum AppointmentStatus
{
    /// <summary>Asked for (for example through a client portal) and not yet accepted by the practice; holds the time.</summary>
    Requested,

    /// <summary>Booked.</summary>
    Scheduled,

    /// <summary>Booked and confirmed by the client.</summary>
    Confirmed,

    /// <summary>The client has arrived or joined.</summary>
    Arrived,

    /// <summary>The session took place.</summary>
    Completed,

    /// <summary>Cancelled by the client within the policy's notice (the policy engine decides on-time or late).</summary>
    CancelledByClient,

    /// <summary>Cancelled by the client with less notice than the policy asks.</summary>
    LateCancelled,

    /// <summary>Cancelled by the clinician or the practice.</summary>
    CancelledByPractice,

    /// <summary>The client did not come and did not cancel before the start (R4.9).</summary>
    NoShow,

    /// <summary>Moved to another appointment, which <c>RescheduledTo</c> names.</summary>
    Rescheduled,
}
