namespace CounselingRecords.Finance;

/// <summary>
/// Thrown when two amounts of different currencies are combined. Combining currencies is a programming
/// error: convert explicitly first.
/// </summary>
public sealed class CurrencyMismatchException : ArgumentException
{
    /// <summary>Initializes a new instance of the <see cref="CurrencyMismatchException"/> class.</summary>
    public CurrencyMismatchException()
        : base("Amounts of different currencies cannot be combined.")
    {
    }

    /// <summary>Initializes a new instance of the <see cref="CurrencyMismatchException"/> class.</summary>
    /// <param name="message">The message.</param>
    public CurrencyMismatchException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="CurrencyMismatchException"/> class.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public CurrencyMismatchException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="CurrencyMismatchException"/> class.</summary>
    /// <param name="expected">The currency of the left operand.</param>
    /// <param name="actual">The currency of the right operand.</param>
    public CurrencyMismatchException(Currency expected, Currency actual)
        : base($"Amounts in {expected} and {actual} cannot be combined.")
    {
        Expected = expected;
        Actual = actual;
    }

    /// <summary>Gets the currency of the left operand.</summary>
    public Currency Expected { get; }

    /// <summary>Gets the currency of the right operand.</summary>
    public Currency Actual { get; }
}
