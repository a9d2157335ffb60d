namespace CounselingRecords.Identity;

/// <summary>Identifies a user account that acts in the system (staff member, clinician, client or service). Text form: <c>usr_</c> followed by 32 lowercase hex digits.</summary>
/// <param name="Value">The wrapped value.</param>
public readonly record struct UserId(Guid Value) : IStronglyTypedId<UserId>
{
    /// <inheritdoc />
    public static string Prefix => "usr";

    /// <inheritdoc />
    public static UserId FromGuid(Guid value) => new(value);

    /// <summary>Parses the text form, for example <c>usr_0c2d4f1e9a8b4c7d8e6f5a4b3c2d1e0f</c>.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The id.</returns>
    /// <exception cref="FormatException">The text is not a <see cref="UserId"/>.</exception>
    public static UserId Parse(string text) => StronglyTypedId.Parse<UserId>(text);

    /// <summary>Tries to parse the text form.</summary>
    /// <param name="text">The text.</param>
    /// <param name="id">The id, when parsing succeeded.</param>
    /// <returns><see langword="true"/> when the text is a non-empty <see cref="UserId"/>.</returns>
    public static bool TryParse(string? text, out UserId id) => StronglyTypedId.TryParse(text, out id);

    /// <summary>Returns the text form.</summary>
    /// <returns>The text form.</returns>
    public override string ToString() => StronglyTypedId.Format(this);
}
