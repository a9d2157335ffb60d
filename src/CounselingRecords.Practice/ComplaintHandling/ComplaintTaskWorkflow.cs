using System.Collections.Immutable;
using CounselingRecords.Identity;
using CounselingRecords.Policies.Complaints;
using CounselingRecords.Practice.Tasks;
using CounselingRecords.Results;
using NodaTime;

namespace CounselingRecords.Practice.ComplaintHandling;

/// <summary>
/// Turns a received or acknowledged complaint into the practice's work with its deadlines: an
/// <see cref="PracticeTaskKind.AcknowledgeComplaint"/> task (until it is acknowledged), an
/// <see cref="PracticeTaskKind.InvestigateComplaint"/> task due at the resolution deadline and a
/// <see cref="PracticeTaskKind.RespondToComplaint"/> task due at the response deadline, the deadlines the complaint
/// fixed at receipt from the practice's targets. The tasks go to the practice's queue (the complaint officer),
/// never to a clinician, so the person complained about is never assigned their own complaint. A task already open
/// for the complaint is not opened twice. A billing complaint also yields a <see cref="CollectionsHold"/> that
/// billing's collections check honours. Pure: the caller saves the tasks.
/// </summary>
public sealed class ComplaintTaskWorkflow
{
    /// <summary>The rule id complaint tasks cite: the practice's complaint targets (acknowledge, resolve, respond).</summary>
    public const string ComplaintTargetsRuleId = "policy.complaint-targets";

    private readonly IIdGenerator _ids;

    /// <summary>Initializes a new instance of the <see cref="ComplaintTaskWorkflow"/> class.</summary>
    /// <param name="ids">Creates task ids.</param>
    public ComplaintTaskWorkflow(IIdGenerator ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        _ids = ids;
    }

    /// <summary>Opens the complaint's tasks.</summary>
    /// <param name="input">The complaint, the open tasks, the instant and the zone.</param>
    /// <returns>The tasks and the hold, or <see cref="PracticeErrorCodes.ComplaintNotOpen"/> for a complaint past acknowledgment.</returns>
    public Result<ComplaintTasks> OpenTasks(ComplaintTaskInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(input.Complaint);
        ArgumentNullException.ThrowIfNull(input.Zone);
        var complaint = input.Complaint;
        if (complaint.Status is not (ComplaintStatus.Received or ComplaintStatus.Acknowledged))
        {
            return new DomainError(
                PracticeErrorCodes.ComplaintNotOpen,
                $"Complaint {complaint.Id} is {complaint.Status}; its tasks are opened when it is received or acknowledged.",
                null,
                complaint.Id.ToString());
        }

        var subject = complaint.ToRecordReference();
        var open = (input.OpenTasks.IsDefault ? [] : input.OpenTasks)
            .Where(t => t.Status == PracticeTaskStatus.Open && t.Subject == subject)
            .Select(t => t.Kind)
            .ToHashSet();
        var opened = ImmutableArray.CreateBuilder<PracticeTask>();
        void Open(PracticeTaskKind kind, Instant deadline, string what)
        {
            if (!open.Add(kind))
            {
                return;
            }

            var overdue = deadline < input.At;
            opened.Add(PracticeTask.Open(
                _ids,
                kind,
                subject,
                complaint.ClientId,
                null,
                input.At,
                overdue ? input.At : deadline,
                ComplaintTargetsRuleId,
                $"{what} complaint {complaint.Id} ({complaint.Category}) by {Formatting.Iso(deadline)}, the deadline fixed at receipt{(overdue ? "; it has passed" : string.Empty)}."));
        }

        if (complaint.AcknowledgedAt is null)
        {
            Open(PracticeTaskKind.AcknowledgeComplaint, complaint.AcknowledgementDueAt, "Acknowledge");
        }

        Open(PracticeTaskKind.InvestigateComplaint, complaint.ResolutionDueAt, "Investigate and resolve");
        Open(PracticeTaskKind.RespondToComplaint, complaint.ResponseDueAt, "Send the response to");
        return new ComplaintTasks(opened.ToImmutable(), CollectionsHold.For(complaint, input.Zone));
    }
}
