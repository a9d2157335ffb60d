namespace CounselingRecords.Scheduling.Waitlist;

/// <summary>Where a waitlist entry is.</summary>
public enum WaitlistStatus
{
    /// <summary>Waiting for a slot.</summary>
    Waiting,

    /// <summary>A slot is offered and the answer is pending (S7.3).</summary>
    Offered,

    /// <summary>An offer was accepted and booked.</summary>
    Booked,

    /// <summary>Taken off the list (by the client or the practice).</summary>
    Removed,

    /// <summary>The entry's expiry passed (S7.4).</summary>
    Expired,
}
