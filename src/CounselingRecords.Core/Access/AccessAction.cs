namespace CounselingRecords.Access;

/// <summary>What an actor wants to do with a record.</summary>
public enum AccessAction
{
    /// <summary>Read or view the record.</summary>
    Read,

    /// <summary>Create the record.</summary>
    Create,

    /// <summary>Change an unsigned record.</summary>
    Update,

    /// <summary>Sign (or co-sign) the record.</summary>
    Sign,

    /// <summary>Append an addendum or amendment to a signed record.</summary>
    Amend,

    /// <summary>Export the record out of the system (download, API, transfer).</summary>
    Export,

    /// <summary>Print the record.</summary>
    Print,

    /// <summary>Disclose the record to a third party.</summary>
    Disclose,

    /// <summary>Delete or destroy the record.</summary>
    Delete,
}
