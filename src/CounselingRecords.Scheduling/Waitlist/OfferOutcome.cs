namespace CounselingRecords.Scheduling.Waitlist;

/// <summary>How an offer ended (S7.3).</summary>
public enum OfferOutcome
{
    /// <summary>Waiting for the client's answer.</summary>
    Pending,

    /// <summary>The client accepted; the slot was booked.</summary>
    Accepted,

    /// <summary>The client declined.</summary>
    Declined,

    /// <summary>The hold time passed without an answer (S7.4).</summary>
    Expired,

    /// <summary>The practice withdrew it (for example the slot was booked otherwise).</summary>
    Withdrawn,
}
