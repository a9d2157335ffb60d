using CounselingRecords.Identity;
using CounselingRecords.Privacy;
using NodaTime;

namespace CounselingRecords.Records.PsychotherapyNotes;

/// <summary>A psychotherapy note as written.</summary>
[ProtectedHealthInformation]
public sealed class PsychotherapyNoteDraft
{
    /// <summary>Initializes a new instance of the <see cref="PsychotherapyNoteDraft"/> class.</summary>
    /// <param name="clientId">The client.</param>
    /// <param name="authorId">The author, the only person who may read it (R7.2).</param>
    /// <param name="appointmentId">The session it is about, if any.</param>
    /// <param name="sessionDate">The date of the session.</param>
    /// <param name="content">The process notes: the author's analysis of the conversation.</param>
    public PsychotherapyNoteDraft(ClientId clientId, ClinicianId authorId, AppointmentId? appointmentId, LocalDate sessionDate, string? content)
    {
        ClientId = clientId;
        AuthorId = authorId;
        AppointmentId = appointmentId;
        SessionDate = sessionDate;
        Content = content;
    }

    /// <summary>Gets the client.</summary>
    public ClientId ClientId { get; }

    /// <summary>Gets the author.</summary>
    public ClinicianId AuthorId { get; }

    /// <summary>Gets the session's appointment, if any.</summary>
    public AppointmentId? AppointmentId { get; }

    /// <summary>Gets the session date.</summary>
    public LocalDate SessionDate { get; }

    /// <summary>Gets the content.</summary>
    public string? Content { get; }

    /// <inheritdoc />
    public override string ToString() => $"PsychotherapyNoteDraft for {ClientId} by {AuthorId}";
}
