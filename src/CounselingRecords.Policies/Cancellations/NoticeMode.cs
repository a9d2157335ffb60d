namespace CounselingRecords.Policies.Cancellations;

/// <summary>How a cancellation policy measures notice (R4.9, R4.10).</summary>
public enum NoticeMode
{
    /// <summary>Clock hours: notice is the elapsed time from receipt to the appointment start (R4.9).</summary>
    ElapsedTime,

    /// <summary>
    /// A message received outside office hours counts as received at the next opening; notice is then measured
    /// in clock hours from that deemed time (R4.10 a).
    /// </summary>
    DeemedReceipt,

    /// <summary>Only time inside office hours counts toward the window (R4.10 b).</summary>
    OfficeHoursOnly,

    /// <summary>
    /// Notice is counted in business days: the cancellation must arrive by the end (or a cut-off time) of the
    /// N-th business day before the appointment date (R4.10 c).
    /// </summary>
    BusinessDays,
}
