namespace CounselingRecords.Policies.Complaints;

/// <summary>How a complaint reached the practice.</summary>
public enum ComplaintChannel
{
    /// <summary>By telephone.</summary>
    Phone,

    /// <summary>By email.</summary>
    Email,

    /// <summary>By letter.</summary>
    Letter,

    /// <summary>In person.</summary>
    InPerson,

    /// <summary>Through the client portal.</summary>
    Portal,

    /// <summary>Through a form on the practice's website.</summary>
    WebForm,

    /// <summary>Passed on by a payer, board or other organization.</summary>
    ThirdPartyReferral,
}
