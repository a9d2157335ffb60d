namespace CounselingRecords.Testing.Conformance.Visits;

/// <summary>Where a <see cref="ConformanceVisit"/> stands.</summary>
public enum ConformanceVisitStatus
{
    /// <summary>Booked and not yet held.</summary>
    Booked,

    /// <summary>Held.</summary>
    Completed,

    /// <summary>Cancelled; the slot is free again.</summary>
    Cancelled,

    /// <summary>The client did not attend.</summary>
    NoShow,
}
