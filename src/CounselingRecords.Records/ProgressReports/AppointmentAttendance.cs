namespace CounselingRecords.Records.ProgressReports;

/// <summary>How a scheduled appointment ended, as the scheduling area reports it for a progress report.</summary>
public enum AppointmentAttendance
{
    /// <summary>The client attended.</summary>
    Attended,

    /// <summary>The client did not come and did not cancel.</summary>
    NoShow,

    /// <summary>The client cancelled inside the cancellation window.</summary>
    LateCancelled,

    /// <summary>The client cancelled in time.</summary>
    CancelledByClient,

    /// <summary>The practice or clinician cancelled; not counted as missed by the client.</summary>
    CancelledByPractice,
}
