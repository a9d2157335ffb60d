using CounselingRecords.Finance;

namespace CounselingRecords.Testing.Conformance.Visits;

/// <summary>A billed service line of a <see cref="ConformanceVisit"/>: a procedure code, units and the amount.</summary>
public sealed class ConformanceVisitLine : IEquatable<ConformanceVisitLine>
{
    /// <summary>Initializes a new instance of the <see cref="ConformanceVisitLine"/> class.</summary>
    /// <param name="procedureCode">A five-character procedure code, for example <c>90834</c>.</param>
    /// <param name="units">The units, 1 to 99.</param>
    /// <param name="amount">The amount, not negative.</param>
    public ConformanceVisitLine(string procedureCode, int units, Money amount)
    {
        ArgumentNullException.ThrowIfNull(procedureCode);
        if (procedureCode.Length != 5 || !procedureCode.All(char.IsAsciiLetterOrDigit))
        {
            throw new ArgumentException("A procedure code is five letters or digits.", nameof(procedureCode));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(units, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(units, 99);
        if (amount.IsNegative)
        {
            throw new ArgumentException("A line amount is not negative.", nameof(amount));
        }

        ProcedureCode = procedureCode;
        Units = units;
        Amount = amount;
    }

    /// <summary>Gets the procedure code.</summary>
    public string ProcedureCode { get; }

    /// <summary>Gets the units.</summary>
    public int Units { get; }

    /// <summary>Gets the amount.</summary>
    public Money Amount { get; }

    /// <summary>Compares two lines.</summary>
    /// <param name="left">The first line.</param>
    /// <param name="right">The second line.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(ConformanceVisitLine? left, ConformanceVisitLine? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two lines.</summary>
    /// <param name="left">The first line.</param>
    /// <param name="right">The second line.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(ConformanceVisitLine? left, ConformanceVisitLine? right) => !(left == right);

    /// <inheritdoc />
    public bool Equals(ConformanceVisitLine? other) =>
        other is not null && ProcedureCode == other.ProcedureCode && Units == other.Units
        && Amount.Amount == other.Amount.Amount && Amount.Amount.Scale == other.Amount.Amount.Scale && Amount.Currency == other.Amount.Currency;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ConformanceVisitLine);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(ProcedureCode, Units, Amount);

    /// <inheritdoc />
    public override string ToString() => $"{ProcedureCode} x{Units} {Amount}";
}
