using System.Collections.Immutable;
using CounselingRecords.Results;
using FluentValidation;
using FluentValidation.Results;

namespace CounselingRecords.Validation;

/// <summary>
/// Bridges FluentValidation to <see cref="Result{T}"/>: input from outside is validated with a validator
/// whose rules carry stable error codes (<c>WithErrorCode</c>), and a failed validation becomes one
/// <see cref="DomainError"/> with code <see cref="CoreErrorCodes.ValidationFailed"/> whose details list each
/// failed rule with its code and property path. Validators stay usable directly (<c>Validate</c>,
/// <c>ValidateAndThrow</c>).
/// </summary>
public static class ValidationExtensions
{
    /// <summary>Validates <paramref name="input"/> and returns it, or the failures as one error.</summary>
    /// <typeparam name="T">The input type.</typeparam>
    /// <param name="validator">The validator.</param>
    /// <param name="input">The input; <see langword="null"/> is reported as a validation failure, not thrown.</param>
    /// <returns>The input, or a <see cref="CoreErrorCodes.ValidationFailed"/> error.</returns>
    public static Result<T> Check<T>(this IValidator<T> validator, T? input)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(validator);
        if (input is null)
        {
            return Result<T>.ForError(new DomainError(
                CoreErrorCodes.ValidationFailed,
                $"No {typeof(T).Name} was given.",
                details: [new DomainError("core.validation.required", $"A {typeof(T).Name} is required.", target: string.Empty)]));
        }

        var outcome = validator.Validate(input);
        return outcome.IsValid ? Result<T>.ForValue(input) : Result<T>.ForError(outcome.ToDomainError(typeof(T).Name));
    }

    /// <summary>Converts a failed FluentValidation result into one <see cref="DomainError"/>.</summary>
    /// <param name="result">The validation result.</param>
    /// <param name="subject">What was validated, for the message.</param>
    /// <returns>The error.</returns>
    public static DomainError ToDomainError(this ValidationResult result, string subject)
    {
        ArgumentNullException.ThrowIfNull(result);
        var details = result.Errors
            .Select(failure => new DomainError(
                string.IsNullOrWhiteSpace(failure.ErrorCode) ? "core.validation.invalid" : failure.ErrorCode,
                failure.ErrorMessage,
                target: failure.PropertyName))
            .ToImmutableArray();
        return new DomainError(
            CoreErrorCodes.ValidationFailed,
            $"The {subject} is not valid ({details.Length} problem{(details.Length == 1 ? string.Empty : "s")}).",
            details: details);
    }
}
