using CounselingRecords.Identity;

namespace CounselingRecords.Policies.Cancellations;

/// <summary>Names one version of a cancellation policy: the policy id and the version number.</summary>
/// <param name="PolicyId">The policy.</param>
/// <param name="Version">The version number (1, 2, …).</param>
public readonly record struct CancellationPolicyReference(PolicyId PolicyId, int Version)
{
    /// <inheritdoc />
    public override string ToString() => $"{PolicyId} v{Version.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
}
