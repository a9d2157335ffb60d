namespace CounselingRecords.Records.Clients;

/// <summary>Why care ended.</summary>
public enum DischargeReason
{
    /// <summary>The treatment goals were met.</summary>
    TreatmentCompleted,

    /// <summary>The client chose to end care.</summary>
    ClientWithdrew,

    /// <summary>Referred to another provider or level of care.</summary>
    Referred,

    /// <summary>The practice lost contact with the client.</summary>
    LostContact,

    /// <summary>Discharged for an administrative reason (coverage, relocation, policy).</summary>
    Administrative,

    /// <summary>The client died.</summary>
    Deceased,

    /// <summary>Another reason, given in the text.</summary>
    Other,
}
