namespace CounselingRecords.Policies.Complaints;

/// <summary>An external body a complaint can be escalated to.</summary>
public enum ExternalBody
{
    /// <summary>A professional licensing board.</summary>
    LicensingBoard,

    /// <summary>The client's insurer or health plan (grievance process).</summary>
    Payer,

    /// <summary>A state health or consumer agency.</summary>
    StateAgency,

    /// <summary>The HHS Office for Civil Rights (privacy complaints).</summary>
    HhsOfficeForCivilRights,

    /// <summary>An ombudsman.</summary>
    Ombudsman,

    /// <summary>Another body, named in the escalation.</summary>
    Other,
}
