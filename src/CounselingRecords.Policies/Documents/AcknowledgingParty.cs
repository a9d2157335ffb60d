namespace CounselingRecords.Policies.Documents;

/// <summary>Who acknowledged a policy document for the client.</summary>
public enum AcknowledgingParty
{
    /// <summary>The client.</summary>
    Client,

    /// <summary>A parent or guardian of a minor client.</summary>
    ParentOrGuardian,

    /// <summary>A legal representative (for example under a power of attorney).</summary>
    LegalRepresentative,
}
