using System.Collections.Immutable;
using CounselingRecords.Privacy;

namespace CounselingRecords.Records.ProgressReports;

/// <summary>The editable narrative of a progress report draft: summary, recommendations and per-objective narratives.</summary>
[ProtectedHealthInformation]
public sealed class ProgressReportNarrative
{
    /// <summary>Initializes a new instance of the <see cref="ProgressReportNarrative"/> class.</summary>
    /// <param name="summary">The summary of the period.</param>
    /// <param name="recommendations">The recommendations.</param>
    /// <param name="objectives">Narratives per objective (objectives not listed keep theirs).</param>
    public ProgressReportNarrative(string? summary, string? recommendations, ImmutableArray<ObjectiveNarrative> objectives)
    {
        Summary = summary;
        Recommendations = recommendations;
        Objectives = objectives.IsDefault ? ImmutableArray<ObjectiveNarrative>.Empty : objectives;
    }

    /// <summary>Gets the summary.</summary>
    public string? Summary { get; }

    /// <summary>Gets the recommendations.</summary>
    public string? Recommendations { get; }

    /// <summary>Gets the per-objective narratives.</summary>
    public ImmutableArray<ObjectiveNarrative> Objectives { get; }

    /// <inheritdoc />
    public override string ToString() => "ProgressReportNarrative";
}
