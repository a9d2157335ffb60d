using Ardalis.Specification;
using CounselingRecords.Identity;
using CounselingRecords.Records.PsychotherapyNotes;

namespace CounselingRecords.Records.Specifications;

/// <summary>
/// An author's psychotherapy notes, optionally for one client, in session order. Psychotherapy notes are only ever
/// listed by author: there is deliberately no query by client alone (R7.2).
/// </summary>
public sealed class PsychotherapyNotesByAuthorSpec : Specification<PsychotherapyNote>
{
    /// <summary>Initializes a new instance of the <see cref="PsychotherapyNotesByAuthorSpec"/> class.</summary>
    /// <param name="authorId">The author.</param>
    /// <param name="clientId">Only this client's, or all the author's.</param>
    public PsychotherapyNotesByAuthorSpec(ClinicianId authorId, ClientId? clientId = null)
    {
        Query.Where(n => n.AuthorId == authorId);
        if (clientId is { } client)
        {
            Query.Where(n => n.ClientId == client);
        }

        Query.OrderBy(n => n.SessionDate);
    }
}
