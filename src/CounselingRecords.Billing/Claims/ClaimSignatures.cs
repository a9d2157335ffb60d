namespace CounselingRecords.Billing.Claims;

/// <summary>
/// The signatures on file (CMS-1500 items 12 and 13; 837P CLM09 release of information and CLM08 benefits
/// assignment; R2.5): the patient's authorization to release information and the insured's assignment of benefits.
/// </summary>
/// <param name="PatientAuthorizationOnFile">Item 12: the patient's (or authorized person's) signature authorizing release and payment is on file.</param>
/// <param name="AssignmentOnFile">Item 13: the insured's signature assigning benefits to the provider is on file.</param>
public sealed record ClaimSignatures(bool PatientAuthorizationOnFile, bool AssignmentOnFile)
{
    /// <summary>The text the form prints for a signature on file.</summary>
    public const string SignatureOnFile = "SIGNATURE ON FILE";

    /// <summary>Gets both signatures on file.</summary>
    public static ClaimSignatures OnFile { get; } = new(true, true);

    /// <summary>Gets item 12 as printed (<c>SIGNATURE ON FILE</c> or empty).</summary>
    public string Item12 => PatientAuthorizationOnFile ? SignatureOnFile : string.Empty;

    /// <summary>Gets item 13 as printed (<c>SIGNATURE ON FILE</c> or empty).</summary>
    public string Item13 => AssignmentOnFile ? SignatureOnFile : string.Empty;

    /// <summary>Gets CLM08, benefits assignment certification: <c>Y</c> or <c>N</c>.</summary>
    public string Clm08 => AssignmentOnFile ? "Y" : "N";

    /// <summary>Gets CLM09, release of information: <c>Y</c> (signed statement on file) or <c>I</c> (informed consent only).</summary>
    public string Clm09 => PatientAuthorizationOnFile ? "Y" : "I";
}
