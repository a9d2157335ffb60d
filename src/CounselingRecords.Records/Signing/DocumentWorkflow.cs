using System.Collections.Immutable;
using CounselingRecords.Auditing;
using CounselingRecords.Identity;
using CounselingRecords.Records.Amendments;
using CounselingRecords.Records.Clinical;
using CounselingRecords.Results;
using CounselingRecords.Validation;
using NodaTime;

namespace CounselingRecords.Records.Signing;

/// <summary>The transitions every signable document shares: sign, co-sign, return for revision, addenda, verify.</summary>
internal static class DocumentWorkflow
{
    private static readonly SignerIdentityValidator SignerValidator = new();
    private static readonly AddendumDraftValidator AddendumValidator = new();

    public static DomainError? CheckEditable(SigningState state, RecordReference record) =>
        state.IsEditable
            ? null
            : new DomainError(
                RecordsErrorCodes.DocumentLocked,
                $"{record} is {state.Status} and locked; a signed record changes only by an addendum.",
                "R7.7",
                record.ToString());

    public static DomainError? CheckCanSign(SigningState state, RecordReference record, ClinicianId authorId, SignerIdentity? signer)
    {
        switch (state.Status)
        {
            case DocumentStatus.Signed or DocumentStatus.CoSigned:
                return new DomainError(RecordsErrorCodes.DocumentAlreadySigned, $"{record} is already signed.", "R7.7", record.ToString());
            case DocumentStatus.PendingCoSign:
                return new DomainError(RecordsErrorCodes.DocumentAwaitingCoSign, $"{record} is signed and awaiting co-signature.", null, record.ToString());
        }

        var check = SignerValidator.Check(signer);
        if (check.Failure)
        {
            return check.Error;
        }

        return signer!.ClinicianId != authorId
            ? new DomainError(RecordsErrorCodes.SignerNotAuthor, $"{record} is signed by its author {authorId}, not {signer.ClinicianId}.", "R7.6", record.ToString())
            : null;
    }

    public static DomainError Incomplete(string code, RecordReference record, string ruleId, Results.DomainError validation) =>
        new(code, $"{record} is not complete enough to sign ({validation.Details.Length} problem{(validation.Details.Length == 1 ? string.Empty : "s")}).", ruleId, record.ToString(), validation.Details);

    public static SigningState ApplyAuthorSignature(SigningState state, SignedContent content, SignerIdentity signer, SignatureMeaning meaning, Instant signedAt, string? statement)
    {
        var signature = Signature.Create(content, signer, meaning, signedAt, statement, null);
        return state with
        {
            Status = state.CoSignerId is null ? DocumentStatus.Signed : DocumentStatus.PendingCoSign,
            Signature = signature,
        };
    }

    public static Result<SigningState> CoSign(SigningState state, RecordReference record, ClinicianId authorId, SignerIdentity? supervisor, Instant at, SignedContent content, string? comment)
    {
        var error = CheckReviewer(state, record, authorId, supervisor, at);
        if (error is not null)
        {
            return error;
        }

        if (comment is { Length: > TextLimits.Medium })
        {
            return new DomainError(RecordsErrorCodes.TextTooLong, "The review comment is too long.", null, "comment");
        }

        var current = Verify(state, record, content);
        if (current.Outcome == VerificationOutcome.Tampered)
        {
            return new DomainError(RecordsErrorCodes.SignatureTampered, $"{record} no longer matches its author's signature and cannot be co-signed.", "R7.7", record.ToString());
        }

        var authorSignature = state.Signature!;
        var coSignature = Signature.Create(content, supervisor!, SignatureMeaning.CoSigned, at, null, authorSignature.SignatureHash);
        var review = new SupervisionReview(supervisor!.ClinicianId, ReviewOutcome.CoSigned, at, string.IsNullOrWhiteSpace(comment) ? null : comment, authorSignature.SignatureHash);
        return state with { Status = DocumentStatus.CoSigned, CoSignature = coSignature, Reviews = state.Reviews.Add(review) };
    }

    public static Result<SigningState> ReturnForRevision(SigningState state, RecordReference record, ClinicianId authorId, SignerIdentity? supervisor, string? comment, Instant at)
    {
        var error = CheckReviewer(state, record, authorId, supervisor, at);
        if (error is not null)
        {
            return error;
        }

        if (string.IsNullOrWhiteSpace(comment))
        {
            return new DomainError(RecordsErrorCodes.ReviewCommentRequired, $"Returning {record} for revision needs a comment for the author.", null, "comment");
        }

        if (comment.Length > TextLimits.Medium)
        {
            return new DomainError(RecordsErrorCodes.TextTooLong, "The review comment is too long.", null, "comment");
        }

        var review = new SupervisionReview(supervisor!.ClinicianId, ReviewOutcome.ReturnedForRevision, at, comment, state.Signature!.SignatureHash);
        return state with { Status = DocumentStatus.ReturnedForRevision, Signature = null, Reviews = state.Reviews.Add(review) };
    }

    public static Result<(SigningState State, Addendum Addendum)> AddAddendum(
        SigningState state,
        RecordReference record,
        SignerIdentity? author,
        AddendumDraft? draft,
        Instant at,
        IIdGenerator ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        if (state.Status == DocumentStatus.PendingCoSign)
        {
            return new DomainError(RecordsErrorCodes.DocumentAwaitingCoSign, $"{record} is awaiting co-signature; the supervisor returns it for revision instead.", null, record.ToString());
        }

        if (!state.IsFinal)
        {
            return new DomainError(RecordsErrorCodes.AddendumRequiresSignedRecord, $"{record} is not signed; edit the draft instead of adding an addendum.", "R7.7", record.ToString());
        }

        var signer = SignerValidator.Check(author);
        if (signer.Failure)
        {
            return signer.Error;
        }

        var input = AddendumValidator.Check(draft);
        if (input.Failure)
        {
            return input.Error;
        }

        var seal = state.LastSeal!;
        if (at < seal.SignedAt)
        {
            return new DomainError(RecordsErrorCodes.SignatureOutOfOrder, $"An addendum to {record} cannot be dated before the signature it follows.", "R7.7", record.ToString());
        }

        var addendum = Addendum.Create(ids.New<AddendumId>(), record, draft!, author!, at, state.Signature!.ContentHash, seal.SignatureHash);
        return (state with { Addenda = state.Addenda.Add(addendum) }, addendum);
    }

    public static SignatureVerification Verify(SigningState state, RecordReference record, SignedContent content)
    {
        if (state.Signature is null)
        {
            return new SignatureVerification(record, VerificationOutcome.Unsigned, ImmutableArray<FieldMismatch>.Empty);
        }

        var mismatches = ImmutableArray.CreateBuilder<FieldMismatch>();
        SignatureVerifier.Check(content, state.Signature, mismatches);
        if (state.CoSignature is { } coSignature)
        {
            SignatureVerifier.Check(content, coSignature, mismatches);
            if (coSignature.CountersignedHash != state.Signature.SignatureHash)
            {
                mismatches.Add(new FieldMismatch(record, "CoSignature", MismatchKind.SignatureAltered, SignatureMeaning.CoSigned));
            }
        }

        var preceding = (state.CoSignature ?? state.Signature).SignatureHash;
        foreach (var addendum in state.Addenda)
        {
            if (addendum.Amends != record || addendum.PrecedingHash != preceding || addendum.AmendedContentHash != state.Signature.ContentHash)
            {
                mismatches.Add(new FieldMismatch(record, "Addenda", MismatchKind.AddendumChainBroken, SignatureMeaning.Authored));
            }

            SignatureVerifier.Check(addendum.ToSignedContent(), addendum.Signature, mismatches);
            preceding = addendum.Signature.SignatureHash;
        }

        return new SignatureVerification(record, mismatches.Count == 0 ? VerificationOutcome.Intact : VerificationOutcome.Tampered, mismatches.ToImmutable());
    }

    private static DomainError? CheckReviewer(SigningState state, RecordReference record, ClinicianId authorId, SignerIdentity? supervisor, Instant at)
    {
        if (state.Status != DocumentStatus.PendingCoSign)
        {
            return new DomainError(RecordsErrorCodes.NotPendingCoSign, $"{record} is {state.Status}, not awaiting co-signature.", null, record.ToString());
        }

        var check = SignerValidator.Check(supervisor);
        if (check.Failure)
        {
            return check.Error;
        }

        if (supervisor!.ClinicianId == authorId)
        {
            return new DomainError(RecordsErrorCodes.CoSignerIsAuthor, $"The author of {record} cannot co-sign it.", null, record.ToString());
        }

        if (supervisor.ClinicianId != state.CoSignerId)
        {
            return new DomainError(RecordsErrorCodes.NotDesignatedSupervisor, $"{record} is co-signed by its designated supervisor {state.CoSignerId}, not {supervisor.ClinicianId}.", null, record.ToString());
        }

        return at < state.Signature!.SignedAt
            ? new DomainError(RecordsErrorCodes.SignatureOutOfOrder, $"A review of {record} cannot be dated before the author's signature.", null, record.ToString())
            : null;
    }
}
