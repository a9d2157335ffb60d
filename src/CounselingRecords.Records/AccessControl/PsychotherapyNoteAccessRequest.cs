using NodaTime;

namespace CounselingRecords.Records.AccessControl;

/// <summary>
/// A use or disclosure of a psychotherapy note by someone other than its author, with its purpose (R7.2): the
/// authorization when the purpose is <see cref="PsychotherapyNoteAccessPurpose.SpecificAuthorization"/>, the
/// recipient of a disclosure, a justification (the legal matter, the statute, the oversight body; no clinical
/// content) and the instant. Checked by <see cref="PsychotherapyNoteAccessRequestValidator"/>; written to the audit trail.
/// </summary>
/// <param name="Purpose">The purpose.</param>
/// <param name="Authorization">The client's specific authorization (required for that purpose, ignored otherwise).</param>
/// <param name="Recipient">The recipient (required to disclose).</param>
/// <param name="Justification">Why, without clinical content.</param>
/// <param name="At">When the access happens.</param>
public sealed record PsychotherapyNoteAccessRequest(
    PsychotherapyNoteAccessPurpose Purpose,
    PsychotherapyNoteAuthorization? Authorization,
    string? Recipient,
    string? Justification,
    Instant At)
{
    /// <inheritdoc />
    public override string ToString() => $"PsychotherapyNoteAccessRequest ({Purpose})";
}
