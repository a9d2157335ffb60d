namespace CounselingRecords.Serialization.SystemTextJson.Indexing;

/// <summary>How a store evaluates one specification: the pre-filter on indexed columns, then the full specification in memory.</summary>
/// <param name="Specification">The specification type name.</param>
/// <param name="Source">Where the pre-filter comes from.</param>
/// <param name="Filter">The pre-filter.</param>
public sealed record PreFilterPlan(string Specification, PreFilterSource Source, IndexFilter Filter)
{
    /// <summary>Returns one line for the documentation, for example <c>VisitsForClinicianDaySpec: clinician_id = ? AND start &gt;= ? AND start &lt;= ? (translated), then the full specification in memory</c>.</summary>
    /// <returns>The line.</returns>
    public override string ToString() => Source == PreFilterSource.None
        ? $"{Specification}: no pre-filter (every document of the type), then the full specification in memory"
        : $"{Specification}: {Filter} ({Source.ToString().ToLowerInvariant()}), then the full specification in memory";
}
