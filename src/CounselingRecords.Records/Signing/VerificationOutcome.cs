namespace CounselingRecords.Records.Signing;

/// <summary>The overall result of verifying a record's signatures.</summary>
public enum VerificationOutcome
{
    /// <summary>The record is not signed; there is nothing to verify.</summary>
    Unsigned,

    /// <summary>Every signature matches the record and the addenda chain is whole.</summary>
    Intact,

    /// <summary>At least one mismatch was found.</summary>
    Tampered,
}
