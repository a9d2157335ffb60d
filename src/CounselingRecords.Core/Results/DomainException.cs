namespace CounselingRecords.Results;

/// <summary>
/// Carries a <see cref="DomainError"/> out of code that chose to throw instead of returning a
/// <see cref="Result{T}"/> (for example <see cref="Result{T}.GetValueOrThrow"/>).
/// </summary>
public sealed class DomainException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="DomainException"/> class.</summary>
    public DomainException()
        : this(new DomainError(CoreErrorCodes.Unspecified, "The operation was refused."))
    {
    }

    /// <summary>Initializes a new instance of the <see cref="DomainException"/> class.</summary>
    /// <param name="message">The message.</param>
    public DomainException(string message)
        : this(new DomainError(CoreErrorCodes.Unspecified, message))
    {
    }

    /// <summary>Initializes a new instance of the <see cref="DomainException"/> class.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public DomainException(string message, Exception innerException)
        : base(message, innerException)
    {
        Error = new DomainError(CoreErrorCodes.Unspecified, message);
    }

    /// <summary>Initializes a new instance of the <see cref="DomainException"/> class.</summary>
    /// <param name="error">The error.</param>
    public DomainException(DomainError error)
        : base((error ?? throw new ArgumentNullException(nameof(error))).ToString())
    {
        Error = error;
    }

    /// <summary>Gets the error.</summary>
    public DomainError Error { get; }

    /// <summary>Gets the stable code of the error.</summary>
    public string Code => Error.Code;
}
