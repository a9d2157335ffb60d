namespace CounselingRecords.Identity;

/// <summary>Identifies a payment received from a client, an insurer or another party. Text form: <c>pay_</c> followed by 32 lowercase hex digits.</summary>
/// <param name="Value">The wrapped value.</param>
public readonly record struct PaymentId(Guid Value) : IStronglyTypedId<PaymentId>
{
    /// <inheritdoc />
    public static string Prefix => "pay";

    /// <inheritdoc />
    public static PaymentId FromGuid(Guid value) => new(value);

    /// <summary>Parses the text form, for example <c>pay_0c2d4f1e9a8b4c7d8e6f5a4b3c2d1e0f</c>.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The id.</returns>
    /// <exception cref="FormatException">The text is not a <see cref="PaymentId"/>.</exception>
    public static PaymentId Parse(string text) => StronglyTypedId.Parse<PaymentId>(text);

    /// <summary>Tries to parse the text form.</summary>
    /// <param name="text">The text.</param>
    /// <param name="id">The id, when parsing succeeded.</param>
    /// <returns><see langword="true"/> when the text is a non-empty <see cref="PaymentId"/>.</returns>
    public static bool TryParse(string? text, out PaymentId id) => StronglyTypedId.TryParse(text, out id);

    /// <summary>Returns the text form.</summary>
    /// <returns>The text form.</returns>
    public override string ToString() => StronglyTypedId.Format(this);
}
