using System.Collections.Immutable;
using CounselingRecords.Identity;
using CounselingRecords.Privacy;
using CounselingRecords.Results;
using CounselingRecords.Storage;
using NodaTime;

namespace CounselingRecords.Billing.SlidingScale;

/// <summary>
/// A client's sliding-fee determinations over time, newest last. Determinations are never changed: a new one is
/// recorded when income is re-verified or circumstances change, and each date of service uses the latest
/// determination made on or before it.
/// </summary>
[ProtectedHealthInformation]
public sealed class SlidingFeeAgreement : IAggregateRoot<SlidingFeeAgreement>
{
    /// <summary>Initializes a new instance of the <see cref="SlidingFeeAgreement"/> class.</summary>
    /// <param name="client">The client.</param>
    /// <param name="determinations">The determinations in the order they were made.</param>
    /// <param name="version">The storage version.</param>
    public SlidingFeeAgreement(ClientId client, ImmutableArray<SlidingFeeDetermination> determinations, long version)
    {
        if (client.Value == Guid.Empty)
        {
            throw new ArgumentException("An agreement needs a client.", nameof(client));
        }

        determinations = determinations.IsDefault ? [] : determinations;
        for (var i = 0; i < determinations.Length; i++)
        {
            ArgumentNullException.ThrowIfNull(determinations[i], nameof(determinations));
            if (determinations[i].Client != client)
            {
                throw new ArgumentException($"A determination of the agreement for {client} names another client.", nameof(determinations));
            }

            if (i > 0 && determinations[i].DeterminedOn < determinations[i - 1].DeterminedOn)
            {
                throw new ArgumentException("Determinations are in the order they were made.", nameof(determinations));
            }
        }

        ArgumentOutOfRangeException.ThrowIfNegative(version);
        Client = client;
        Determinations = determinations;
        Version = version;
    }

    /// <summary>Gets the client.</summary>
    public ClientId Client { get; }

    /// <summary>Gets the determinations, oldest first.</summary>
    public ImmutableArray<SlidingFeeDetermination> Determinations { get; }

    /// <inheritdoc />
    public long Version { get; }

    /// <inheritdoc />
    public string Key => Client.ToString();

    /// <summary>Starts an agreement with no determination.</summary>
    /// <param name="client">The client.</param>
    /// <returns>The agreement.</returns>
    public static SlidingFeeAgreement Start(ClientId client) => new(client, [], 0);

    /// <inheritdoc />
    public SlidingFeeAgreement WithVersion(long version) => new(Client, Determinations, version);

    /// <summary>Records a new determination.</summary>
    /// <param name="determination">The determination.</param>
    /// <returns>The agreement with it, or an error when it is for another client or older than the latest.</returns>
    public Result<SlidingFeeAgreement> Record(SlidingFeeDetermination determination)
    {
        ArgumentNullException.ThrowIfNull(determination);
        if (determination.Client != Client)
        {
            return Result.Failure<SlidingFeeAgreement>(BillingErrorCodes.SlidingScaleDeterminationForOtherClient, $"The determination is for {determination.Client}, not {Client}.");
        }

        if (!Determinations.IsEmpty && determination.DeterminedOn < Determinations[^1].DeterminedOn)
        {
            return Result.Failure<SlidingFeeAgreement>(
                BillingErrorCodes.SlidingScaleDeterminationOutOfOrder,
                $"The determination of {determination.DeterminedOn:uuuu-MM-dd} is older than the latest one of {Determinations[^1].DeterminedOn:uuuu-MM-dd}.");
        }

        return new SlidingFeeAgreement(Client, Determinations.Add(determination), Version);
    }

    /// <summary>Returns the decision for a date of service: the latest determination made on or before it.</summary>
    /// <param name="dateOfService">The date of service.</param>
    /// <returns>The decision; <see cref="SlidingFeeDecisionStatus.NoDetermination"/> or <see cref="SlidingFeeDecisionStatus.NotYetEffective"/> when none applies.</returns>
    public SlidingFeeDecision DecisionFor(LocalDate dateOfService)
    {
        for (var i = Determinations.Length - 1; i >= 0; i--)
        {
            if (Determinations[i].DeterminedOn <= dateOfService)
            {
                return Determinations[i].DecisionFor(dateOfService);
            }
        }

        return Determinations.IsEmpty ? SlidingFeeDecision.None(dateOfService) : Determinations[0].DecisionFor(dateOfService);
    }

    /// <summary>Names the client only.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"SlidingFeeAgreement {Client} ({Determinations.Length} determinations)";
}
