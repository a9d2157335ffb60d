using Ardalis.Specification;
using CounselingRecords.Identity;
using CounselingRecords.Records.Notes;
using CounselingRecords.Records.Signing;
using NodaTime;

namespace CounselingRecords.Records.Specifications;

/// <summary>
/// The documentation-due queue: unsigned session notes (draft or returned for revision) that are due by
/// <c>dueBy</c> under the policy's "due within N hours" (due = session end + N hours), oldest first, optionally for
/// one author. Use <c>dueBy = now</c> for what is overdue and <c>now + 24 h</c> for what falls due within a day.
/// </summary>
public sealed class DocumentationDueSpec : Specification<SessionNote>
{
    /// <summary>Initializes a new instance of the <see cref="DocumentationDueSpec"/> class.</summary>
    /// <param name="dueBy">Include notes due at or before this instant.</param>
    /// <param name="policy">The documentation policy.</param>
    /// <param name="authorId">Only this author's notes, or every author's.</param>
    public DocumentationDueSpec(Instant dueBy, DocumentationPolicy policy, ClinicianId? authorId = null)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var endedBy = dueBy - policy.DueWithin;
        Query.Where(n => (n.Status == DocumentStatus.Draft || n.Status == DocumentStatus.ReturnedForRevision) && n.EndedAt <= endedBy);
        if (authorId is { } author)
        {
            Query.Where(n => n.AuthorId == author);
        }

        Query.OrderBy(n => n.EndedAt);
    }
}
