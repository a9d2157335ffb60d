namespace CounselingRecords.Identity;

/// <summary>Identifies a service in the practice's service catalog. Text form: <c>svc_</c> followed by 32 lowercase hex digits.</summary>
/// <param name="Value">The wrapped value.</param>
public readonly record struct ServiceId(Guid Value) : IStronglyTypedId<ServiceId>
{
    /// <inheritdoc />
    public static string Prefix => "svc";

    /// <inheritdoc />
    public static ServiceId FromGuid(Guid value) => new(value);

    /// <summary>Parses the text form, for example <c>svc_0c2d4f1e9a8b4c7d8e6f5a4b3c2d1e0f</c>.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The id.</returns>
    /// <exception cref="FormatException">The text is not a <see cref="ServiceId"/>.</exception>
    public static ServiceId Parse(string text) => StronglyTypedId.Parse<ServiceId>(text);

    /// <summary>Tries to parse the text form.</summary>
    /// <param name="text">The text.</param>
    /// <param name="id">The id, when parsing succeeded.</param>
    /// <returns><see langword="true"/> when the text is a non-empty <see cref="ServiceId"/>.</returns>
    public static bool TryParse(string? text, out ServiceId id) => StronglyTypedId.TryParse(text, out id);

    /// <summary>Returns the text form.</summary>
    /// <returns>The text form.</returns>
    public override string ToString() => StronglyTypedId.Format(this);
}
