namespace CounselingRecords.Policies.Inquiries;

/// <summary>How a prospective client's inquiry arrived.</summary>
public enum InquiryChannel
{
    /// <summary>A telephone call.</summary>
    Phone,

    /// <summary>A voicemail.</summary>
    Voicemail,

    /// <summary>An email.</summary>
    Email,

    /// <summary>A form on the practice's website.</summary>
    WebForm,

    /// <summary>A therapist directory listing.</summary>
    Directory,

    /// <summary>A referral from a professional or organization.</summary>
    Referral,

    /// <summary>The client portal's request form.</summary>
    Portal,

    /// <summary>In person at the office.</summary>
    WalkIn,
}
