using System.Collections.Immutable;
using CounselingRecords.Practice.Tasks;
using CounselingRecords.Scheduling.Appointments;
using NodaTime;

namespace CounselingRecords.Practice.Documentation;

/// <summary>
/// The outcome of completing an appointment: the completed appointment to save and one open documentation task
/// per client of the appointment, due when the documentation policy says the note is due.
/// </summary>
/// <param name="Appointment">The completed appointment.</param>
/// <param name="DocumentationTasks">The documentation tasks opened, one per client, in the appointment's client order.</param>
/// <param name="DocumentationDueAt">When the note is due under the documentation policy (the tasks' due instant unless that had already passed).</param>
[CounselingRecords.Privacy.ProtectedHealthInformation]
public sealed record AppointmentCompletion(Appointment Appointment, ImmutableArray<PracticeTask> DocumentationTasks, Instant DocumentationDueAt)
{
    /// <inheritdoc />
    public override string ToString() => $"AppointmentCompletion {Appointment.Id} ({DocumentationTasks.Length} tasks)";
}
