using System.Collections.Immutable;
using CounselingRecords.Identity;
using CounselingRecords.Records.AccessControl;
using NodaTime;

namespace CounselingRecords.Records.AccessRequests;

/// <summary>A client's request for access to their records (R7.3).</summary>
public sealed class RecordAccessRequestSubmission
{
    /// <summary>Initializes a new instance of the <see cref="RecordAccessRequestSubmission"/> class.</summary>
    /// <param name="clientId">The client.</param>
    /// <param name="requestedKinds">The kinds of record asked for.</param>
    /// <param name="fromDate">The first date of service asked for, if limited.</param>
    /// <param name="toDate">The last date of service asked for, if limited.</param>
    /// <param name="format">The form asked for.</param>
    /// <param name="receivedOn">The date the practice received the request; the deadline runs from it.</param>
    public RecordAccessRequestSubmission(ClientId clientId, ImmutableArray<RecordKind> requestedKinds, LocalDate? fromDate, LocalDate? toDate, AccessFormat format, LocalDate receivedOn)
    {
        ClientId = clientId;
        RequestedKinds = requestedKinds.IsDefault ? ImmutableArray<RecordKind>.Empty : requestedKinds;
        FromDate = fromDate;
        ToDate = toDate;
        Format = format;
        ReceivedOn = receivedOn;
    }

    /// <summary>Gets the client.</summary>
    public ClientId ClientId { get; }

    /// <summary>Gets the kinds of record asked for.</summary>
    public ImmutableArray<RecordKind> RequestedKinds { get; }

    /// <summary>Gets the first date asked for.</summary>
    public LocalDate? FromDate { get; }

    /// <summary>Gets the last date asked for.</summary>
    public LocalDate? ToDate { get; }

    /// <summary>Gets the form asked for.</summary>
    public AccessFormat Format { get; }

    /// <summary>Gets the receipt date.</summary>
    public LocalDate ReceivedOn { get; }

    /// <inheritdoc />
    public override string ToString() => $"RecordAccessRequestSubmission for {ClientId}";
}
