namespace CounselingRecords.Records.AccessRequests;

/// <summary>Grounds on which access to the designated record set may be denied (45 CFR 164.524(a)(2)–(3)).</summary>
public enum AccessDenialGround
{
    /// <summary>Information compiled in anticipation of a legal proceeding (not reviewable).</summary>
    CompiledForLegalProceeding,

    /// <summary>A licensed professional determined access is reasonably likely to endanger the life or safety of the client or another person (reviewable).</summary>
    EndangersLifeOrSafety,

    /// <summary>The information references another person and access is reasonably likely to cause them substantial harm (reviewable).</summary>
    ReferencesAnotherPerson,

    /// <summary>The request is made by a personal representative and access is reasonably likely to cause substantial harm (reviewable).</summary>
    PersonalRepresentativeConcern,

    /// <summary>The practice does not hold the records requested (the notice says where they may be).</summary>
    RecordsNotHeld,
}
