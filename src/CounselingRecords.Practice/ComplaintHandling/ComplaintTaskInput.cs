using System.Collections.Immutable;
using CounselingRecords.Policies.Complaints;
using CounselingRecords.Practice.Tasks;
using NodaTime;

namespace CounselingRecords.Practice.ComplaintHandling;

/// <summary>What opening a complaint's tasks needs.</summary>
/// <param name="Complaint">The complaint, received or acknowledged.</param>
/// <param name="OpenTasks">The open tasks about the complaint (so no task is opened twice).</param>
/// <param name="At">When the tasks are opened.</param>
/// <param name="Zone">The practice's zone (the date a collections hold starts).</param>
[CounselingRecords.Privacy.ProtectedHealthInformation]
public sealed record ComplaintTaskInput(Complaint Complaint, ImmutableArray<PracticeTask> OpenTasks, Instant At, DateTimeZone Zone)
{
    /// <inheritdoc />
    public override string ToString() => $"ComplaintTaskInput {Complaint?.Id}";
}
