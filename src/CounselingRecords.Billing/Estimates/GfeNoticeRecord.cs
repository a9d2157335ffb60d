using NodaTime;

namespace CounselingRecords.Billing.Estimates;

/// <summary>When a client was told of the right to a Good Faith Estimate (R3.8), per channel.</summary>
/// <param name="OrallyAt">When the client was told orally, if recorded.</param>
/// <param name="InWritingAt">When the client was given the written notice, if recorded.</param>
public sealed record GfeNoticeRecord(Instant? OrallyAt, Instant? InWritingAt)
{
    /// <summary>Gets a record with no notice given.</summary>
    public static GfeNoticeRecord None { get; } = new(null, null);
}
