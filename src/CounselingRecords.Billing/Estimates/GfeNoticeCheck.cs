using CounselingRecords.Results;
using NodaTime;

namespace CounselingRecords.Billing.Estimates;

/// <summary>
/// Checks that a client owed a Good Faith Estimate was told of the right to one orally and in writing at or before
/// scheduling (R3.8). A notice recorded after the scheduling instant does not count for that appointment.
/// </summary>
public static class GfeNoticeCheck
{
    /// <summary>Checks the notice.</summary>
    /// <param name="eligibility">Whether the client is owed a GFE (R3.1); a client who is not owed one needs no notice.</param>
    /// <param name="notice">When the notice was given.</param>
    /// <param name="scheduledAt">When the service was scheduled (or the client asked about cost).</param>
    /// <returns>The explanation when satisfied, or <see cref="BillingErrorCodes.GfeNoticeMissing"/>, <see cref="BillingErrorCodes.GfeNoticeOralMissing"/> or <see cref="BillingErrorCodes.GfeNoticeWrittenMissing"/>.</returns>
    public static Result<Explanation> Check(GfeEligibility eligibility, GfeNoticeRecord notice, Instant scheduledAt)
    {
        ArgumentNullException.ThrowIfNull(eligibility);
        ArgumentNullException.ThrowIfNull(notice);
        if (!eligibility.IsOwed)
        {
            return new Explanation(GfeNoticeText.RuleId, $"No notice of the right to a Good Faith Estimate is needed: {eligibility.Explain().Sentence}");
        }

        var oral = notice.OrallyAt is { } o && o <= scheduledAt;
        var written = notice.InWritingAt is { } w && w <= scheduledAt;
        if (oral && written)
        {
            return new Explanation(GfeNoticeText.RuleId, $"The client was told of the right to a Good Faith Estimate orally ({notice.OrallyAt}) and in writing ({notice.InWritingAt}) by scheduling ({scheduledAt}).");
        }

        var (code, what) = (oral, written) switch
        {
            (false, false) => (BillingErrorCodes.GfeNoticeMissing, "neither orally nor in writing"),
            (true, false) => (BillingErrorCodes.GfeNoticeWrittenMissing, "orally but not in writing"),
            _ => (BillingErrorCodes.GfeNoticeOralMissing, "in writing but not orally"),
        };
        return new DomainError(code, $"A client owed a Good Faith Estimate was told of the right to one {what} by scheduling ({scheduledAt}); R3.8 requires both.", GfeNoticeText.RuleId);
    }
}
