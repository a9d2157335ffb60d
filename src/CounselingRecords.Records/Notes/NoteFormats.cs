using System.Collections.Immutable;

namespace CounselingRecords.Records.Notes;

/// <summary>
/// The sections of each note format, in the order they are written and shown. Every section of the chosen
/// format is required before a note can be signed; a section of another format is refused.
/// </summary>
public static class NoteFormats
{
    private static readonly ImmutableArray<NoteSection> Soap = [NoteSection.Subjective, NoteSection.Objective, NoteSection.Assessment, NoteSection.Plan];
    private static readonly ImmutableArray<NoteSection> Dap = [NoteSection.Data, NoteSection.Assessment, NoteSection.Plan];
    private static readonly ImmutableArray<NoteSection> Birp = [NoteSection.Behavior, NoteSection.Intervention, NoteSection.Response, NoteSection.Plan];
    private static readonly ImmutableArray<NoteSection> Girp = [NoteSection.Goal, NoteSection.Intervention, NoteSection.Response, NoteSection.Plan];

    /// <summary>Returns the sections of a format in order.</summary>
    /// <param name="format">The format.</param>
    /// <returns>The sections.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The format is not defined.</exception>
    public static ImmutableArray<NoteSection> SectionsOf(NoteFormat format) => format switch
    {
        NoteFormat.Soap => Soap,
        NoteFormat.Dap => Dap,
        NoteFormat.Birp => Birp,
        NoteFormat.Girp => Girp,
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown note format."),
    };

    /// <summary>Returns whether a section belongs to a format.</summary>
    /// <param name="format">The format.</param>
    /// <param name="section">The section.</param>
    /// <returns><see langword="true"/> when it does.</returns>
    public static bool Contains(NoteFormat format, NoteSection section) => Enum.IsDefined(format) && SectionsOf(format).Contains(section);
}
