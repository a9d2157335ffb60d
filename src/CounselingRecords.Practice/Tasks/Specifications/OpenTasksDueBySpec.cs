using Ardalis.Specification;
using NodaTime;

namespace CounselingRecords.Practice.Tasks.Specifications;

/// <summary>Open tasks due at or before an instant (overdue and due now), earliest first.</summary>
public sealed class OpenTasksDueBySpec : Specification<PracticeTask>
{
    /// <summary>Initializes a new instance of the <see cref="OpenTasksDueBySpec"/> class.</summary>
    /// <param name="dueBy">The instant.</param>
    public OpenTasksDueBySpec(Instant dueBy)
    {
        DueBy = dueBy;
        Query.Where(t => t.Status == PracticeTaskStatus.Open && t.DueAt <= dueBy).OrderBy(t => t.DueAt);
    }

    /// <summary>Gets the instant.</summary>
    public Instant DueBy { get; }
}
