using CounselingRecords.Identity;
using NodaTime;

namespace CounselingRecords.Records.AccessControl;

/// <summary>
/// A client's specific authorization to use or disclose psychotherapy notes (R7.2, 45 CFR 164.508(a)(2)): whose
/// notes, one note or all of them, for what purpose, to whom, until when, and when it was signed. It stands alone:
/// a psychotherapy-notes authorization is not combined with another kind, and treatment or payment is never
/// conditioned on it.
/// </summary>
/// <remarks>The purpose and recipient are written to the audit trail with each access; they carry no clinical content.</remarks>
public sealed record PsychotherapyNoteAuthorization
{
    /// <summary>Initializes a new instance of the <see cref="PsychotherapyNoteAuthorization"/> class.</summary>
    /// <param name="clientId">The client who signed it (whose notes it covers).</param>
    /// <param name="noteId">The one note it covers, or <see langword="null"/> for all the client's psychotherapy notes.</param>
    /// <param name="purpose">The purpose stated on it.</param>
    /// <param name="recipient">Who may receive or use the notes.</param>
    /// <param name="expiresAt">When it expires (uses at or after this instant are not covered).</param>
    /// <param name="signedAt">When the client signed it.</param>
    /// <exception cref="ArgumentException">A value is missing, or it expires before it was signed.</exception>
    public PsychotherapyNoteAuthorization(ClientId clientId, PsychotherapyNoteId? noteId, string purpose, string recipient, Instant expiresAt, Instant signedAt)
    {
        clientId.Require(nameof(clientId));
        ArgumentException.ThrowIfNullOrWhiteSpace(purpose);
        ArgumentException.ThrowIfNullOrWhiteSpace(recipient);
        if (expiresAt <= signedAt)
        {
            throw new ArgumentException("An authorization expires after it was signed.", nameof(expiresAt));
        }

        ClientId = clientId;
        NoteId = noteId;
        Purpose = purpose;
        Recipient = recipient;
        ExpiresAt = expiresAt;
        SignedAt = signedAt;
    }

    /// <summary>Gets the client whose notes it covers.</summary>
    public ClientId ClientId { get; }

    /// <summary>Gets the one note covered, or <see langword="null"/> for all the client's psychotherapy notes.</summary>
    public PsychotherapyNoteId? NoteId { get; }

    /// <summary>Gets the purpose.</summary>
    public string Purpose { get; }

    /// <summary>Gets the recipient.</summary>
    public string Recipient { get; }

    /// <summary>Gets when it expires.</summary>
    public Instant ExpiresAt { get; }

    /// <summary>Gets when it was signed.</summary>
    public Instant SignedAt { get; }

    /// <summary>Returns why it does not cover an access, or <see langword="null"/> when it does.</summary>
    /// <param name="resource">The psychotherapy note.</param>
    /// <param name="recipient">The recipient of the access (required for a disclosure), compared ignoring case.</param>
    /// <param name="at">When the access happens.</param>
    /// <returns>The reason it does not cover it, or <see langword="null"/>.</returns>
    public string? WhyNotCovering(RecordAccessFacts resource, string? recipient, Instant at)
    {
        ArgumentNullException.ThrowIfNull(resource);
        if (resource.ClientId != ClientId)
        {
            return $"the authorization was signed for client {ClientId}, not {resource.ClientId}";
        }

        if (NoteId is { } note && !string.Equals(note.ToString(), resource.Record.RecordId, StringComparison.Ordinal))
        {
            return $"the authorization covers note {note} only";
        }

        if (at < SignedAt)
        {
            return "the authorization was not signed yet";
        }

        if (at >= ExpiresAt)
        {
            return $"the authorization expired at {ExpiresAt}";
        }

        if (recipient is not null && !string.Equals(recipient.Trim(), Recipient.Trim(), StringComparison.OrdinalIgnoreCase))
        {
            return "the recipient is not the one the authorization names";
        }

        return null;
    }

    /// <inheritdoc />
    public override string ToString() => $"PsychotherapyNoteAuthorization for {ClientId} ({(NoteId is { } n ? n.ToString() : "all notes")})";
}
