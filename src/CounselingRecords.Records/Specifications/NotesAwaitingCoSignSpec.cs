using Ardalis.Specification;
using CounselingRecords.Identity;
using CounselingRecords.Records.Notes;
using CounselingRecords.Records.Signing;

namespace CounselingRecords.Records.Specifications;

/// <summary>A supervisor's co-sign queue: session notes signed by their supervisees and awaiting their co-signature, oldest first.</summary>
public sealed class NotesAwaitingCoSignSpec : Specification<SessionNote>
{
    /// <summary>Initializes a new instance of the <see cref="NotesAwaitingCoSignSpec"/> class.</summary>
    /// <param name="supervisorId">The designated supervisor.</param>
    public NotesAwaitingCoSignSpec(ClinicianId supervisorId)
    {
        Query.Where(n => n.Status == DocumentStatus.PendingCoSign && n.CoSignerId == supervisorId).OrderBy(n => n.EndedAt);
    }
}
