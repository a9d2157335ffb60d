namespace CounselingRecords.Care;

/// <summary>
/// Where the client is during a session. Place of service follows the client, not the clinician (R1.15): a
/// telehealth client at home is POS 10, one at a facility POS 02; NGS treats a client in a car or at work as
/// not at a facility.
/// </summary>
public enum ClientLocationKind
{
    /// <summary>At the practice's office.</summary>
    PracticeOffice,

    /// <summary>At home: a private residence that is not a hospital or other facility.</summary>
    Home,

    /// <summary>Somewhere that is neither home nor a facility (a car, a workplace).</summary>
    OtherNonFacility,

    /// <summary>At a hospital, nursing facility or other health-care facility.</summary>
    Facility,
}
