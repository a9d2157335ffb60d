using System.Collections.Immutable;
using CounselingRecords.Finance;
using CounselingRecords.Identity;
using CounselingRecords.Privacy;
using CounselingRecords.Results;
using CounselingRecords.Storage;
using CounselingRecords.Validation;
using NodaTime;

namespace CounselingRecords.Billing.Estimates;

/// <summary>
/// An issued Good Faith Estimate (No Surprises Act; R3.1–R3.9): the validated contents, who issued it when, and the
/// estimate it replaces. An issued estimate is part of the record and never changes; a change of charges, items,
/// frequency, recurrences, duration, providers or facilities is a new estimate (<see cref="Reissue"/>, R3.4). Keep
/// issued estimates at least 6 years (R3.9, flagged for verification; the HIPAA floor of R7.10).
/// </summary>
[ProtectedHealthInformation]
public sealed class GoodFaithEstimate : IAggregateRoot<GoodFaithEstimate>
{
    private static readonly GoodFaithEstimateValidator Validator = new();

    /// <summary>Initializes a new instance of the <see cref="GoodFaithEstimate"/> class.</summary>
    /// <param name="id">The estimate id.</param>
    /// <param name="revision">1 for the first estimate, then one more per re-issue.</param>
    /// <param name="supersedes">The estimate it replaces, if any.</param>
    /// <param name="contents">The contents.</param>
    /// <param name="issuedOn">The date it was provided.</param>
    /// <param name="issuedAt">When it was recorded.</param>
    /// <param name="issuedBy">Who issued it.</param>
    /// <param name="version">The storage version.</param>
    public GoodFaithEstimate(EstimateId id, int revision, EstimateId? supersedes, GoodFaithEstimateDraft contents, LocalDate issuedOn, Instant issuedAt, UserId issuedBy, long version)
    {
        if (id.Value == Guid.Empty)
        {
            throw new ArgumentException("An estimate needs an id.", nameof(id));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(revision, 1);
        if ((revision == 1) != (supersedes is null))
        {
            throw new ArgumentException("Only a re-issued estimate (revision 2 or more) supersedes another.", nameof(supersedes));
        }

        ArgumentNullException.ThrowIfNull(contents);
        if (issuedBy.Value == Guid.Empty)
        {
            throw new ArgumentException("An estimate names who issued it.", nameof(issuedBy));
        }

        ArgumentOutOfRangeException.ThrowIfNegative(version);
        Id = id;
        Revision = revision;
        Supersedes = supersedes;
        Contents = contents;
        IssuedOn = issuedOn;
        IssuedAt = issuedAt;
        IssuedBy = issuedBy;
        Version = version;
    }

    /// <summary>Gets the estimate id.</summary>
    public EstimateId Id { get; }

    /// <summary>Gets the revision.</summary>
    public int Revision { get; }

    /// <summary>Gets the estimate it replaces.</summary>
    public EstimateId? Supersedes { get; }

    /// <summary>Gets the contents.</summary>
    public GoodFaithEstimateDraft Contents { get; }

    /// <summary>Gets the date it was provided.</summary>
    public LocalDate IssuedOn { get; }

    /// <summary>Gets when it was recorded.</summary>
    public Instant IssuedAt { get; }

    /// <summary>Gets who issued it.</summary>
    public UserId IssuedBy { get; }

    /// <inheritdoc />
    public long Version { get; }

    /// <inheritdoc />
    public string Key => Id.ToString();


    /// <summary>Validates and issues an estimate.</summary>
    /// <param name="id">The new estimate id.</param>
    /// <param name="contents">The contents.</param>
    /// <param name="issuedOn">The date it is provided.</param>
    /// <param name="issuedAt">When it is recorded.</param>
    /// <param name="issuedBy">Who issues it.</param>
    /// <returns>The estimate, or the contents' validation errors.</returns>
    public static Result<GoodFaithEstimate> Issue(EstimateId id, GoodFaithEstimateDraft contents, LocalDate issuedOn, Instant issuedAt, UserId issuedBy) =>
        Validator.Check(contents).Map(valid => new GoodFaithEstimate(id, 1, null, valid, issuedOn, issuedAt, issuedBy, 0));

    /// <summary>Returns the disclaimers and statement every estimate carries (R3.5 items 7–8).</summary>
    /// <returns>The texts, in order: additional services, estimate only, dispute right, not a contract.</returns>
    public ImmutableArray<string> Disclaimers() =>
    [
        GoodFaithEstimateText.AdditionalServices,
        GoodFaithEstimateText.EstimateOnly,
        GoodFaithEstimateText.DisputeRight(Contents.DisputeInstructions),
        GoodFaithEstimateText.NotAContract,
    ];

    /// <summary>Returns the total expected charges.</summary>
    /// <returns>The sum of the items' expected charges.</returns>
    public Money ExpectedTotal() => Money.Sum(Contents.Items.Select(i => i.ExpectedCharge), Contents.Items[0].UnitCharge.Currency);

    /// <inheritdoc />
    public GoodFaithEstimate WithVersion(long version) => new(Id, Revision, Supersedes, Contents, IssuedOn, IssuedAt, IssuedBy, version);

    /// <summary>Returns the expected charges of each provider (R3.7 compares per provider or facility).</summary>
    /// <returns>Provider NPI and total.</returns>
    public ImmutableArray<(string ProviderNpi, Money Expected)> ExpectedChargesByProvider() =>
        [.. Contents.Items.GroupBy(i => i.ProviderNpi, StringComparer.Ordinal)
            .Select(g => (g.Key, Money.Sum(g.Select(i => i.ExpectedCharge), g.First().UnitCharge.Currency)))];

    /// <summary>Returns what changed from this estimate to new contents (R3.4).</summary>
    /// <param name="contents">The new contents.</param>
    /// <returns>The changes.</returns>
    public GfeChanges ChangesTo(GoodFaithEstimateDraft contents)
    {
        ArgumentNullException.ThrowIfNull(contents);
        var changes = GfeChanges.None;
        var before = Contents;
        if (!before.Items.Select(i => (i.ProviderNpi, i.ServiceCode)).SequenceEqual(contents.Items.Select(i => (i.ProviderNpi, i.ServiceCode))))
        {
            changes |= GfeChanges.Items;
        }

        if (!before.Items.Select(i => i.ExpectedCharge).SequenceEqual(contents.Items.Select(i => i.ExpectedCharge)))
        {
            changes |= GfeChanges.ExpectedCharges;
        }

        if (before.Recurrence?.Frequency != contents.Recurrence?.Frequency)
        {
            changes |= GfeChanges.Frequency;
        }

        if (before.Recurrence?.TotalServices != contents.Recurrence?.TotalServices)
        {
            changes |= GfeChanges.Recurrences;
        }

        if (before.PeriodOfCare != contents.PeriodOfCare || before.Recurrence?.Timeframe != contents.Recurrence?.Timeframe)
        {
            changes |= GfeChanges.Duration;
        }

        if (!before.Providers.Select(p => (p.Npi, p.Name, p.TaxId)).SequenceEqual(contents.Providers.Select(p => (p.Npi, p.Name, p.TaxId))))
        {
            changes |= GfeChanges.Providers;
        }

        if (!before.Providers.SelectMany(p => p.Locations.Concat(p.States)).SequenceEqual(contents.Providers.SelectMany(p => p.Locations.Concat(p.States))))
        {
            changes |= GfeChanges.Facilities;
        }

        return changes;
    }

    /// <summary>Issues a new estimate that replaces this one after a change (R3.4).</summary>
    /// <param name="id">The new estimate id.</param>
    /// <param name="contents">The new contents, for the same client.</param>
    /// <param name="issuedOn">The date it is provided.</param>
    /// <param name="issuedAt">When it is recorded.</param>
    /// <param name="issuedBy">Who issues it.</param>
    /// <returns>The new estimate, or why it cannot be issued.</returns>
    public Result<GoodFaithEstimate> Reissue(EstimateId id, GoodFaithEstimateDraft contents, LocalDate issuedOn, Instant issuedAt, UserId issuedBy)
    {
        ArgumentNullException.ThrowIfNull(contents);
        if (contents.Client != Contents.Client)
        {
            return Result.Failure<GoodFaithEstimate>(BillingErrorCodes.GfeReissueForOtherClient, $"The estimate {Id} is for {Contents.Client}, not {contents.Client}.", "R3.4");
        }

        return Validator.Check(contents).Map(valid => new GoodFaithEstimate(id, Revision + 1, Id, valid, issuedOn, issuedAt, issuedBy, 0));
    }

    /// <summary>Names the estimate and client ids only.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"GoodFaithEstimate {Id} revision {Revision} for {Contents.Client}";
}
