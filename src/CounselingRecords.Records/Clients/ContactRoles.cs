namespace CounselingRecords.Records.Clients;

/// <summary>What a client's contact person is to the record; one person can hold several roles.</summary>
[Flags]
public enum ContactRoles
{
    /// <summary>No role.</summary>
    None = 0,

    /// <summary>Whom to call in an emergency.</summary>
    EmergencyContact = 1,

    /// <summary>A legal guardian who consents for a minor or a person under guardianship.</summary>
    LegalGuardian = 2,

    /// <summary>An alternate party statements are addressed to (the guarantor).</summary>
    BillTo = 4,
}
