namespace CounselingRecords.Scheduling.Appointments;

/// <summary>Facts about <see cref="AppointmentStatus"/> values.</summary>
public static class AppointmentStatusExtensions
{
    /// <summary>Returns whether an appointment in this status holds its time (conflicts with other bookings).</summary>
    /// <param name="status">The status.</param>
    /// <returns><see langword="true"/> for requested, scheduled, confirmed, arrived and completed.</returns>
    public static bool IsBlocking(this AppointmentStatus status) => status is AppointmentStatus.Requested or AppointmentStatus.Scheduled
        or AppointmentStatus.Confirmed or AppointmentStatus.Arrived or AppointmentStatus.Completed;

    /// <summary>Returns whether no further transition is possible.</summary>
    /// <param name="status">The status.</param>
    /// <returns><see langword="true"/> for completed, cancelled, no-show and rescheduled.</returns>
    public static bool IsFinal(this AppointmentStatus status) => status is AppointmentStatus.Completed or AppointmentStatus.CancelledByClient
        or AppointmentStatus.LateCancelled or AppointmentStatus.CancelledByPractice or AppointmentStatus.NoShow or AppointmentStatus.Rescheduled;

    /// <summary>Returns whether the status is one of the three cancellations.</summary>
    /// <param name="status">The status.</param>
    /// <returns><see langword="true"/> for cancelled by client, late-cancelled and cancelled by practice.</returns>
    public static bool IsCancellation(this AppointmentStatus status) =>
        status is AppointmentStatus.CancelledByClient or AppointmentStatus.LateCancelled or AppointmentStatus.CancelledByPractice;

    /// <summary>Returns whether the lifecycle allows going from <paramref name="from"/> to <paramref name="to"/> (S4.1).</summary>
    /// <param name="from">The current status.</param>
    /// <param name="to">The wanted status.</param>
    /// <returns><see langword="true"/> when allowed.</returns>
    public static bool CanBecome(this AppointmentStatus from, AppointmentStatus to) => from switch
    {
        AppointmentStatus.Requested => to is AppointmentStatus.Scheduled or AppointmentStatus.CancelledByClient
            or AppointmentStatus.CancelledByPractice or AppointmentStatus.Rescheduled,
        AppointmentStatus.Scheduled => to is AppointmentStatus.Confirmed or AppointmentStatus.Arrived or AppointmentStatus.CancelledByClient
            or AppointmentStatus.LateCancelled or AppointmentStatus.CancelledByPractice or AppointmentStatus.NoShow or AppointmentStatus.Rescheduled,
        AppointmentStatus.Confirmed => to is AppointmentStatus.Arrived or AppointmentStatus.CancelledByClient or AppointmentStatus.LateCancelled
            or AppointmentStatus.CancelledByPractice or AppointmentStatus.NoShow or AppointmentStatus.Rescheduled,
        AppointmentStatus.Arrived => to is AppointmentStatus.Completed,
        _ => false,
    };
}
