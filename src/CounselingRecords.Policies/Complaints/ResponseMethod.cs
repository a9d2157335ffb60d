namespace CounselingRecords.Policies.Complaints;

/// <summary>How the outcome of a complaint was communicated.</summary>
public enum ResponseMethod
{
    /// <summary>By letter.</summary>
    Letter,

    /// <summary>By email.</summary>
    Email,

    /// <summary>Through the client portal.</summary>
    Portal,

    /// <summary>By telephone, with a note of the call.</summary>
    Phone,

    /// <summary>In a meeting.</summary>
    InPerson,
}
