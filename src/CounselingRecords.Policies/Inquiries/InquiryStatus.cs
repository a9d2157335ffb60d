namespace CounselingRecords.Policies.Inquiries;

/// <summary>
/// Where an inquiry is: received → screened → intake scheduled / referred out / declined / no response. An
/// inquiry can also be declined or closed for no response before screening.
/// </summary>
public enum InquiryStatus
{
    /// <summary>Received, not yet screened.</summary>
    Received,

    /// <summary>Screened for fit and acuity.</summary>
    Screened,

    /// <summary>An intake appointment is scheduled; the prospect became a client.</summary>
    IntakeScheduled,

    /// <summary>Referred to another provider.</summary>
    ReferredOut,

    /// <summary>Declined, with a reason.</summary>
    Declined,

    /// <summary>Closed because the prospect did not respond.</summary>
    NoResponse,
}
