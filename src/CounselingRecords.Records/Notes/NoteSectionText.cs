using CounselingRecords.Privacy;

namespace CounselingRecords.Records.Notes;

/// <summary>The text of one narrative section of a session note.</summary>
[ProtectedHealthInformation]
public sealed class NoteSectionText
{
    /// <summary>Initializes a new instance of the <see cref="NoteSectionText"/> class.</summary>
    /// <param name="section">The section.</param>
    /// <param name="text">The text.</param>
    public NoteSectionText(NoteSection section, string text)
    {
        Section = section;
        Text = text;
    }

    /// <summary>Gets the section.</summary>
    public NoteSection Section { get; }

    /// <summary>Gets the text.</summary>
    public string Text { get; }

    /// <inheritdoc />
    public override string ToString() => $"NoteSectionText ({Section})";
}
