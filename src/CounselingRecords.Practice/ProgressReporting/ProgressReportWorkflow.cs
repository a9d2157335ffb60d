using System.Collections.Immutable;
using CounselingRecords.Identity;
using CounselingRecords.Practice.Clinicians;
using CounselingRecords.Records.ProgressReports;
using CounselingRecords.Records.Signing;
using CounselingRecords.Results;
using NodaTime;

namespace CounselingRecords.Practice.ProgressReporting;

/// <summary>
/// Generates the draft of a client's progress report for a period from the treatment plan, the appointments and the
/// notes: appointment outcomes, a line per objective with the plan's standing, instrument scores, and the plan's
/// changes, so an objective the plan marked achieved by its rule (R8.5–R8.8, with the rule, the reason and the
/// evidence) is recorded in the next report. The draft is a records <see cref="ProgressReport"/>, edited and signed
/// there. Pure: the caller saves the report.
/// </summary>
public sealed class ProgressReportWorkflow
{
    private readonly IIdGenerator _ids;
    private readonly ClinicianDirectory? _clinicians;

    /// <summary>Initializes a new instance of the <see cref="ProgressReportWorkflow"/> class.</summary>
    /// <param name="ids">Creates the report id.</param>
    /// <param name="clinicians">The clinician directory, which names the author's supervisor as co-signer when the input names none.</param>
    public ProgressReportWorkflow(IIdGenerator ids, ClinicianDirectory? clinicians = null)
    {
        ArgumentNullException.ThrowIfNull(ids);
        _ids = ids;
        _clinicians = clinicians;
    }

    /// <summary>Generates the draft.</summary>
    /// <param name="input">The plan, the period and the rest.</param>
    /// <returns>The draft and what it was made from, or <see cref="PracticeErrorCodes.ProgressReportRefused"/> with the records refusal as detail.</returns>
    public Result<ProgressReportDraft> Generate(ProgressReportInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(input.Plan);
        ArgumentNullException.ThrowIfNull(input.Preset);
        ArgumentNullException.ThrowIfNull(input.Zone);
        var plan = input.Plan;
        var target = plan.Id.ToString();
        if (input.PeriodEnd < input.PeriodStart)
        {
            return new DomainError(
                PracticeErrorCodes.ProgressReportRefused,
                $"The report period of plan {plan.Id} ends before it starts.",
                null,
                target,
                [new DomainError(Records.RecordsErrorCodes.ProgressReportPeriodInvalid, "The period ends on or after it starts.")]);
        }

        var period = new DateInterval(input.PeriodStart, input.PeriodEnd);
        var notes = input.Notes.IsDefault ? [] : input.Notes;
        var inputs = new ProgressReportInputs(
            plan.ClientId,
            input.Author,
            input.CoSigner ?? _clinicians?.SupervisorOf(input.Author),
            input.PeriodStart,
            input.PeriodEnd,
            PlanReportLines.AppointmentLines(plan.ClientId, input.Appointments.IsDefault ? [] : input.Appointments),
            PlanReportLines.ObjectiveLines(plan, period, input.Preset),
            PlanReportLines.Measurements(plan, period),
            PlanReportLines.PlanChanges(plan, period, input.Zone),
            notes);
        var report = ProgressReport.Generate(_ids, inputs, input.GeneratedAt);
        if (report.Failure)
        {
            return new DomainError(PracticeErrorCodes.ProgressReportRefused, $"The progress report for plan {plan.Id} could not be generated: {report.Error.Code}.", report.Error.RuleId, target, [report.Error]);
        }

        var reported = notes
            .Where(n => n is not null && n.ClientId == plan.ClientId && n.Status is DocumentStatus.Signed or DocumentStatus.CoSigned)
            .Select(n => n.Id)
            .ToHashSet();
        var missing = plan.Sessions
            .Where(s => period.Contains(s.SessionDate) && !reported.Contains(s.Note))
            .Select(s => s.Note)
            .Distinct()
            .ToImmutableArray();
        return new ProgressReportDraft(report.Value, inputs, PlanReportLines.AchievedByRule(plan, period, input.Zone), missing);
    }
}
