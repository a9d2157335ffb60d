namespace CounselingRecords.Records.Signing;

/// <summary>What a signature attests to.</summary>
public enum SignatureMeaning
{
    /// <summary>The author signed the document they wrote (R7.6).</summary>
    Authored,

    /// <summary>The supervising clinician reviewed and co-signed the document.</summary>
    CoSigned,

    /// <summary>
    /// The author authenticated the document by an attestation statement because the signing window had passed:
    /// a late signature is never added to an unsigned note (R7.6).
    /// </summary>
    Attested,
}
