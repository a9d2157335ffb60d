using System.Collections.Immutable;
using CounselingRecords.Auditing;
using CounselingRecords.Identity;
using CounselingRecords.Practice.Tasks;
using CounselingRecords.Records.Signing;
using CounselingRecords.Results;
using CounselingRecords.Scheduling.Appointments;

namespace CounselingRecords.Practice.Documentation;

/// <summary>
/// Completes an appointment and requires its note: the scheduling appointment is marked completed (arrived first
/// when nobody recorded the arrival) and a <see cref="PracticeTaskKind.CompleteDocumentation"/> task is opened for
/// each client, assigned to the appointment's clinician and due when the records area's
/// <see cref="DocumentationPolicy"/> says the note is due (72 hours after the session by default). The session is
/// billed only once that note is signed (R7.6, <see cref="NoteBilling.SignedNoteBillingWorkflow"/>). Pure: the
/// caller saves the appointment and the tasks.
/// </summary>
public sealed class CompleteAppointmentWorkflow
{
    /// <summary>The rule cited by documentation tasks: documentation is complete and signed before a claim (R7.6).</summary>
    public const string DocumentationRuleId = "R7.6";

    private readonly IIdGenerator _ids;

    /// <summary>Initializes a new instance of the <see cref="CompleteAppointmentWorkflow"/> class.</summary>
    /// <param name="ids">Creates task ids.</param>
    /// <param name="policy">When documentation is due; <see cref="DocumentationPolicy.Default"/> when null.</param>
    public CompleteAppointmentWorkflow(IIdGenerator ids, DocumentationPolicy? policy = null)
    {
        ArgumentNullException.ThrowIfNull(ids);
        _ids = ids;
        Policy = policy ?? DocumentationPolicy.Default;
    }

    /// <summary>Gets the documentation policy.</summary>
    public DocumentationPolicy Policy { get; }

    /// <summary>Marks the appointment completed and opens the documentation tasks.</summary>
    /// <param name="input">The appointment, the actor and the instant.</param>
    /// <returns>The completed appointment and the tasks, or <see cref="PracticeErrorCodes.CompletionRefused"/> with the scheduling refusal as its detail.</returns>
    public Result<AppointmentCompletion> Complete(CompleteAppointmentInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(input.Appointment);
        ArgumentNullException.ThrowIfNull(input.Actor);
        var appointment = input.Appointment;
        var at = input.CompletedAt;
        var completed = appointment.Status is AppointmentStatus.Scheduled or AppointmentStatus.Confirmed
            ? appointment.MarkArrived(input.Actor, at).Bind(a => a.Complete(input.Actor, at))
            : appointment.Complete(input.Actor, at);
        if (completed.Failure)
        {
            return new DomainError(
                PracticeErrorCodes.CompletionRefused,
                $"Appointment {appointment.Id} could not be completed: {completed.Error.Code}.",
                completed.Error.RuleId,
                appointment.Id.ToString(),
                [completed.Error]);
        }

        var due = Policy.DueAt(appointment.EndInstant);
        var dueAt = due < at ? at : due;
        var reason = $"Write and sign the session note for appointment {appointment.Id} of {Formatting.Date(appointment.LocalStart.Date)}: "
            + $"due {Formatting.Local(due, appointment.Zone)}, {Formatting.Hours(Policy.DueWithin)} after the session ended"
            + (due < at ? ", already passed when the session was completed" : string.Empty)
            + "; the session is not billed before the note is signed (R7.6).";
        var subject = RecordReference.For(PracticeRecordTypes.Appointment, appointment.Id);
        var tasks = appointment.Clients
            .Select(client => PracticeTask.Open(_ids, PracticeTaskKind.CompleteDocumentation, subject, client, appointment.ClinicianId, at, dueAt, DocumentationRuleId, reason))
            .ToImmutableArray();
        return new AppointmentCompletion(completed.Value, tasks, due);
    }
}
