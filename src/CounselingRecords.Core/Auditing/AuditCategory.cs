namespace CounselingRecords.Auditing;

/// <summary>
/// The class of record an audit entry is about. Psychotherapy-note activity has its own category so that it
/// can be logged and reviewed separately (R7.15).
/// </summary>
public enum AuditCategory
{
    /// <summary>Clinical records of the designated record set (notes, plans, assessments).</summary>
    Clinical,

    /// <summary>Psychotherapy notes (45 CFR 164.501), logged apart.</summary>
    PsychotherapyNote,

    /// <summary>Demographic and administrative client data.</summary>
    Demographic,

    /// <summary>Scheduling records.</summary>
    Scheduling,

    /// <summary>Billing records.</summary>
    Billing,

    /// <summary>Office policies, inquiries and complaints.</summary>
    Administrative,

    /// <summary>Sign-in and security events.</summary>
    Security,
}
