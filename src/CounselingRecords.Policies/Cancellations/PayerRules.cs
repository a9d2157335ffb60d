using System.Collections.Immutable;
using CounselingRecords.Care;
using CounselingRecords.Identity;

namespace CounselingRecords.Policies.Cancellations;

/// <summary>
/// Which clients a late-cancellation or no-show fee may not be charged to, by their coverage on the appointment
/// date. Medicaid and dual-eligible clients are never charged (R4.6) whatever this says. Beyond that: payer
/// classes the practice exempts (for example workers' compensation), payers whose in-network contract forbids
/// such fees (R4.7), and the Medicare rule (R4.5): Medicare clients may be charged only when the policy applies
/// equally to all clients; with <see cref="MedicareRequiresUniversalPolicy"/> (the default, strict reading) any
/// exemption other than Medicaid's (an exempt payer class or a contract that forbids fees) means no Medicare fee.
/// Medicare Advantage is treated as Medicare.
/// </summary>
public sealed class PayerRules
{
    /// <summary>Initializes a new instance of the <see cref="PayerRules"/> class.</summary>
    /// <param name="exemptPayerClasses">Payer classes whose clients are not charged, beyond Medicaid and dual-eligible.</param>
    /// <param name="payersForbiddingFees">Payers whose in-network contract forbids missed-appointment fees (R4.7).</param>
    /// <param name="medicareRequiresUniversalPolicy">The strict reading of R4.5: no Medicare fee when any non-Medicaid client is exempt.</param>
    /// <param name="medicaidSecondaryFeesAllowed">
    /// Whether a client whose Medicaid coverage is secondary to Medicare or commercial coverage may be charged,
    /// where a state allows it (for example Colorado, R4.6). Dual-eligible coverage is always treated as Medicaid.
    /// </param>
    public PayerRules(
        ImmutableArray<PayerClass> exemptPayerClasses,
        ImmutableArray<PayerId> payersForbiddingFees,
        bool medicareRequiresUniversalPolicy,
        bool medicaidSecondaryFeesAllowed)
    {
        exemptPayerClasses = exemptPayerClasses.IsDefault ? [] : exemptPayerClasses;
        payersForbiddingFees = payersForbiddingFees.IsDefault ? [] : payersForbiddingFees;
        if (exemptPayerClasses.Any(c => !Enum.IsDefined(c)))
        {
            throw new ArgumentOutOfRangeException(nameof(exemptPayerClasses), "Unknown payer class.");
        }

        if (payersForbiddingFees.Any(p => p.Value == Guid.Empty))
        {
            throw new ArgumentException("A payer id cannot be empty.", nameof(payersForbiddingFees));
        }

        ExemptPayerClasses = exemptPayerClasses.Distinct().OrderBy(c => c).ToImmutableArray();
        PayersForbiddingFees = payersForbiddingFees.Distinct().ToImmutableArray();
        MedicareRequiresUniversalPolicy = medicareRequiresUniversalPolicy;
        MedicaidSecondaryFeesAllowed = medicaidSecondaryFeesAllowed;
    }

    /// <summary>Gets the default: only the mandatory Medicaid exemption, strict Medicare reading.</summary>
    public static PayerRules Default { get; } = new([], [], true, false);

    /// <summary>Gets the payer classes the practice exempts beyond Medicaid and dual-eligible.</summary>
    public ImmutableArray<PayerClass> ExemptPayerClasses { get; }

    /// <summary>Gets the payers whose in-network contract forbids missed-appointment fees.</summary>
    public ImmutableArray<PayerId> PayersForbiddingFees { get; }

    /// <summary>Gets a value indicating whether Medicare clients are exempt whenever any non-Medicaid client is (R4.5, strict).</summary>
    public bool MedicareRequiresUniversalPolicy { get; }

    /// <summary>Gets a value indicating whether Medicaid as secondary coverage still allows a fee (state-plan exception, R4.6).</summary>
    public bool MedicaidSecondaryFeesAllowed { get; }

    /// <summary>Returns whether some clients other than Medicaid members are exempt, so the policy does not apply equally to all (R4.5).</summary>
    /// <returns><see langword="true"/> when an exemption other than Medicaid's exists.</returns>
    public bool HasNonMedicaidExemption() =>
        !PayersForbiddingFees.IsEmpty || ExemptPayerClasses.Any(c => c is not (PayerClass.Medicaid or PayerClass.DualEligible));

    /// <inheritdoc />
    public override string ToString() =>
        $"PayerRules ({ExemptPayerClasses.Length} exempt classes, {PayersForbiddingFees.Length} contracts forbidding fees, Medicare strict: {MedicareRequiresUniversalPolicy})";
}
