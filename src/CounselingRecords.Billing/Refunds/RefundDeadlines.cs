using System.Collections.Immutable;
using NodaTime;

namespace CounselingRecords.Billing.Refunds;

/// <summary>
/// The refund deadlines of one overpayment under a <see cref="RefundWindowPolicy"/> (R6.4), each explained. The
/// binding refund date is the earliest window that applies; a notice deadline applies only when no request came
/// before it.
/// </summary>
/// <param name="Policy">The jurisdiction's policy.</param>
/// <param name="Facts">The dates the windows run from.</param>
/// <param name="NotifyBy">The last day to notify the patient, when the policy has a notice window and no request came first.</param>
/// <param name="RefundDueBy">The last day to refund or return the money.</param>
/// <param name="Explanations">One sentence per window that applies, citing the rule.</param>
public sealed record RefundDeadlines(RefundWindowPolicy Policy, OverpaymentFacts Facts, LocalDate? NotifyBy, LocalDate RefundDueBy, ImmutableArray<Explanation> Explanations)
{
    /// <summary>Returns whether the notice is late on <paramref name="asOf"/>: not given by its deadline.</summary>
    /// <param name="asOf">The date.</param>
    /// <returns><see langword="true"/> when late.</returns>
    public bool IsNoticeOverdueOn(LocalDate asOf) => NotifyBy is { } by && (Facts.NotifiedOn is { } n ? n > by : asOf > by);

    /// <summary>Returns whether the refund is late on <paramref name="asOf"/> (the day after <see cref="RefundDueBy"/> or later).</summary>
    /// <param name="asOf">The date.</param>
    /// <returns><see langword="true"/> when late.</returns>
    public bool IsRefundOverdueOn(LocalDate asOf) => asOf > RefundDueBy;

    /// <summary>Returns whether anything (notice or refund) is late on <paramref name="asOf"/>.</summary>
    /// <param name="asOf">The date.</param>
    /// <returns><see langword="true"/> when late.</returns>
    public bool IsOverdueOn(LocalDate asOf) => IsRefundOverdueOn(asOf) || IsNoticeOverdueOn(asOf);

    /// <summary>Returns the whole days the refund is late on <paramref name="asOf"/>, 0 when on time.</summary>
    /// <param name="asOf">The date.</param>
    /// <returns>The days.</returns>
    public int DaysRefundOverdue(LocalDate asOf) => asOf > RefundDueBy ? Period.Between(RefundDueBy, asOf, PeriodUnits.Days).Days : 0;

    internal static RefundDeadlines Compute(RefundWindowPolicy policy, OverpaymentFacts facts)
    {
        var explanations = ImmutableArray.CreateBuilder<Explanation>();
        LocalDate? refundBy = null;
        LocalDate? notifyBy = null;
        void Candidate(LocalDate date) => refundBy = refundBy is { } r && r <= date ? r : date;

        if (policy.ReturnAfterIdentificationDays is { } returnDays)
        {
            var by = facts.IdentifiedOn.PlusDays(returnDays);
            Candidate(by);
            explanations.Add(new Explanation(policy.RuleId, $"Under {policy.Name}, an overpayment identified on {Iso(facts.IdentifiedOn)} is reported and returned within {returnDays} days of identification, by {Iso(by)}."));
        }

        if (policy.RefundAfterRequestDays is { } requestDays && facts.RefundRequestedOn is { } requested)
        {
            var by = requested.PlusDays(requestDays);
            Candidate(by);
            explanations.Add(new Explanation(policy.RuleId, $"Under {policy.Name}, the patient asked for a refund on {Iso(requested)}, so it is refunded within {requestDays} days of the request, by {Iso(by)}."));
        }

        if (policy.NotifyAfterIdentificationDays is { } notifyDays && policy.RefundAfterNotificationDays is { } afterNoticeDays)
        {
            var noticeBy = facts.IdentifiedOn.PlusDays(notifyDays);
            if (facts.RefundRequestedOn is not { } asked || asked > noticeBy)
            {
                notifyBy = noticeBy;
                if (facts.NotifiedOn is { } notified)
                {
                    var by = notified.PlusDays(afterNoticeDays);
                    Candidate(by);
                    explanations.Add(new Explanation(policy.RuleId, $"Under {policy.Name}, without a request the patient is notified within {notifyDays} days of identification ({Iso(facts.IdentifiedOn)}), by {Iso(noticeBy)}; notified on {Iso(notified)}, the refund is due within {afterNoticeDays} days of the notice, by {Iso(by)}."));
                }
                else
                {
                    var by = noticeBy.PlusDays(afterNoticeDays);
                    Candidate(by);
                    explanations.Add(new Explanation(policy.RuleId, $"Under {policy.Name}, without a request the patient is notified within {notifyDays} days of identification ({Iso(facts.IdentifiedOn)}), by {Iso(noticeBy)}, and refunded within {afterNoticeDays} days of the notice, by {Iso(by)} at the latest."));
                }
            }
        }

        if (refundBy is not { } due)
        {
            // Only a request window is configured and the patient has not asked: the latest date is the request's window from identification.
            due = facts.IdentifiedOn.PlusDays(policy.RefundAfterRequestDays!.Value);
            explanations.Add(new Explanation(policy.RuleId, $"Under {policy.Name}, a refund is due within {policy.RefundAfterRequestDays.Value} days of the patient's request; no request is recorded, so the window is counted from identification ({Iso(facts.IdentifiedOn)}), by {Iso(due)}."));
        }

        return new RefundDeadlines(policy, facts, notifyBy, due, explanations.ToImmutable());
    }

    private static string Iso(LocalDate date) => date.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
