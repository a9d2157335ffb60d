namespace CounselingRecords.Records.AccessRequests;

/// <summary>Where a client's access request is (R7.3).</summary>
public enum AccessRequestStatus
{
    /// <summary>Received, not yet acted on.</summary>
    Open,

    /// <summary>Access given: the records released are listed.</summary>
    Fulfilled,

    /// <summary>Access denied with a ground and explanation.</summary>
    Denied,
}
