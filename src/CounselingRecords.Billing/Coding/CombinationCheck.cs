using CounselingRecords.Results;

namespace CounselingRecords.Billing.Coding;

/// <summary>The outcome of checking the codes of one patient and date: valid, or the first rule they break.</summary>
/// <param name="ErrorCode">The error code, or <see langword="null"/> when the codes are valid together.</param>
/// <param name="RuleId">The rule that forbids the combination, or <see langword="null"/>.</param>
/// <param name="FirstCode">The first code involved, or <see langword="null"/>.</param>
/// <param name="SecondCode">The second code involved, or <see langword="null"/> when one code breaks a rule on its own.</param>
/// <param name="Reason">The sentence of the broken rule, or <see langword="null"/>.</param>
public readonly record struct CombinationCheck(string? ErrorCode, string? RuleId, string? FirstCode, string? SecondCode, string? Reason)
{
    /// <summary>Gets the valid outcome.</summary>
    public static CombinationCheck Valid => default;

    /// <summary>Gets a value indicating whether the codes may be reported together.</summary>
    public bool IsValid => ErrorCode is null;

    /// <summary>Returns the refusal as a <see cref="DomainError"/>.</summary>
    /// <returns>The error.</returns>
    /// <exception cref="InvalidOperationException">The check passed.</exception>
    public DomainError ToDomainError() => IsValid
        ? throw new InvalidOperationException("A valid combination has no error.")
        : new DomainError(ErrorCode!, SecondCode is null ? $"{FirstCode}: {Reason}" : $"{FirstCode} with {SecondCode}: {Reason}", RuleId, FirstCode);
}
