namespace CounselingRecords.Identity;

/// <summary>Identifies a client's request to inspect or receive a copy of their records (45 CFR 164.524). Text form: <c>acr_</c> followed by 32 lowercase hex digits.</summary>
/// <param name="Value">The wrapped value.</param>
public readonly record struct RecordAccessRequestId(Guid Value) : IStronglyTypedId<RecordAccessRequestId>
{
    /// <inheritdoc />
    public static string Prefix => "acr";

    /// <inheritdoc />
    public static RecordAccessRequestId FromGuid(Guid value) => new(value);

    /// <summary>Parses the text form, for example <c>acr_0c2d4f1e9a8b4c7d8e6f5a4b3c2d1e0f</c>.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The id.</returns>
    /// <exception cref="FormatException">The text is not a <see cref="RecordAccessRequestId"/>.</exception>
    public static RecordAccessRequestId Parse(string text) => StronglyTypedId.Parse<RecordAccessRequestId>(text);

    /// <summary>Tries to parse the text form.</summary>
    /// <param name="text">The text.</param>
    /// <param name="id">The id, when parsing succeeded.</param>
    /// <returns><see langword="true"/> when the text is a non-empty <see cref="RecordAccessRequestId"/>.</returns>
    public static bool TryParse(string? text, out RecordAccessRequestId id) => StronglyTypedId.TryParse(text, out id);

    /// <summary>Returns the text form.</summary>
    /// <returns>The text form.</returns>
    public override string ToString() => StronglyTypedId.Format(this);
}
