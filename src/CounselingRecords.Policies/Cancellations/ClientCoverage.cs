using System.Collections.Immutable;
using CounselingRecords.Care;
using CounselingRecords.Identity;
using CounselingRecords.Privacy;
using NodaTime;

namespace CounselingRecords.Policies.Cancellations;

/// <summary>
/// The client's coverage over time. The engine reads the coverage in effect on the appointment date (in the
/// policy's zone); with none in effect the client is self-pay.
/// </summary>
[ProtectedHealthInformation]
public sealed class ClientCoverage
{
    /// <summary>Initializes a new instance of the <see cref="ClientCoverage"/> class.</summary>
    /// <param name="periods">The coverage periods.</param>
    public ClientCoverage(ImmutableArray<CoveragePeriod> periods)
    {
        periods = periods.IsDefault ? [] : periods;
        if (periods.Any(p => p is null))
        {
            throw new ArgumentException("Coverage periods cannot contain null entries.", nameof(periods));
        }

        Periods = periods;
    }

    /// <summary>Gets no coverage: the client pays themselves.</summary>
    public static ClientCoverage SelfPay { get; } = new([]);

    /// <summary>Gets the coverage periods.</summary>
    public ImmutableArray<CoveragePeriod> Periods { get; }

    /// <summary>Creates open-ended primary coverage of one payer class.</summary>
    /// <param name="payerClass">The payer class.</param>
    /// <param name="payerId">The payer, if known.</param>
    /// <param name="from">The first covered date; the earliest date when not given.</param>
    /// <returns>The coverage.</returns>
    public static ClientCoverage Only(PayerClass payerClass, PayerId? payerId = null, LocalDate? from = null) =>
        new([new CoveragePeriod(payerClass, payerId, from ?? LocalDate.MinIsoValue, null, 1)]);

    /// <summary>Returns the periods in effect on <paramref name="date"/>, primary first.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The periods.</returns>
    public ImmutableArray<CoveragePeriod> InEffectOn(LocalDate date) =>
        Periods.Where(p => p.CoversDate(date)).OrderBy(p => p.Rank).ToImmutableArray();

    /// <inheritdoc />
    public override string ToString() => $"ClientCoverage ({Periods.Length} periods)";
}
