namespace CounselingRecords.Identity;

/// <summary>Identifies a psychotherapy note, kept apart from the progress note (45 CFR 164.501). Text form: <c>ptn_</c> followed by 32 lowercase hex digits.</summary>
/// <param name="Value">The wrapped value.</param>
public readonly record struct PsychotherapyNoteId(Guid Value) : IStronglyTypedId<PsychotherapyNoteId>
{
    /// <inheritdoc />
    public static string Prefix => "ptn";

    /// <inheritdoc />
    public static PsychotherapyNoteId FromGuid(Guid value) => new(value);

    /// <summary>Parses the text form, for example <c>ptn_0c2d4f1e9a8b4c7d8e6f5a4b3c2d1e0f</c>.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The id.</returns>
    /// <exception cref="FormatException">The text is not a <see cref="PsychotherapyNoteId"/>.</exception>
    public static PsychotherapyNoteId Parse(string text) => StronglyTypedId.Parse<PsychotherapyNoteId>(text);

    /// <summary>Tries to parse the text form.</summary>
    /// <param name="text">The text.</param>
    /// <param name="id">The id, when parsing succeeded.</param>
    /// <returns><see langword="true"/> when the text is a non-empty <see cref="PsychotherapyNoteId"/>.</returns>
    public static bool TryParse(string? text, out PsychotherapyNoteId id) => StronglyTypedId.TryParse(text, out id);

    /// <summary>Returns the text form.</summary>
    /// <returns>The text form.</returns>
    public override string ToString() => StronglyTypedId.Format(this);
}
