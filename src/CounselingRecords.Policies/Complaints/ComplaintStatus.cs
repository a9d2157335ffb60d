namespace CounselingRecords.Policies.Complaints;

/// <summary>
/// Where a complaint is: received → acknowledged → investigating → resolved → response sent → closed, or
/// escalated to an external body from any open step (and closed when that body concludes).
/// </summary>
public enum ComplaintStatus
{
    /// <summary>Received, not yet acknowledged.</summary>
    Received,

    /// <summary>Receipt acknowledged to the complainant.</summary>
    Acknowledged,

    /// <summary>Under investigation.</summary>
    Investigating,

    /// <summary>A finding and corrective action are recorded.</summary>
    Resolved,

    /// <summary>The outcome was communicated to the complainant.</summary>
    ResponseSent,

    /// <summary>Closed.</summary>
    Closed,

    /// <summary>Escalated to an external body (licensing board, payer, state agency, OCR).</summary>
    Escalated,
}
