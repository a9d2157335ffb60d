namespace CounselingRecords.Policies.Documents;

/// <summary>How a client acknowledged a policy document.</summary>
public enum AcknowledgmentMethod
{
    /// <summary>An electronic signature.</summary>
    ElectronicSignature,

    /// <summary>A handwritten signature on paper, scanned or filed.</summary>
    HandwrittenSignature,

    /// <summary>Acceptance in the client portal.</summary>
    PortalAcceptance,

    /// <summary>Verbal acceptance, attested by the staff member who recorded it (for example before a telehealth session).</summary>
    VerbalAttested,
}
