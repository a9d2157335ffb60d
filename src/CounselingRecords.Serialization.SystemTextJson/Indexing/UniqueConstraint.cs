namespace CounselingRecords.Serialization.SystemTextJson.Indexing;

/// <summary>
/// A claim that at most one stored aggregate may hold at a time, for example a clinician's time slot. Each
/// aggregate states its claim as text (or none); a store refuses a write whose claim another aggregate holds
/// with the typed concurrency conflict, and writes nothing.
/// </summary>
/// <param name="Name">The constraint name (lower-case snake case, for example <c>slot</c>).</param>
public sealed record UniqueConstraint(string Name)
{
    /// <summary>Gets the column that holds the claim (<c>uq_</c> + the name).</summary>
    public string Column => "uq_" + Name;
}
