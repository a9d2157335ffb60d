namespace CounselingRecords.Policies.Inquiries;

/// <summary>How a prospective client prefers to be contacted.</summary>
public enum ContactMethod
{
    /// <summary>A telephone call.</summary>
    Phone,

    /// <summary>A text message.</summary>
    TextMessage,

    /// <summary>An email.</summary>
    Email,
}
