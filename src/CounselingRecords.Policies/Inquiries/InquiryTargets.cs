using NodaTime;

namespace CounselingRecords.Policies.Inquiries;

/// <summary>How soon the practice answers a new inquiry. The response-due time is fixed at receipt.</summary>
/// <param name="FirstResponseWithin">Time from receipt to the first response.</param>
public sealed record InquiryTargets(Duration FirstResponseWithin)
{
    /// <summary>Gets the default: a first response within 24 hours.</summary>
    public static InquiryTargets Default { get; } = new(Duration.FromHours(24));
}
