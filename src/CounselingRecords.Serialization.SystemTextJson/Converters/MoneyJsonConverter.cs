using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using CounselingRecords.Finance;

namespace CounselingRecords.Serialization.SystemTextJson.Converters;

/// <summary>
/// Writes <see cref="Money"/> as <c>{"amount":"12.35","currency":"USD"}</c>. The amount is a JSON string holding
/// the exact decimal as written by <see cref="decimal.ToString(IFormatProvider)"/> with the invariant culture
/// (scale kept: <c>"12.50"</c> stays 12.50), so no reader ever rounds it through a binary floating point
/// number. Reading accepts only <c>-?digits(.digits)?</c>: no exponent, no plus sign, no spaces, no JSON number.
/// </summary>
public sealed class MoneyJsonConverter : JsonConverter<Money>
{
    private const int MaxAmountLength = 64;

    /// <summary>Gets the shared instance.</summary>
    public static MoneyJsonConverter Instance { get; } = new();

    /// <inheritdoc />
    public override Money Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new CounselingRecordsJsonException(SerializationErrorCodes.WrongType, "Money is an object {\"amount\": \"12.35\", \"currency\": \"USD\"}.");
        }

        decimal? amount = null;
        Currency? currency = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var name = reader.GetString();
            reader.Read();
            switch (name)
            {
                case "amount" when amount is null:
                    amount = ReadAmount(ref reader);
                    break;
                case "currency" when currency is null:
                    currency = reader.TokenType == JsonTokenType.Null
                        ? throw new CounselingRecordsJsonException(SerializationErrorCodes.NullValue, "Money needs a currency.")
                        : CurrencyJsonConverter.Instance.Read(ref reader, typeof(Currency), options);
                    break;
                default:
                    throw new CounselingRecordsJsonException(SerializationErrorCodes.UnknownProperty, "Money has exactly the properties \"amount\" and \"currency\".");
            }
        }

        if (amount is null || currency is null)
        {
            throw new CounselingRecordsJsonException(SerializationErrorCodes.MissingValue, "Money needs both \"amount\" and \"currency\".");
        }

        return new Money(amount.Value, currency.Value);
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, Money value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        Currency currency;
        try
        {
            currency = value.Currency;
        }
        catch (InvalidOperationException)
        {
            throw new CounselingRecordsJsonException(SerializationErrorCodes.InvalidValue, "default(Money) has no currency and is not written.");
        }

        writer.WriteStartObject();
        writer.WriteString("amount", value.Amount.ToString(CultureInfo.InvariantCulture));
        writer.WritePropertyName("currency");
        CurrencyJsonConverter.Instance.Write(writer, currency, options);
        writer.WriteEndObject();
    }

    private static decimal ReadAmount(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new CounselingRecordsJsonException(SerializationErrorCodes.WrongType, "A money amount is a JSON string such as \"12.35\", never a JSON number.");
        }

        var length = reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length;
        if (length > MaxAmountLength)
        {
            throw new CounselingRecordsJsonException(SerializationErrorCodes.NumberOutOfRange, "The money amount has too many digits.");
        }

        Span<char> text = stackalloc char[MaxAmountLength];
        var written = reader.CopyString(text);
        text = text[..written];
        if (!IsPlainDecimal(text))
        {
            throw new CounselingRecordsJsonException(SerializationErrorCodes.InvalidValue, "A money amount is written as -?digits(.digits)?, for example \"12.35\".");
        }

        return decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount)
            && !LosesDigits(text, amount)
            ? amount
            : throw new CounselingRecordsJsonException(SerializationErrorCodes.NumberOutOfRange, "The money amount does not fit an exact decimal (at most 28-29 significant digits).");
    }

    private static bool IsPlainDecimal(ReadOnlySpan<char> text)
    {
        var i = text.Length > 0 && text[0] == '-' ? 1 : 0;
        var digitsBefore = 0;
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            i++;
            digitsBefore++;
        }

        if (digitsBefore == 0)
        {
            return false;
        }

        if (i == text.Length)
        {
            return true;
        }

        if (text[i] != '.')
        {
            return false;
        }

        i++;
        var digitsAfter = 0;
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            i++;
            digitsAfter++;
        }

        return digitsAfter > 0 && i == text.Length;
    }

    // decimal.TryParse silently rounds digits beyond its precision; an amount must come back exactly as written.
    private static bool LosesDigits(ReadOnlySpan<char> text, decimal amount)
    {
        Span<char> back = stackalloc char[MaxAmountLength];
        return !amount.TryFormat(back, out var written, default, CultureInfo.InvariantCulture)
            || !Normalize(back[..written]).SequenceEqual(Normalize(text));
    }

    private static ReadOnlySpan<char> Normalize(ReadOnlySpan<char> text)
    {
        var negative = text.Length > 0 && text[0] == '-';
        var digits = negative ? text[1..] : text;
        if (digits.Contains('.'))
        {
            digits = digits.TrimEnd('0').TrimEnd('.');
        }

        digits = digits.TrimStart('0');
        return digits.IsEmpty ? "0" : digits;
    }
}
