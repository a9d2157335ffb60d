using System.Diagnostics.CodeAnalysis;

namespace CounselingRecords.Results;

/// <summary>
/// The outcome of an operation that can be refused for a business reason: either a value or a
/// <see cref="DomainError"/>. Shaped like NodaTime's <c>ParseResult&lt;T&gt;</c>: reading
/// <see cref="Value"/> of a failure throws, <see cref="TryGetValue"/> and <see cref="Match{TResult}"/> never do.
/// </summary>
/// <typeparam name="T">The type of the value.</typeparam>
public sealed class Result<T>
{
    private readonly T _value;
    private readonly DomainError? _error;

    private Result(T value, DomainError? error)
    {
        _value = value;
        _error = error;
    }

    /// <summary>Gets a value indicating whether the operation succeeded.</summary>
    [MemberNotNullWhen(false, nameof(ErrorOrNull))]
    public bool Success => _error is null;

    /// <summary>Gets a value indicating whether the operation was refused.</summary>
    [MemberNotNullWhen(true, nameof(ErrorOrNull))]
    public bool Failure => _error is not null;

    /// <summary>Gets the value.</summary>
    /// <exception cref="DomainException">The operation was refused; the exception carries the error.</exception>
    public T Value => _error is null ? _value : throw new DomainException(_error);

    /// <summary>Gets the error.</summary>
    /// <exception cref="InvalidOperationException">The operation succeeded.</exception>
    public DomainError Error => _error ?? throw new InvalidOperationException("A successful result has no error.");

    /// <summary>Gets the error, or <see langword="null"/> when the operation succeeded.</summary>
    public DomainError? ErrorOrNull => _error;

    /// <summary>Creates a successful result.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The result.</returns>
    public static Result<T> ForValue(T value) => new(value, null);

    /// <summary>Creates a refused result.</summary>
    /// <param name="error">The error.</param>
    /// <returns>The result.</returns>
    public static Result<T> ForError(DomainError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return new Result<T>(default!, error);
    }

    /// <summary>Converts a value into a successful result.</summary>
    /// <param name="value">The value.</param>
    public static implicit operator Result<T>(T value) => ForValue(value);

    /// <summary>Converts an error into a refused result.</summary>
    /// <param name="error">The error.</param>
    public static implicit operator Result<T>(DomainError error) => ForError(error);

    /// <summary>Returns the value, or throws a <see cref="DomainException"/> carrying the error.</summary>
    /// <returns>The value.</returns>
    public T GetValueOrThrow() => Value;

    /// <summary>Gets the value when the operation succeeded, otherwise <paramref name="failureValue"/>.</summary>
    /// <param name="failureValue">The value to return on failure.</param>
    /// <param name="result">The value or <paramref name="failureValue"/>.</param>
    /// <returns><see langword="true"/> when the operation succeeded.</returns>
    public bool TryGetValue(T failureValue, out T result)
    {
        result = _error is null ? _value : failureValue;
        return _error is null;
    }

    /// <summary>Transforms the value of a successful result; a failure is passed on.</summary>
    /// <typeparam name="TTarget">The new value type.</typeparam>
    /// <param name="projection">The transformation.</param>
    /// <returns>The new result.</returns>
    public Result<TTarget> Map<TTarget>(Func<T, TTarget> projection)
    {
        ArgumentNullException.ThrowIfNull(projection);
        return _error is null ? Result<TTarget>.ForValue(projection(_value)) : Result<TTarget>.ForError(_error);
    }

    /// <summary>Chains another operation that can be refused; a failure is passed on.</summary>
    /// <typeparam name="TTarget">The new value type.</typeparam>
    /// <param name="next">The next operation.</param>
    /// <returns>The result of <paramref name="next"/>, or this failure.</returns>
    public Result<TTarget> Bind<TTarget>(Func<T, Result<TTarget>> next)
    {
        ArgumentNullException.ThrowIfNull(next);
        return _error is null ? next(_value) : Result<TTarget>.ForError(_error);
    }

    /// <summary>Passes this failure on as a result of another type.</summary>
    /// <typeparam name="TTarget">The new value type.</typeparam>
    /// <returns>The failure.</returns>
    /// <exception cref="InvalidOperationException">This result is a success.</exception>
    public Result<TTarget> ConvertError<TTarget>() =>
        _error is null ? throw new InvalidOperationException("Only a failure can be converted.") : Result<TTarget>.ForError(_error);

    /// <summary>Calls one of two functions depending on the outcome.</summary>
    /// <typeparam name="TResult">The type returned.</typeparam>
    /// <param name="onSuccess">Called with the value.</param>
    /// <param name="onFailure">Called with the error.</param>
    /// <returns>What the called function returned.</returns>
    public TResult Match<TResult>(Func<T, TResult> onSuccess, Func<DomainError, TResult> onFailure)
    {
        ArgumentNullException.ThrowIfNull(onSuccess);
        ArgumentNullException.ThrowIfNull(onFailure);
        return _error is null ? onSuccess(_value) : onFailure(_error);
    }

    /// <inheritdoc />
    public override string ToString() => _error is null ? "Success" : "Failure: " + _error.Code;
}
