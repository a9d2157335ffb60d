using System.Collections.Immutable;
using CounselingRecords.Identity;
using CounselingRecords.Results;
using CounselingRecords.Storage;
using CounselingRecords.Validation;
using NodaTime;

namespace CounselingRecords.Policies.Cancellations;

/// <summary>
/// The versions of one cancellation policy, as stored: numbered 1, 2, … with strictly later effective dates.
/// A version, once published, never changes; a change is a new version (R4.8: the version a client accepted
/// stays readable). <see cref="Version"/> is the storage version used for optimistic concurrency, not a policy
/// version.
/// </summary>
public sealed class CancellationPolicyHistory : IAggregateRoot<CancellationPolicyHistory>
{
    private static readonly CancellationPolicyValidator Validator = new();

    /// <summary>Initializes a new instance of the <see cref="CancellationPolicyHistory"/> class (used by storage).</summary>
    /// <param name="id">The policy.</param>
    /// <param name="versions">The versions, numbered from 1 in order, with strictly later effective dates.</param>
    /// <param name="version">The storage version.</param>
    public CancellationPolicyHistory(PolicyId id, ImmutableArray<CancellationPolicy> versions, long version)
    {
        if (id.Value == Guid.Empty)
        {
            throw new ArgumentException("A policy history needs an id.", nameof(id));
        }

        versions = versions.IsDefault ? [] : versions;
        if (versions.IsEmpty)
        {
            throw new ArgumentException("A policy history holds at least one version.", nameof(versions));
        }

        for (var i = 0; i < versions.Length; i++)
        {
            var v = versions[i] ?? throw new ArgumentException("Versions cannot contain null entries.", nameof(versions));
            if (v.Id != id || v.Version != i + 1 || (i > 0 && v.EffectiveFrom <= versions[i - 1].EffectiveFrom))
            {
                throw new ArgumentException($"Version {i + 1} of policy {id} is out of sequence.", nameof(versions));
            }
        }

        ArgumentOutOfRangeException.ThrowIfNegative(version);
        Id = id;
        Versions = versions;
        Version = version;
    }

    /// <summary>Gets the policy.</summary>
    public PolicyId Id { get; }

    /// <summary>Gets the versions in order.</summary>
    public ImmutableArray<CancellationPolicy> Versions { get; }

    /// <inheritdoc />
    public long Version { get; }

    /// <inheritdoc />
    public string Key => Id.ToString();

    /// <summary>Starts a history with version 1.</summary>
    /// <param name="first">Version 1.</param>
    /// <returns>The history, or the validation failure.</returns>
    public static Result<CancellationPolicyHistory> Start(CancellationPolicy first)
    {
        var checkedPolicy = Validator.Check(first);
        if (checkedPolicy.Failure)
        {
            return checkedPolicy.ConvertError<CancellationPolicyHistory>();
        }

        if (first.Version != 1)
        {
            return new DomainError(PoliciesErrorCodes.PolicyVersionOutOfSequence, $"A policy history starts with version 1, not {first.Version}.", target: first.Id.ToString());
        }

        return new CancellationPolicyHistory(first.Id, [first], 0);
    }

    /// <summary>
    /// Publishes the next version. It must belong to this policy, be numbered one after the latest, take effect
    /// after the latest, and not take effect before the date it is published in its zone (no retroactive change).
    /// </summary>
    /// <param name="next">The new version.</param>
    /// <param name="publishedAt">When it is published.</param>
    /// <returns>The history with the new version, or why it was refused.</returns>
    public Result<CancellationPolicyHistory> Publish(CancellationPolicy next, Instant publishedAt)
    {
        var checkedPolicy = Validator.Check(next);
        if (checkedPolicy.Failure)
        {
            return checkedPolicy.ConvertError<CancellationPolicyHistory>();
        }

        var latest = Latest();
        if (next.Id != Id)
        {
            return new DomainError(PoliciesErrorCodes.PolicyWrongId, $"Version {next.Version} belongs to policy {next.Id}, not {Id}.", target: Key);
        }

        if (next.Version != latest.Version + 1)
        {
            return new DomainError(PoliciesErrorCodes.PolicyVersionOutOfSequence, $"The next version of policy {Id} is {latest.Version + 1}, not {next.Version}.", target: Key);
        }

        if (next.EffectiveFrom <= latest.EffectiveFrom)
        {
            return new DomainError(
                PoliciesErrorCodes.PolicyEffectiveNotAfterPrevious,
                $"Version {next.Version} of policy {Id} must take effect after {Describe.Iso(latest.EffectiveFrom)}.",
                target: Key);
        }

        if (next.EffectiveFrom < publishedAt.InZone(next.Zone).Date)
        {
            return new DomainError(
                PoliciesErrorCodes.PolicyRetroactive,
                $"Version {next.Version} of policy {Id} cannot take effect before the day it is published.",
                PolicyRuleIds.DisclosureAndCap,
                Key);
        }

        return new CancellationPolicyHistory(Id, Versions.Add(next), Version);
    }

    /// <summary>Returns the latest version.</summary>
    /// <returns>The latest version.</returns>
    public CancellationPolicy Latest() => Versions[^1];

    /// <summary>Returns the version with the given number, or <see langword="null"/>.</summary>
    /// <param name="version">The version number.</param>
    /// <returns>The version.</returns>
    public CancellationPolicy? Find(int version) => version >= 1 && version <= Versions.Length ? Versions[version - 1] : null;

    /// <summary>Returns the version in effect for an appointment starting at <paramref name="appointmentStart"/>: the latest that has taken effect for its date.</summary>
    /// <param name="appointmentStart">The appointment start.</param>
    /// <returns>The version, or <see cref="PoliciesErrorCodes.PolicyNoVersionInEffect"/>.</returns>
    public Result<CancellationPolicy> InEffectFor(Instant appointmentStart)
    {
        for (var i = Versions.Length - 1; i >= 0; i--)
        {
            if (Versions[i].HasTakenEffectFor(appointmentStart))
            {
                return Versions[i];
            }
        }

        return new DomainError(PoliciesErrorCodes.PolicyNoVersionInEffect, $"No version of policy {Id} is in effect for an appointment at {Describe.Iso(appointmentStart)}.", target: Key);
    }

    /// <inheritdoc />
    public CancellationPolicyHistory WithVersion(long version) => new(Id, Versions, version);

    /// <inheritdoc />
    public override string ToString() => $"CancellationPolicyHistory {Id} ({Versions.Length} versions, stored v{Version})";
}
