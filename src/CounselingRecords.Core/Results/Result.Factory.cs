namespace CounselingRecords.Results;

/// <summary>Factory methods for <see cref="Result{T}"/>.</summary>
public static class Result
{
    /// <summary>Creates a successful result.</summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <param name="value">The value.</param>
    /// <returns>The result.</returns>
    public static Result<T> Success<T>(T value) => Result<T>.ForValue(value);

    /// <summary>Creates a refused result.</summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <param name="error">The error.</param>
    /// <returns>The result.</returns>
    public static Result<T> Failure<T>(DomainError error) => Result<T>.ForError(error);

    /// <summary>Creates a refused result from a code and message.</summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <param name="code">The stable code.</param>
    /// <param name="message">The message.</param>
    /// <param name="ruleId">The rule id, if any.</param>
    /// <returns>The result.</returns>
    public static Result<T> Failure<T>(string code, string message, string? ruleId = null) =>
        Result<T>.ForError(new DomainError(code, message, ruleId));
}
