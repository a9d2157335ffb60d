using System.Collections.Immutable;
using CounselingRecords.Identity;
using CounselingRecords.Records.Amendments;

namespace CounselingRecords.Records.Signing;

/// <summary>The signing part of a signable document, shared by every document type.</summary>
internal readonly record struct SigningState(
    DocumentStatus Status,
    ClinicianId? CoSignerId,
    Signature? Signature,
    Signature? CoSignature,
    ImmutableArray<SupervisionReview> Reviews,
    ImmutableArray<Addendum> Addenda)
{
    public static SigningState NewDraft(ClinicianId? coSignerId) =>
        new(DocumentStatus.Draft, coSignerId, null, null, ImmutableArray<SupervisionReview>.Empty, ImmutableArray<Addendum>.Empty);

    /// <summary>The last seal in the chain: the last addendum's signature, else the co-signature, else the author's.</summary>
    public Signature? LastSeal => Addenda.Length > 0 ? Addenda[^1].Signature : CoSignature ?? Signature;

    public bool IsEditable => Status is DocumentStatus.Draft or DocumentStatus.ReturnedForRevision;

    public bool IsFinal => Status is DocumentStatus.Signed or DocumentStatus.CoSigned;

    /// <summary>Checks the structural invariants a stored document keeps; used by the public constructors.</summary>
    public static SigningState Checked(
        DocumentStatus status,
        ClinicianId? coSignerId,
        Signature? signature,
        Signature? coSignature,
        ImmutableArray<SupervisionReview> reviews,
        ImmutableArray<Addendum> addenda,
        ClinicianId authorId,
        Auditing.RecordReference record)
    {
        var reviewList = reviews.IsDefault ? ImmutableArray<SupervisionReview>.Empty : reviews;
        var addendumList = addenda.IsDefault ? ImmutableArray<Addendum>.Empty : addenda;
        if (!Enum.IsDefined(status))
        {
            throw new ArgumentOutOfRangeException(nameof(status), $"{record} has an unknown status.");
        }

        if (reviewList.Any(r => r is null) || addendumList.Any(a => a is null))
        {
            throw new ArgumentException($"{record} holds a null review or addendum.", nameof(addenda));
        }

        if (coSignerId is { } cosigner && (cosigner.IsEmpty() || cosigner == authorId))
        {
            throw new ArgumentException($"{record} names a co-signer who is empty or the author.", nameof(coSignerId));
        }

        var shapeOk = status switch
        {
            DocumentStatus.Draft => signature is null && coSignature is null,
            DocumentStatus.ReturnedForRevision => signature is null && coSignature is null && coSignerId is not null
                && reviewList.Length > 0 && reviewList[^1].Outcome == ReviewOutcome.ReturnedForRevision,
            DocumentStatus.PendingCoSign => signature is not null && coSignature is null && coSignerId is not null,
            DocumentStatus.Signed => signature is not null && coSignature is null && coSignerId is null,
            DocumentStatus.CoSigned => signature is not null && coSignature is not null && coSignerId is not null,
            _ => false,
        };
        if (!shapeOk)
        {
            throw new ArgumentException($"{record} has signatures that do not fit its status {status}.", nameof(status));
        }

        if (signature is not null && (signature.SignerId != authorId || signature.Meaning == SignatureMeaning.CoSigned || signature.Record != record))
        {
            throw new ArgumentException($"{record} carries an author signature by someone else or for another record.", nameof(signature));
        }

        if (coSignature is not null && (coSignature.SignerId != coSignerId || coSignature.Meaning != SignatureMeaning.CoSigned || coSignature.Record != record))
        {
            throw new ArgumentException($"{record} carries a co-signature that is not the designated supervisor's.", nameof(coSignature));
        }

        if (addendumList.Length > 0 && status is not (DocumentStatus.Signed or DocumentStatus.CoSigned))
        {
            throw new ArgumentException($"{record} has addenda but is not signed.", nameof(addenda));
        }

        return new SigningState(status, coSignerId, signature, coSignature, reviewList, addendumList);
    }
}
