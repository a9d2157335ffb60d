namespace CounselingRecords.Records.Amendments;

/// <summary>Where a client's amendment request is (R7.8).</summary>
public enum AmendmentRequestStatus
{
    /// <summary>Received and not yet decided.</summary>
    Open,

    /// <summary>Accepted: the amendment is appended to the affected record and the people named are notified.</summary>
    Accepted,

    /// <summary>Denied with a written notice; the client may file a statement of disagreement.</summary>
    Denied,
}
