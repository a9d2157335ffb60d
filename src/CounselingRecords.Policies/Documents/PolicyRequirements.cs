using System.Collections.Immutable;

namespace CounselingRecords.Policies.Documents;

/// <summary>
/// Which documents a client must have acknowledged before being seen: the kinds required for every service,
/// whether telehealth also needs telehealth consent, and whether the acknowledgment must be of the version in
/// effect at the service (or a later one) or may be of any earlier version.
/// </summary>
public sealed class PolicyRequirements
{
    /// <summary>Initializes a new instance of the <see cref="PolicyRequirements"/> class.</summary>
    /// <param name="requiredBeforeService">The kinds every client acknowledges before being seen.</param>
    /// <param name="telehealthConsentRequired">Whether a telehealth session also needs telehealth consent.</param>
    /// <param name="requireCurrentVersion">Whether the version in effect at the service (or a later one) must be acknowledged; otherwise any version will do.</param>
    public PolicyRequirements(ImmutableArray<PolicyDocumentKind> requiredBeforeService, bool telehealthConsentRequired, bool requireCurrentVersion)
    {
        requiredBeforeService = requiredBeforeService.IsDefault ? [] : requiredBeforeService;
        if (requiredBeforeService.Any(k => !Enum.IsDefined(k)))
        {
            throw new ArgumentOutOfRangeException(nameof(requiredBeforeService), "Unknown document kind.");
        }

        RequiredBeforeService = requiredBeforeService.Distinct().ToImmutableArray();
        TelehealthConsentRequired = telehealthConsentRequired;
        RequireCurrentVersion = requireCurrentVersion;
    }

    /// <summary>
    /// Gets the default: confidentiality and its limits, financial responsibility, and cancellation and fees
    /// before any service (R4.8, R5.8); telehealth consent for telehealth; the current version each time.
    /// </summary>
    public static PolicyRequirements Default { get; } = new(
        [PolicyDocumentKind.Confidentiality, PolicyDocumentKind.FinancialResponsibility, PolicyDocumentKind.CancellationAndFees],
        true,
        true);

    /// <summary>Gets the kinds every client acknowledges before being seen.</summary>
    public ImmutableArray<PolicyDocumentKind> RequiredBeforeService { get; }

    /// <summary>Gets a value indicating whether telehealth needs telehealth consent.</summary>
    public bool TelehealthConsentRequired { get; }

    /// <summary>Gets a value indicating whether the version in effect (or a later one) must be acknowledged.</summary>
    public bool RequireCurrentVersion { get; }

    /// <inheritdoc />
    public override string ToString() => $"PolicyRequirements ({string.Join(", ", RequiredBeforeService)}; telehealth consent {TelehealthConsentRequired}; current version {RequireCurrentVersion})";
}
