using System.Collections.Immutable;
using CounselingRecords.Auditing;
using CounselingRecords.Identity;
using CounselingRecords.Privacy;
using NodaTime;

namespace CounselingRecords.Records.Amendments;

/// <summary>A client's written request to amend a record, with its reason (R7.8).</summary>
[ProtectedHealthInformation]
public sealed class AmendmentRequestSubmission
{
    /// <summary>Initializes a new instance of the <see cref="AmendmentRequestSubmission"/> class.</summary>
    /// <param name="clientId">The client.</param>
    /// <param name="target">The record to amend.</param>
    /// <param name="requestedChange">The change asked for.</param>
    /// <param name="reason">Why (the practice may require a reason, R7.8).</param>
    /// <param name="receivedOn">The date the practice received the request; deadlines run from it.</param>
    /// <param name="personsToNotify">People the client asks to be told of an accepted amendment.</param>
    public AmendmentRequestSubmission(ClientId clientId, RecordReference target, string? requestedChange, string? reason, LocalDate receivedOn, ImmutableArray<string> personsToNotify)
    {
        ClientId = clientId;
        Target = target;
        RequestedChange = requestedChange;
        Reason = reason;
        ReceivedOn = receivedOn;
        PersonsToNotify = personsToNotify.IsDefault ? ImmutableArray<string>.Empty : personsToNotify;
    }

    /// <summary>Gets the client.</summary>
    public ClientId ClientId { get; }

    /// <summary>Gets the record to amend.</summary>
    public RecordReference Target { get; }

    /// <summary>Gets the change asked for.</summary>
    public string? RequestedChange { get; }

    /// <summary>Gets the reason.</summary>
    public string? Reason { get; }

    /// <summary>Gets the receipt date.</summary>
    public LocalDate ReceivedOn { get; }

    /// <summary>Gets the people to notify.</summary>
    public ImmutableArray<string> PersonsToNotify { get; }

    /// <inheritdoc />
    public override string ToString() => $"AmendmentRequestSubmission for {ClientId} on {Target}";
}
