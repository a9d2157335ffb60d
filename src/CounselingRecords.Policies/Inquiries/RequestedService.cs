namespace CounselingRecords.Policies.Inquiries;

/// <summary>The kind of service a prospective client asks for (kept general: the minimum necessary).</summary>
public enum RequestedService
{
    /// <summary>Individual therapy.</summary>
    IndividualTherapy,

    /// <summary>Couples therapy.</summary>
    CouplesTherapy,

    /// <summary>Family therapy.</summary>
    FamilyTherapy,

    /// <summary>Group therapy.</summary>
    GroupTherapy,

    /// <summary>An assessment or evaluation.</summary>
    Assessment,

    /// <summary>Something else or not yet known.</summary>
    Other,
}
