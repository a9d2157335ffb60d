namespace CounselingRecords.Policies.Complaints;

/// <summary>What a complaint is about.</summary>
public enum ComplaintCategory
{
    /// <summary>Bills, fees, statements, collections (a billing hold may be appropriate while it is open).</summary>
    Billing,

    /// <summary>The professional conduct of a clinician or staff member.</summary>
    Conduct,

    /// <summary>Privacy or confidentiality.</summary>
    Confidentiality,

    /// <summary>Access to care: waiting times, availability, accessibility.</summary>
    Access,

    /// <summary>The clinical care itself.</summary>
    Clinical,

    /// <summary>Communication with the practice.</summary>
    Communication,

    /// <summary>The premises or facilities.</summary>
    Facilities,

    /// <summary>Anything else.</summary>
    Other,
}
