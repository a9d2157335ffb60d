namespace CounselingRecords.Records.Clients;

/// <summary>
/// The client lifecycle: <c>Prospective → Active → Inactive / Discharged → Archived</c>. The allowed transitions are
/// listed in <see cref="ClientStatusTransitions"/>.
/// </summary>
public enum ClientStatus
{
    /// <summary>An inquiry or referral not yet in care.</summary>
    Prospective,

    /// <summary>In care.</summary>
    Active,

    /// <summary>In care but not currently seen (a pause), with date and reason.</summary>
    Inactive,

    /// <summary>Care ended, with date and reason.</summary>
    Discharged,

    /// <summary>Closed record kept for retention only; no further changes.</summary>
    Archived,
}
