namespace CounselingRecords.Scheduling.Booking;

/// <summary>Why a booking was refused (S3.1–S3.9, S2.4).</summary>
public enum ConflictKind
{
    /// <summary>A clinician already has an appointment at that time (S3.1).</summary>
    ClinicianDoubleBooked,

    /// <summary>A client already has an appointment at that time (S3.3).</summary>
    ClientDoubleBooked,

    /// <summary>The room is taken (S3.4).</summary>
    RoomTaken,

    /// <summary>The time is outside the clinician's availability (S2.4).</summary>
    OutsideAvailability,

    /// <summary>The appointment overlaps a clinician's buffer, or its buffer overlaps another appointment (S3.2).</summary>
    InsideBuffer,

    /// <summary>The start is closer than the minimum notice (S3.5).</summary>
    NoticeTooShort,

    /// <summary>The start is further ahead than the horizon (S3.6).</summary>
    BeyondHorizon,

    /// <summary>A daily or weekly cap is reached (S3.7).</summary>
    CapReached,

    /// <summary>The appointment type is not offered to new clients (S3.8).</summary>
    NotAllowedForNewClients,

    /// <summary>More clients than the capacity (S3.9).</summary>
    CapacityExceeded,
}
