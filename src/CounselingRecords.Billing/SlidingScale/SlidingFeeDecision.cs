using CounselingRecords.Finance;
using NodaTime;

namespace CounselingRecords.Billing.SlidingScale;

/// <summary>
/// Whether a client's sliding-fee determination applies to a date of service, and the discount it gives a fee. A
/// value that allocates nothing; the sentence is built on demand.
/// </summary>
public readonly struct SlidingFeeDecision
{
    /// <summary>Initializes a new instance of the <see cref="SlidingFeeDecision"/> struct.</summary>
    /// <param name="determination">The determination, or <see langword="null"/> when the client has none.</param>
    /// <param name="status">Whether it applies.</param>
    /// <param name="dateOfService">The date of service.</param>
    public SlidingFeeDecision(SlidingFeeDetermination? determination, SlidingFeeDecisionStatus status, LocalDate dateOfService)
    {
        if ((determination is null) != (status == SlidingFeeDecisionStatus.NoDetermination))
        {
            throw new ArgumentException("Only the no-determination status has no determination.", nameof(status));
        }

        Determination = determination;
        Status = status;
        DateOfService = dateOfService;
    }

    /// <summary>Gets the determination, if any.</summary>
    public SlidingFeeDetermination? Determination { get; }

    /// <summary>Gets whether it applies.</summary>
    public SlidingFeeDecisionStatus Status { get; }

    /// <summary>Gets the date of service.</summary>
    public LocalDate DateOfService { get; }

    /// <summary>Gets a value indicating whether the tier's discount applies to the date of service.</summary>
    public bool Applies => Status is SlidingFeeDecisionStatus.Applies or SlidingFeeDecisionStatus.AppliesDespiteOverdueReverification;

    /// <summary>Returns the decision for a client without a determination.</summary>
    /// <param name="dateOfService">The date of service.</param>
    /// <returns>The decision.</returns>
    public static SlidingFeeDecision None(LocalDate dateOfService) => new(null, SlidingFeeDecisionStatus.NoDetermination, dateOfService);

    /// <summary>Returns the discount on a line's full fee (zero when the determination does not apply).</summary>
    /// <param name="fee">The full fee.</param>
    /// <param name="isAddOnLine">Whether the line is an add-on to the visit's primary line.</param>
    /// <param name="rounding">The rounding policy (R6.10).</param>
    /// <returns>The discount.</returns>
    public Money DiscountOn(Money fee, bool isAddOnLine, RoundingPolicy rounding)
    {
        ArgumentNullException.ThrowIfNull(rounding);
        return Applies ? Determination!.Tier.DiscountOn(fee, isAddOnLine, rounding) : Money.Zero(fee.Currency);
    }

    /// <summary>Returns the sentence that explains the discount on a line.</summary>
    /// <param name="fee">The full fee.</param>
    /// <param name="discount">The discount given.</param>
    /// <returns>The explanation.</returns>
    public Explanation Explain(Money fee, Money discount) => Status switch
    {
        SlidingFeeDecisionStatus.NoDetermination => new Explanation("R5.1", $"No sliding-fee determination on file: full fee {fee}."),
        SlidingFeeDecisionStatus.NotYetEffective => new Explanation("R5.1", $"The sliding-fee determination of {Determination!.DeterminedOn:uuuu-MM-dd} starts after this date of service: full fee {fee}."),
        SlidingFeeDecisionStatus.ReverificationOverdue => new Explanation("R5.1", $"Income re-verification was due {Determination!.ReverificationDue:uuuu-MM-dd}; until it is done the full fee {fee} applies."),
        _ => new Explanation(
            "R5.1",
            $"Sliding-fee discount {discount} on {fee}: {Determination!.Explain().Sentence}"
            + (Status == SlidingFeeDecisionStatus.AppliesDespiteOverdueReverification ? " Re-verification is overdue; the discount continues under the schedule's setting." : string.Empty)),
    };
}
