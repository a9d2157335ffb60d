namespace CounselingRecords.Auditing;

/// <summary>The kinds of activity the audit trail records (45 CFR 164.312(b), R7.15).</summary>
public enum AuditAction
{
    /// <summary>A record was created.</summary>
    Create,

    /// <summary>A record was read or viewed.</summary>
    Read,

    /// <summary>An unsigned record was changed.</summary>
    Update,

    /// <summary>A record was signed.</summary>
    Sign,

    /// <summary>A record was co-signed by a supervisor.</summary>
    CoSign,

    /// <summary>An addendum or amendment was appended to a signed record.</summary>
    Amend,

    /// <summary>A record's status changed (for example an appointment was cancelled).</summary>
    StatusChange,

    /// <summary>A record was exported.</summary>
    Export,

    /// <summary>A record was printed.</summary>
    Print,

    /// <summary>A record was disclosed to a third party.</summary>
    Disclose,

    /// <summary>A record was deleted or destroyed.</summary>
    Delete,

    /// <summary>A user signed in.</summary>
    Login,

    /// <summary>A sign-in failed.</summary>
    LoginFailed,

    /// <summary>An emergency access bypassed the normal access rules.</summary>
    BreakGlass,

    /// <summary>An integrity check (signature or audit chain) was run.</summary>
    Verify,
}
