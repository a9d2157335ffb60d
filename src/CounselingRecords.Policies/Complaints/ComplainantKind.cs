namespace CounselingRecords.Policies.Complaints;

/// <summary>Who made a complaint.</summary>
public enum ComplainantKind
{
    /// <summary>The client.</summary>
    Client,

    /// <summary>A parent or guardian of the client.</summary>
    ParentOrGuardian,

    /// <summary>A family member of the client.</summary>
    FamilyMember,

    /// <summary>Someone else (a referrer, a member of the public).</summary>
    ThirdParty,

    /// <summary>Someone who did not give their name.</summary>
    Anonymous,
}
