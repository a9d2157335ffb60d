namespace CounselingRecords.Billing.Claims;

/// <summary>The claim frequency code (CMS-1500 item 22 resubmission code, 837P CLM05-3; R2.5, R2.6).</summary>
public enum ClaimFrequency
{
    /// <summary>1: an original claim.</summary>
    Original = 1,

    /// <summary>7: a replacement of a prior claim; needs the original reference number.</summary>
    Replacement = 7,

    /// <summary>8: a void of a prior claim; needs the original reference number.</summary>
    Void = 8,
}
