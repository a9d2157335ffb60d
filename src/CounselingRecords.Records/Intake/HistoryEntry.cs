using CounselingRecords.Privacy;

namespace CounselingRecords.Records.Intake;

/// <summary>The text of one history section of an intake.</summary>
[ProtectedHealthInformation]
public sealed class HistoryEntry
{
    /// <summary>Initializes a new instance of the <see cref="HistoryEntry"/> class.</summary>
    /// <param name="section">The section.</param>
    /// <param name="text">What was found (write "none reported" rather than leave it out).</param>
    public HistoryEntry(HistorySection section, string text)
    {
        Section = section;
        Text = text;
    }

    /// <summary>Gets the section.</summary>
    public HistorySection Section { get; }

    /// <summary>Gets the text.</summary>
    public string Text { get; }

    /// <inheritdoc />
    public override string ToString() => $"HistoryEntry ({Section})";
}
