using System.Collections.Immutable;

namespace CounselingRecords.Billing.Coding;

/// <summary>
/// Two groups of codes that may not be reported for one patient on the same date: any code of
/// <see cref="First"/> together with any code of <see cref="Second"/> is refused with <see cref="ErrorCode"/>
/// and <see cref="RuleId"/>. The CPT and NCCI exclusions of §1 ship as defaults
/// (<see cref="CodeCombinationChecker"/>); payer-specific bans such as BCBS-IL's ban on E/M add-ons with family
/// psychotherapy (R1.7) go in a payer profile.
/// </summary>
/// <param name="RuleId">The rule that forbids the combination.</param>
/// <param name="ErrorCode">The error code reported.</param>
/// <param name="First">The first group of codes.</param>
/// <param name="Second">The second group of codes.</param>
/// <param name="Reason">A sentence saying why the combination is refused.</param>
public sealed record CodeExclusion(string RuleId, string ErrorCode, ImmutableArray<string> First, ImmutableArray<string> Second, string Reason)
{
    /// <summary>Gets the rule id.</summary>
    public string RuleId { get; init; } = !string.IsNullOrWhiteSpace(RuleId) ? RuleId : throw new ArgumentException("A rule id is required.", nameof(RuleId));

    /// <summary>Gets the error code.</summary>
    public string ErrorCode { get; init; } = !string.IsNullOrWhiteSpace(ErrorCode) ? ErrorCode : throw new ArgumentException("An error code is required.", nameof(ErrorCode));

    /// <summary>Gets the first group.</summary>
    public ImmutableArray<string> First { get; init; } = !First.IsDefaultOrEmpty ? First : throw new ArgumentException("The first group needs a code.", nameof(First));

    /// <summary>Gets the second group.</summary>
    public ImmutableArray<string> Second { get; init; } = !Second.IsDefaultOrEmpty ? Second : throw new ArgumentException("The second group needs a code.", nameof(Second));

    /// <summary>Returns whether the code is in the first group.</summary>
    /// <param name="code">The code.</param>
    /// <returns><see langword="true"/> when it is.</returns>
    public bool InFirst(string code) => Contains(First, code);

    /// <summary>Returns whether the code is in the second group.</summary>
    /// <param name="code">The code.</param>
    /// <returns><see langword="true"/> when it is.</returns>
    public bool InSecond(string code) => Contains(Second, code);

    private static bool Contains(ImmutableArray<string> codes, string code)
    {
        foreach (var candidate in codes)
        {
            if (string.Equals(candidate, code, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
