using System.Diagnostics.CodeAnalysis;
using CounselingRecords.Coding;
using CounselingRecords.Serialization.SystemTextJson.Converters;
using NodaTime;

namespace CounselingRecords.Serialization.SystemTextJson.Indexing;

/// <summary>Encodes values for indexed columns so that equality and order survive in any store.</summary>
internal static class IndexEncoding
{
    private static readonly LocalDate Epoch = new(1970, 1, 1);

    /// <summary>Finds the encoding of a member type, or null when it cannot be indexed without an explicit encoder.</summary>
    public static (IndexValueKind Kind, Func<object, object> Encode)? For(Type type)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        if (t == typeof(string))
        {
            return (IndexValueKind.Text, v => (string)v);
        }

        if (t.IsEnum)
        {
            return (IndexValueKind.Text, v => v.ToString()!);
        }

        if (StronglyTypedIdJsonConverterFactory.SupportedTypes.Contains(t))
        {
            return (IndexValueKind.Text, v => ((IFormattable)v).ToString(null, System.Globalization.CultureInfo.InvariantCulture));
        }

        if (t == typeof(DiagnosisCode))
        {
            return (IndexValueKind.Text, v => ((DiagnosisCode)v).Value);
        }

        if (t == typeof(bool))
        {
            return (IndexValueKind.Integer, v => (bool)v ? 1L : 0L);
        }

        if (t == typeof(int) || t == typeof(long) || t == typeof(short) || t == typeof(byte) || t == typeof(sbyte) || t == typeof(ushort) || t == typeof(uint))
        {
            return (IndexValueKind.Integer, v => Convert.ToInt64(v, System.Globalization.CultureInfo.InvariantCulture));
        }

        if (t == typeof(Instant))
        {
            return (IndexValueKind.Integer, v => ((Instant)v).ToUnixTimeTicks());
        }

        if (t == typeof(LocalDate))
        {
            return (IndexValueKind.Integer, v => (long)Period.DaysBetween(Epoch, (LocalDate)v));
        }

        if (t == typeof(LocalDateTime))
        {
            return (IndexValueKind.Integer, v => ((LocalDateTime)v).InUtc().ToInstant().ToUnixTimeTicks());
        }

        return null;
    }

    /// <summary>
    /// Finds the encoding of a list member (<see cref="IndexValueKind.TextSet"/>): any <see cref="IEnumerable{T}"/>
    /// whose items have a text encoding. Null for other types.
    /// </summary>
    public static (Type ItemType, Func<object, object> EncodeItem, Func<object, object?> Encode)? ForSet([DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.Interfaces)] Type type)
    {
        if (type == typeof(string))
        {
            return null;
        }

        var enumerable = (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IEnumerable<>) ? type : null)
            ?? type.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>));
        if (enumerable is null)
        {
            return null;
        }

        var itemType = enumerable.GetGenericArguments()[0];
        if (For(itemType) is not { Kind: IndexValueKind.Text } item)
        {
            return null;
        }

        var encodeItem = item.Encode;
        return (itemType, encodeItem, list => EncodeSet((System.Collections.IEnumerable)list, encodeItem));
    }

    /// <summary>The search token of one item of a set column: <c>|item|</c> with <c>|</c> and <c>\</c> escaped.</summary>
    public static string SetToken(string itemText) => "|" + Escape(itemText) + "|";

    private static string? EncodeSet(System.Collections.IEnumerable items, Func<object, object> encodeItem)
    {
        var texts = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            if (item is not null)
            {
                texts.Add(Escape((string)encodeItem(item)));
            }
        }

        return texts.Count == 0 ? null : "|" + string.Join('|', texts) + "|";
    }

    private static string Escape(string text) =>
        text.Contains('|', StringComparison.Ordinal) || text.Contains('\\', StringComparison.Ordinal)
            ? text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("|", "\\|", StringComparison.Ordinal)
            : text;
}
