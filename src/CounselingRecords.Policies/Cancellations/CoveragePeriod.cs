using CounselingRecords.Care;
using CounselingRecords.Identity;
using CounselingRecords.Privacy;
using NodaTime;

namespace CounselingRecords.Policies.Cancellations;

/// <summary>One coverage of the client over a date range: the payer class, the payer, and its rank (1 = primary).</summary>
[ProtectedHealthInformation]
public sealed record CoveragePeriod
{
    /// <summary>Initializes a new instance of the <see cref="CoveragePeriod"/> class.</summary>
    /// <param name="payerClass">The payer class.</param>
    /// <param name="payerId">The payer, when known (needed for contract restrictions, R4.7).</param>
    /// <param name="effectiveFrom">The first covered date.</param>
    /// <param name="effectiveThrough">The last covered date, or <see langword="null"/> when open-ended.</param>
    /// <param name="rank">1 for primary, 2 for secondary, and so on.</param>
    public CoveragePeriod(PayerClass payerClass, PayerId? payerId, LocalDate effectiveFrom, LocalDate? effectiveThrough, int rank)
    {
        if (!Enum.IsDefined(payerClass))
        {
            throw new ArgumentOutOfRangeException(nameof(payerClass), payerClass, "Unknown payer class.");
        }

        if (payerId is { Value: var v } && v == Guid.Empty)
        {
            throw new ArgumentException("A payer id cannot be empty.", nameof(payerId));
        }

        if (effectiveThrough < effectiveFrom)
        {
            throw new ArgumentException("Coverage cannot end before it starts.", nameof(effectiveThrough));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(rank, 1);
        PayerClass = payerClass;
        PayerId = payerId;
        EffectiveFrom = effectiveFrom;
        EffectiveThrough = effectiveThrough;
        Rank = rank;
    }

    /// <summary>Gets the payer class.</summary>
    public PayerClass PayerClass { get; }

    /// <summary>Gets the payer, if known.</summary>
    public PayerId? PayerId { get; }

    /// <summary>Gets the first covered date.</summary>
    public LocalDate EffectiveFrom { get; }

    /// <summary>Gets the last covered date, if any.</summary>
    public LocalDate? EffectiveThrough { get; }

    /// <summary>Gets the rank (1 = primary).</summary>
    public int Rank { get; }

    /// <summary>Returns whether the coverage is in effect on <paramref name="date"/>.</summary>
    /// <param name="date">The date.</param>
    /// <returns><see langword="true"/> when covered.</returns>
    public bool CoversDate(LocalDate date) => date >= EffectiveFrom && (EffectiveThrough is not { } end || date <= end);

    /// <inheritdoc />
    public override string ToString() => $"Coverage rank {Rank} {PayerClass} {PayerId}";
}
