using CounselingRecords.Identity;

namespace CounselingRecords.Records.ProgressReports;

/// <summary>One scheduled appointment in the period and how it ended (filled by the host from scheduling).</summary>
public sealed class AppointmentOutcomeLine
{
    /// <summary>Initializes a new instance of the <see cref="AppointmentOutcomeLine"/> class.</summary>
    /// <param name="appointmentId">The appointment.</param>
    /// <param name="date">Its local date.</param>
    /// <param name="attendance">How it ended.</param>
    public AppointmentOutcomeLine(AppointmentId appointmentId, NodaTime.LocalDate date, AppointmentAttendance attendance)
    {
        AppointmentId = appointmentId;
        Date = date;
        Attendance = attendance;
    }

    /// <summary>Gets the appointment.</summary>
    public AppointmentId AppointmentId { get; }

    /// <summary>Gets its date.</summary>
    public NodaTime.LocalDate Date { get; }

    /// <summary>Gets how it ended.</summary>
    public AppointmentAttendance Attendance { get; }

    /// <inheritdoc />
    public override string ToString() => $"{AppointmentId} {Attendance}";
}
