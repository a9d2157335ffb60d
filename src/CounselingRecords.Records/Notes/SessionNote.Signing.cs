using System.Collections.Immutable;
using CounselingRecords.Coding;
using CounselingRecords.Identity;
using CounselingRecords.Records.Amendments;
using CounselingRecords.Records.Clinical;
using CounselingRecords.Records.Signing;
using CounselingRecords.Results;
using CounselingRecords.Validation;
using NodaTime;

namespace CounselingRecords.Records.Notes;

/// <content>Signing, supervision, addenda, verification and the billing facts.</content>
public sealed partial class SessionNote
{
    private static readonly SessionNoteSigningValidator SigningValidator = new();

    /// <summary>
    /// Signs the note as its author (R7.6) after checking it is complete (R7.5). Refused before the session ended,
    /// and after the policy's signature window: then the author attests instead (<see cref="Attest"/>). A note signed
    /// after its documentation was due is marked a late entry with its service and written dates (R7.7).
    /// </summary>
    /// <param name="signer">The author's signing identity.</param>
    /// <param name="signedAt">When.</param>
    /// <param name="policy">The documentation policy (default <see cref="DocumentationPolicy.Default"/>).</param>
    /// <returns>The signed (or pending co-sign) note, or the reason it was refused.</returns>
    public Result<SessionNote> Sign(SignerIdentity? signer, Instant signedAt, DocumentationPolicy? policy = null) =>
        Authenticate(signer, signedAt, policy ?? DocumentationPolicy.Default, attest: false, null);

    /// <summary>
    /// Authenticates a note whose signature window has passed with an attestation statement, since a late
    /// signature is never added to an unsigned note (R7.6). The note is complete-checked like any signature and
    /// marked a late entry.
    /// </summary>
    /// <param name="signer">The author's signing identity.</param>
    /// <param name="attestedAt">When.</param>
    /// <param name="policy">The documentation policy (default <see cref="DocumentationPolicy.Default"/>).</param>
    /// <param name="statement">The attestation text; a standard statement naming the signer and date of service when omitted.</param>
    /// <returns>The attested (or pending co-sign) note, or the reason it was refused.</returns>
    public Result<SessionNote> Attest(SignerIdentity? signer, Instant attestedAt, DocumentationPolicy? policy = null, string? statement = null) =>
        Authenticate(signer, attestedAt, policy ?? DocumentationPolicy.Default, attest: true, statement);

    /// <summary>Co-signs the note as the designated supervisor.</summary>
    /// <param name="supervisor">The supervisor's signing identity.</param>
    /// <param name="coSignedAt">When.</param>
    /// <param name="comment">An optional review comment.</param>
    /// <returns>The co-signed note, or the reason it was refused.</returns>
    public Result<SessionNote> CoSign(SignerIdentity? supervisor, Instant coSignedAt, string? comment = null) =>
        DocumentWorkflow.CoSign(State, ToReference(), AuthorId, supervisor, coSignedAt, ToSignedContent(), comment)
            .Map(state => Copy(state, LateEntry, Version));

    /// <summary>Returns the note to its author for revision with the supervisor's comment; the author's signature is set aside (its hash stays in the review).</summary>
    /// <param name="supervisor">The supervisor's signing identity.</param>
    /// <param name="comment">What to revise.</param>
    /// <param name="returnedAt">When.</param>
    /// <returns>The note, editable again, or the reason it was refused.</returns>
    public Result<SessionNote> ReturnForRevision(SignerIdentity? supervisor, string? comment, Instant returnedAt) =>
        DocumentWorkflow.ReturnForRevision(State, ToReference(), AuthorId, supervisor, comment, returnedAt)
            .Map(state => Copy(state, null, Version));

    /// <summary>Appends a signed addendum; the signed note stays exactly as it was (R7.7).</summary>
    /// <param name="author">The addendum author's signing identity.</param>
    /// <param name="draft">The addendum.</param>
    /// <param name="writtenAt">When.</param>
    /// <param name="ids">The id generator.</param>
    /// <returns>The note with the addendum, or the reason it was refused.</returns>
    public Result<SessionNote> AddAddendum(SignerIdentity? author, AddendumDraft? draft, Instant writtenAt, IIdGenerator ids) =>
        DocumentWorkflow.AddAddendum(State, ToReference(), author, draft, writtenAt, ids).Map(r => Copy(r.State, LateEntry, Version));

    /// <summary>Checks every signature and addendum against the note as it is now and names each record and field that no longer matches.</summary>
    /// <returns>The verification.</returns>
    public SignatureVerification Verify() => DocumentWorkflow.Verify(State, ToReference(), ToSignedContent());

    /// <summary>
    /// Returns the facts billing needs from a final (signed or co-signed) note: dates and times, minutes, modality,
    /// client location, service kind, participants, interactive complexity, E/M, diagnoses. No note content.
    /// Refused for a note that is not final: claims are not made from unsigned documentation (R7.6).
    /// </summary>
    /// <returns>The facts, or the reason they are not available.</returns>
    public Result<SessionServiceFacts> ToServiceFacts()
    {
        if (Status == DocumentStatus.PendingCoSign)
        {
            return new DomainError(RecordsErrorCodes.DocumentAwaitingCoSign, $"{ToReference()} awaits its supervisor's co-signature; it cannot be billed yet.", "R7.6", ToReference().ToString());
        }

        if (Status is not (DocumentStatus.Signed or DocumentStatus.CoSigned))
        {
            return new DomainError(RecordsErrorCodes.DocumentNotSigned, $"{ToReference()} is not signed; a claim is not made from unsigned documentation.", "R7.6", ToReference().ToString());
        }

        return new SessionServiceFacts(
            Id,
            ClientId,
            AuthorId,
            CoSignerId,
            AppointmentId,
            DateOfService,
            StartedAt,
            EndedAt,
            TimeZone,
            FaceToFaceMinutes(),
            ServiceKind,
            Modality,
            ClientLocation,
            TelehealthConsentConfirmed,
            Participants.ClientPresent,
            Participants.FamilyMemberCount(),
            Participants.GroupParticipantCount,
            InteractiveComplexity,
            EvaluationAndManagementPerformed,
            Diagnoses.Select(d => d.Code).ToImmutableArray(),
            (CoSignature ?? Signature)!.SignedAt,
            Signature!.ContentHash);
    }

    /// <summary>Returns the canonical signed content of the note as it is now (ADR 0010): every field except the signing workflow itself.</summary>
    /// <returns>The content.</returns>
    public SignedContent ToSignedContent() => BuildSignedContent(LateEntry);

    private SignedContent BuildSignedContent(LateEntry? lateEntry)
    {
        var builder = new SignedContentBuilder(RecordTypes.SessionNote, SignedContentEncoding, ToReference())
            .Field(nameof(ClientId), ClientId.ToString())
            .Field(nameof(AuthorId), AuthorId.ToString())
            .Field(nameof(CoSignerId), CoSignerId?.ToString())
            .Field(nameof(AppointmentId), AppointmentId?.ToString())
            .Field(nameof(Format), Format.ToString());
        foreach (var section in Sections)
        {
            builder.Field($"{nameof(Sections)}.{section.Section}", section.Text);
        }

        return builder
            .Field(nameof(ServiceKind), ServiceKind.ToString())
            .Field(nameof(StartedAt), StartedAt)
            .Field(nameof(EndedAt), EndedAt)
            .Field(nameof(TimeZone), TimeZone.Id)
            .Field(nameof(DateOfService), DateOfService)
            .Field(nameof(Modality), Modality.ToString())
            .Field(nameof(ClientLocation), ClientLocation.ToString())
            .Field(nameof(TelehealthConsentConfirmed), TelehealthConsentConfirmed)
            .Field(nameof(Participants), WriteParticipants)
            .Field(nameof(InteractiveComplexity), InteractiveComplexity.ToString())
            .Field(nameof(EvaluationAndManagementPerformed), EvaluationAndManagementPerformed)
            .Field(nameof(Diagnoses), f => CanonicalClinical.Write(f, Diagnoses))
            .Field(nameof(Interventions), Interventions)
            .Field(nameof(Symptoms), Symptoms)
            .Field(nameof(FunctionalStatus), FunctionalStatus)
            .Field(nameof(MentalStatus), MentalStatus)
            .Field(nameof(ObjectiveProgress), WriteObjectiveProgress)
            .Field(nameof(Risk), f => CanonicalClinical.Write(f, Risk))
            .Field(nameof(Measurements), f => CanonicalClinical.Write(f, Measurements))
            .Field(nameof(NextSessionDate), NextSessionDate)
            .Field(nameof(CarriedSafetyFlags), CarriedSafetyFlags.Select(k => (string?)k.ToString()))
            .Field(nameof(CreatedAt), CreatedAt)
            .Field(nameof(LastEditedAt), LastEditedAt)
            .Field(nameof(LateEntry), f => f
                .Add("service_date", lateEntry?.ServiceDate)
                .Add("written_on", lateEntry?.WrittenOn)
                .Add("written_at", lateEntry?.WrittenAt)
                .Add("due_at", lateEntry?.DueAt))
            .Build();
    }

    private static string DefaultAttestation(SignerIdentity signer, LocalDate dateOfService) =>
        $"I, {signer.Name}, {signer.Credentials}, attest that I personally provided the service documented in this note on {NodaTime.Text.LocalDatePattern.Iso.Format(dateOfService)} and that the documentation is accurate and complete.";

    private Result<SessionNote> Authenticate(SignerIdentity? signer, Instant at, DocumentationPolicy policy, bool attest, string? statement)
    {
        var reference = ToReference();
        if (DocumentWorkflow.CheckCanSign(State, reference, AuthorId, signer) is { } refused)
        {
            return refused;
        }

        if (at < EndedAt)
        {
            return new DomainError(RecordsErrorCodes.SignedBeforeSessionEnd, $"{reference} cannot be signed before the session ended.", "R7.6", reference.ToString());
        }

        if (at < LastEditedAt)
        {
            return new DomainError(RecordsErrorCodes.SignatureOutOfOrder, $"{reference} cannot be signed before its last edit.", null, reference.ToString());
        }

        var complete = SigningValidator.Check(this);
        if (complete.Failure)
        {
            return DocumentWorkflow.Incomplete(RecordsErrorCodes.NoteIncomplete, reference, "R7.5", complete.Error);
        }

        var signingDate = at.InZone(TimeZone).Date;
        var windowPassed = policy.LastSigningDate(DateOfService) is { } last && signingDate > last;
        if (!attest && windowPassed)
        {
            return new DomainError(
                RecordsErrorCodes.AttestationRequired,
                $"{reference}: the signature window ended on {policy.LastSigningDate(DateOfService)}; a late signature is not added to an unsigned note, attest instead.",
                "R7.6",
                reference.ToString());
        }

        if (attest && !windowPassed)
        {
            return new DomainError(RecordsErrorCodes.AttestationNotNeeded, $"{reference} is still within its signature window; sign it instead of attesting.", "R7.6", reference.ToString());
        }

        if (attest && statement is { Length: > TextLimits.Medium })
        {
            return new DomainError(RecordsErrorCodes.TextTooLong, "The attestation statement is too long.", "R7.6", nameof(statement));
        }

        var dueAt = policy.DueAt(EndedAt);
        var lateEntry = at > dueAt ? new LateEntry(DateOfService, signingDate, at, dueAt) : null;
        var state = DocumentWorkflow.ApplyAuthorSignature(
            State,
            BuildSignedContent(lateEntry),
            signer!,
            attest ? SignatureMeaning.Attested : SignatureMeaning.Authored,
            at,
            attest ? (string.IsNullOrWhiteSpace(statement) ? DefaultAttestation(signer!, DateOfService) : statement) : null);
        return Copy(state, lateEntry, Version);
    }

    private void WriteParticipants(Integrity.CanonicalForm form)
    {
        form.Add("client_present", Participants.ClientPresent).Add("others.count", Participants.Others.Length);
        for (var i = 0; i < Participants.Others.Length; i++)
        {
            form.Add(CanonicalClinical.Item(i, "kind"), Participants.Others[i].Kind.ToString())
                .Add(CanonicalClinical.Item(i, "relationship"), Participants.Others[i].Relationship);
        }

        form.Add("group_count", Participants.GroupParticipantCount?.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    private void WriteObjectiveProgress(Integrity.CanonicalForm form)
    {
        form.Add("count", ObjectiveProgress.Length);
        for (var i = 0; i < ObjectiveProgress.Length; i++)
        {
            form.Add(CanonicalClinical.Item(i, "objective"), ObjectiveProgress[i].ObjectiveId.ToString())
                .Add(CanonicalClinical.Item(i, "rating"), ObjectiveProgress[i].Rating.ToString())
                .Add(CanonicalClinical.Item(i, "comment"), ObjectiveProgress[i].Comment);
        }
    }
}
