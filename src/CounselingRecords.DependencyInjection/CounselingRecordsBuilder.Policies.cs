using CounselingRecords.Policies.Cancellations;
using CounselingRecords.Policies.Documents;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CounselingRecords;

/// <content>Settings of the office policies area (<c>CounselingRecords.Policies</c>).</content>
public sealed partial class CounselingRecordsBuilder
{
    /// <summary>
    /// Uses the practice's cancellation policy history: every published version, so an appointment is judged by the
    /// version in effect at its start (<see cref="CancellationPolicyHistory.InEffectFor"/>). Registers the history as a
    /// singleton; the appointment facts validator then checks fees against the latest version's currency. There is no
    /// default: a practice must publish its own policy.
    /// </summary>
    /// <param name="history">The history.</param>
    /// <returns>This builder.</returns>
    public CounselingRecordsBuilder UseCancellationPolicy(CancellationPolicyHistory history)
    {
        ArgumentNullException.ThrowIfNull(history);
        Services.Replace(ServiceDescriptor.Singleton(history));
        return this;
    }

    /// <summary>Uses a practice's first cancellation policy: a history holding this one version (see <see cref="UseCancellationPolicy(CancellationPolicyHistory)"/>).</summary>
    /// <param name="policy">The policy, version 1.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">The policy cannot start a history (for example it is not version 1); the message carries the domain error.</exception>
    public CounselingRecordsBuilder UseCancellationPolicy(CancellationPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var history = CancellationPolicyHistory.Start(policy);
        return history.ErrorOrNull is { } error
            ? throw new ArgumentException($"The cancellation policy cannot start a history: {error.Code} {error.Message}", nameof(policy))
            : UseCancellationPolicy(history.Value);
    }

    /// <summary>Uses the practice's requirements on signed policy documents before services (default: <see cref="PolicyRequirements.Default"/>).</summary>
    /// <param name="requirements">The requirements.</param>
    /// <returns>This builder.</returns>
    public CounselingRecordsBuilder UsePolicyRequirements(PolicyRequirements requirements)
    {
        ArgumentNullException.ThrowIfNull(requirements);
        Services.Replace(ServiceDescriptor.Singleton(requirements));
        return this;
    }
}
