using System.Collections.Immutable;
using System.Globalization;

namespace CounselingRecords.TreatmentPlans;

/// <summary>Small helpers shared inside the package.</summary>
internal static class Internal
{
    /// <summary>Formats an interpolated string with the invariant culture.</summary>
    public static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    /// <summary>Formats a number with the invariant culture and no trailing zeros beyond what it carries.</summary>
    public static string Num(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Formats a number with the invariant culture.</summary>
    public static string Num(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Formats a double with two decimals, invariant.</summary>
    public static string Num2(double value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>Returns the array, or an empty one for <c>default</c>.</summary>
    public static ImmutableArray<T> OrEmpty<T>(this ImmutableArray<T> items) => items.IsDefault ? ImmutableArray<T>.Empty : items;

    /// <summary>Compares two arrays element by element (default equals empty).</summary>
    public static bool SequenceEquals<T>(ImmutableArray<T> left, ImmutableArray<T> right) =>
        left.OrEmpty().AsSpan().SequenceEqual(right.OrEmpty().AsSpan());

    /// <summary>Hashes the elements of an array.</summary>
    public static int SequenceHash<T>(ImmutableArray<T> items)
    {
        var hash = default(HashCode);
        foreach (var item in items.OrEmpty())
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }

    /// <summary>Throws when a required text is missing.</summary>
    public static string Required(string? value, string parameterName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value, parameterName);
        return value;
    }

    /// <summary>Throws when an id is the empty id.</summary>
    public static TId NotEmpty<TId>(TId id, string parameterName)
        where TId : struct, Identity.IStronglyTypedId<TId>
    {
        if (id.Value == Guid.Empty)
        {
            throw new ArgumentException(Inv($"The {typeof(TId).Name} must not be empty."), parameterName);
        }

        return id;
    }

    /// <summary>Throws when an enum value is not defined.</summary>
    public static TEnum Defined<TEnum>(TEnum value, string parameterName)
        where TEnum : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            throw new ArgumentOutOfRangeException(parameterName, value, Inv($"The value is not a defined {typeof(TEnum).Name}."));
        }

        return value;
    }
}
