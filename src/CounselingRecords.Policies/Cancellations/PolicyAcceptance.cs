using NodaTime;

namespace CounselingRecords.Policies.Cancellations;

/// <summary>
/// The client's acceptance of one cancellation-policy version (R4.8, R5.8): when they accepted it and, if they
/// later withdrew, when. <see cref="Documents.ClientAcknowledgments.PolicyAcceptances"/> derives these from
/// acknowledged policy documents.
/// </summary>
public sealed record PolicyAcceptance
{
    /// <summary>Initializes a new instance of the <see cref="PolicyAcceptance"/> class.</summary>
    /// <param name="policy">The policy version accepted.</param>
    /// <param name="acceptedAt">When.</param>
    /// <param name="withdrawnAt">When the acceptance was withdrawn, if it was; not before <paramref name="acceptedAt"/>.</param>
    public PolicyAcceptance(CancellationPolicyReference policy, Instant acceptedAt, Instant? withdrawnAt)
    {
        if (policy.PolicyId.Value == Guid.Empty || policy.Version < 1)
        {
            throw new ArgumentException("An acceptance names a policy version.", nameof(policy));
        }

        if (withdrawnAt < acceptedAt)
        {
            throw new ArgumentException("An acceptance cannot be withdrawn before it was given.", nameof(withdrawnAt));
        }

        Policy = policy;
        AcceptedAt = acceptedAt;
        WithdrawnAt = withdrawnAt;
    }

    /// <summary>Gets the policy version accepted.</summary>
    public CancellationPolicyReference Policy { get; }

    /// <summary>Gets when it was accepted.</summary>
    public Instant AcceptedAt { get; }

    /// <summary>Gets when it was withdrawn, if it was.</summary>
    public Instant? WithdrawnAt { get; }

    /// <summary>Returns whether the acceptance was in force at <paramref name="instant"/>: given at or before it and not withdrawn by then.</summary>
    /// <param name="instant">The instant.</param>
    /// <returns><see langword="true"/> when in force.</returns>
    public bool InForceAt(Instant instant) => AcceptedAt <= instant && (WithdrawnAt is not { } w || w > instant);
}
