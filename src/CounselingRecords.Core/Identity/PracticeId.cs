namespace CounselingRecords.Identity;

/// <summary>Identifies a practice (the organization that keeps the records). Text form: <c>prac_</c> followed by 32 lowercase hex digits.</summary>
/// <param name="Value">The wrapped value.</param>
public readonly record struct PracticeId(Guid Value) : IStronglyTypedId<PracticeId>
{
    /// <inheritdoc />
    public static string Prefix => "prac";

    /// <inheritdoc />
    public static PracticeId FromGuid(Guid value) => new(value);

    /// <summary>Parses the text form, for example <c>prac_0c2d4f1e9a8b4c7d8e6f5a4b3c2d1e0f</c>.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The id.</returns>
    /// <exception cref="FormatException">The text is not a <see cref="PracticeId"/>.</exception>
    public static PracticeId Parse(string text) => StronglyTypedId.Parse<PracticeId>(text);

    /// <summary>Tries to parse the text form.</summary>
    /// <param name="text">The text.</param>
    /// <param name="id">The id, when parsing succeeded.</param>
    /// <returns><see langword="true"/> when the text is a non-empty <see cref="PracticeId"/>.</returns>
    public static bool TryParse(string? text, out PracticeId id) => StronglyTypedId.TryParse(text, out id);

    /// <summary>Returns the text form.</summary>
    /// <returns>The text form.</returns>
    public override string ToString() => StronglyTypedId.Format(this);
}
