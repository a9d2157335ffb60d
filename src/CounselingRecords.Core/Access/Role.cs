namespace CounselingRecords.Access;

/// <summary>The roles an <see cref="Actor"/> can hold; an actor may hold several.</summary>
[Flags]
public enum Role
{
    /// <summary>No role.</summary>
    None = 0,

    /// <summary>A clinician who treats clients.</summary>
    Clinician = 1,

    /// <summary>A clinician who supervises provisionally licensed clinicians.</summary>
    Supervisor = 2,

    /// <summary>Billing staff.</summary>
    Biller = 4,

    /// <summary>Front-desk (scheduling and intake) staff.</summary>
    FrontDesk = 8,

    /// <summary>A practice administrator.</summary>
    PracticeAdmin = 16,

    /// <summary>A client acting on their own records (for example through a portal).</summary>
    Client = 32,

    /// <summary>An automated process of the host system.</summary>
    System = 64,
}
