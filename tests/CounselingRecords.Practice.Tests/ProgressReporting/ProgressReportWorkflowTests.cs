using System.Collections.Immutable;
using CounselingRecords.Identity;
using CounselingRecords.Practice.ProgressReporting;
using CounselingRecords.Practice.Tests.Support;
using CounselingRecords.Records;
using CounselingRecords.Records.Clients;
using CounselingRecords.Records.Clinical;
using CounselingRecords.Records.Notes;
using CounselingRecords.Records.ProgressReports;
using CounselingRecords.Records.Signing;
using CounselingRecords.Scheduling.Appointments;
using CounselingRecords.Testing.Identity;
using CounselingRecords.TreatmentPlans.Plans;
using CounselingRecords.TreatmentPlans.Progress;
using NodaTime;
using static CounselingRecords.Practice.Tests.Support.Plans;
using static CounselingRecords.Practice.Tests.Support.World;

namespace CounselingRecords.Practice.Tests.ProgressReporting;

public sealed class ProgressReportWorkflowTests
{
    private static readonly LocalDate March1 = new(2026, 3, 1);
    private static readonly LocalDate March31 = new(2026, 3, 31);

    private readonly SeededIdGenerator _ids = TestIds.Seeded(51);
    private readonly Client _client;
    private readonly TreatmentPlan _plan;

    public ProgressReportWorkflowTests()
    {
        _client = ActiveClient(_ids);
        _plan = Plan(_client.Id, new LocalDate(2026, 1, 5), _ids);
    }

    [Fact]
    public void Generate_ObjectiveAchievedByRuleInThePeriod_IsRecordedWithItsRuleAndEvidence()
    {
        // PHQ-9 16 in February, then 4 on 2026-03-17: below 5 from a baseline above 9 is remission (R8.5), the objective's rule.
        var plan = RecordPhq9(_plan, 16, new LocalDate(2026, 2, 2), _ids).Plan;
        var recording = RecordPhq9(plan, 4, new LocalDate(2026, 3, 17), _ids);
        plan = RecordCount(recording.Plan, 3, new LocalDate(2026, 3, 10), _ids);
        var objective = Phq9Objective(plan).Id;
        Assert.Equal(new[] { objective }, recording.AchievedObjectives);

        var draft = ResultAssert.Ok(Workflow().Generate(Input(plan, March1, March31)));

        Assert.Equal(new[] { objective }, draft.AchievedByRule);
        var line = draft.Inputs.Objectives.Single(o => o.ObjectiveId == objective);
        Assert.Equal(ProgressRating.Achieved, line.PlanStatus);
        Assert.Equal("PHQ-9 below 5", line.Statement);
        Assert.Equal(Phq9Objective(plan).Id, line.ObjectiveId);
        Assert.Equal(plan.CurrentVersion.GoalOf(objective)!.Id, line.GoalId);
        var change = Assert.Single(draft.Report.PlanChanges, c => c.Description.Contains("achieved by rule", StringComparison.Ordinal));
        Assert.Equal(new LocalDate(2026, 3, 17), change.ChangedOn);
        Assert.Contains("\"PHQ-9 below 5\"", change.Description, StringComparison.Ordinal);
        Assert.Contains("R8.5", change.Description, StringComparison.Ordinal);
        Assert.Contains(recording.Measurement.Id.ToString(), change.Description, StringComparison.Ordinal);
        Assert.Equal(ProgressRating.Improving, draft.Inputs.Objectives.Single(o => o.ObjectiveId == CountObjective(plan).Id).PlanStatus);
        Assert.Contains(draft.Report.Measurements, m => m.Instrument == "PHQ-9" && m.AdministeredOn == new LocalDate(2026, 3, 17) && m.Score == 4m);
        Assert.DoesNotContain(draft.Report.Measurements, m => m.AdministeredOn == new LocalDate(2026, 2, 2));
    }

    [Fact]
    public void Generate_TheNextPeriod_ShowsTheObjectiveAsSustainingWithoutRepeatingTheChange()
    {
        var plan = RecordPhq9(RecordPhq9(_plan, 16, new LocalDate(2026, 2, 2), _ids).Plan, 4, new LocalDate(2026, 3, 17), _ids).Plan;

        var april = ResultAssert.Ok(Workflow().Generate(Input(plan, new LocalDate(2026, 4, 1), new LocalDate(2026, 4, 30))));

        Assert.Empty(april.AchievedByRule);
        Assert.Equal(ProgressRating.Sustaining, april.Inputs.Objectives.Single(o => o.ObjectiveId == Phq9Objective(plan).Id).PlanStatus);
        Assert.DoesNotContain(april.Report.PlanChanges, c => c.Description.Contains("achieved by rule", StringComparison.Ordinal));
    }

    [Fact]
    public void Generate_AchievementRecordedAfterItsPeriodEnded_IsCarriedByTheNextReport()
    {
        // The 2026-03-30 score is entered on 2026-04-02, after the March report; the April report records it on the day it was entered.
        var plan = RecordPhq9(_plan, 16, new LocalDate(2026, 2, 2), _ids).Plan;
        plan = RecordPhq9(plan, 3, new LocalDate(2026, 3, 30), _ids, recordedAt: Ny(2026, 4, 2, 10)).Plan;

        var april = ResultAssert.Ok(Workflow().Generate(Input(plan, new LocalDate(2026, 4, 1), new LocalDate(2026, 4, 30))));

        Assert.Equal(new[] { Phq9Objective(plan).Id }, april.AchievedByRule);
        var change = Assert.Single(april.Report.PlanChanges, c => c.Description.Contains("achieved by rule", StringComparison.Ordinal));
        Assert.Equal(new LocalDate(2026, 4, 2), change.ChangedOn);
        Assert.Contains("effective 2026-03-30, recorded later", change.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Generate_AppointmentsAndNotes_GiveAttendanceAndSessionsAddressed()
    {
        var objective = Phq9Objective(_plan).Id;
        var attended = Appointment(_client.Id, At(3, 3, 10));
        var completed = attended.MarkArrived(FrontDesk, attended.StartInstant).Value.Complete(FrontDesk, attended.EndInstant).Value;
        var noShow = Appointment(_client.Id, At(3, 10, 10));
        var missed = noShow.MarkNoShow(FrontDesk, noShow.StartInstant + Duration.FromMinutes(20)).Value;
        var late = Appointment(_client.Id, At(3, 17, 10));
        var lateCancelled = late.LateCancel(FrontDesk, late.StartInstant - Duration.FromHours(3), late.StartInstant - Duration.FromHours(3)).Value;
        var practice = Appointment(_client.Id, At(3, 24, 10));
        var cancelledByPractice = practice.CancelByPractice(FrontDesk, CancellationInitiator.Practice, practice.StartInstant - Duration.FromDays(2)).Value;
        var upcoming = Appointment(_client.Id, At(3, 31, 10));
        var april = Appointment(_client.Id, At(4, 7, 10));
        var note = SignedNote(_client, NoteDraft(_client.Id, attended, attended.StartInstant, 53, Licensed,
            progress: [new ObjectiveProgressEntry(objective, ProgressRating.Improving, "Walked three times")],
            measurements: [new SessionMeasurement("PHQ-9", 11m)]), _ids);

        var draft = ResultAssert.Ok(Workflow().Generate(Input(
            _plan, March1, March31,
            appointments: [completed, missed, lateCancelled, cancelledByPractice, upcoming, april.MarkArrived(FrontDesk, april.StartInstant).Value.Complete(FrontDesk, april.EndInstant).Value],
            notes: [note])));

        var attendance = draft.Report.Attendance;
        Assert.Equal(1, attendance.Attended);
        Assert.Equal(1, attendance.NoShows);
        Assert.Equal(1, attendance.LateCancellations);
        Assert.Equal(1, attendance.PracticeCancellations);
        Assert.Equal(new[] { note.Id }, draft.Report.SourceNoteIds);
        var entry = draft.Report.Objectives.Single(o => o.ObjectiveId == objective);
        Assert.Equal(1, entry.SessionsAddressed);
        Assert.Equal(ProgressRating.Improving, entry.LatestRating);
    }

    [Fact]
    public void Generate_SessionLinkedByThePlanButNotSigned_IsListedAsNotReported()
    {
        var objective = Phq9Objective(_plan).Id;
        var appointment = Appointment(_client.Id, At(3, 3, 10));
        var unsigned = SessionNote.Start(_ids, _client, NoteDraft(_client.Id, appointment, appointment.StartInstant, 53, Licensed), appointment.EndInstant).Value;
        var signed = SignedNote(_client, NoteDraft(_client.Id, null, Ny(2026, 3, 5, 10), 53, Licensed), _ids);
        var plan = LinkSession(LinkSession(_plan, unsigned.Id, new LocalDate(2026, 3, 3), objective), signed.Id, new LocalDate(2026, 3, 5), objective);

        var draft = ResultAssert.Ok(Workflow().Generate(Input(plan, March1, March31, notes: [unsigned, signed])));

        Assert.Equal(new[] { unsigned.Id }, draft.LinkedNotesNotReported);
        Assert.Equal(new[] { signed.Id }, draft.Report.SourceNoteIds);
    }

    [Fact]
    public void Generate_SupervisedAuthor_NamesTheSupervisorAsCoSigner()
    {
        var draft = ResultAssert.Ok(Workflow().Generate(Input(_plan, March1, March31)));

        Assert.Equal(Supervisor, draft.Report.CoSignerId);
        Assert.Equal(DocumentStatus.Draft, draft.Report.Status);
        Assert.Equal(_client.Id, draft.Report.ClientId);
    }

    [Fact]
    public void Generate_PeriodEndingBeforeItStarts_IsRefused()
    {
        ResultAssert.FailsWithDetail(Workflow().Generate(Input(_plan, March31, March1)), PracticeErrorCodes.ProgressReportRefused, RecordsErrorCodes.ProgressReportPeriodInvalid);
    }

    [Fact]
    public void Generate_NoteOfAnotherClient_IsRefusedByRecords()
    {
        var other = ActiveClient(_ids);
        var note = SignedNote(other, NoteDraft(other.Id, null, Ny(2026, 3, 5, 10), 53, Licensed), _ids);

        var error = ResultAssert.FailsWithDetail(Workflow().Generate(Input(_plan, March1, March31, notes: [note])), PracticeErrorCodes.ProgressReportRefused, Results.CoreErrorCodes.ValidationFailed);

        Assert.Contains(error.Details[0].Details, d => d.Code == RecordsErrorCodes.RecordOfAnotherClient);
    }

    [Fact]
    public void ObjectiveLines_ReliableDeterioration_IsWorsening_AndLaterScoresDoNotCount()
    {
        // Baseline 18; 24 on 2026-03-10 rose by 6, at least the 5-point reliable change of R8.5: reliably deteriorated.
        var plan = RecordPhq9(_plan, 24, new LocalDate(2026, 3, 10), _ids).Plan;
        plan = RecordPhq9(plan, 17, new LocalDate(2026, 4, 10), _ids).Plan;
        var objective = Phq9Objective(plan).Id;

        var march = PlanReportLines.ObjectiveLines(plan, new DateInterval(March1, March31), ProgressPresets.UnitedStates);
        var april = PlanReportLines.ObjectiveLines(plan, new DateInterval(new LocalDate(2026, 4, 1), new LocalDate(2026, 4, 30)), ProgressPresets.UnitedStates);

        Assert.Equal(ProgressRating.Worsening, march.Single(o => o.ObjectiveId == objective).PlanStatus);
        Assert.Equal(ProgressRating.NoChange, april.Single(o => o.ObjectiveId == objective).PlanStatus);
        Assert.Null(PlanReportLines.ObjectiveLines(_plan, new DateInterval(March1, March31), ProgressPresets.UnitedStates).Single(o => o.ObjectiveId == objective).PlanStatus);
    }

    [Theory]
    [InlineData(AppointmentStatus.Completed, AppointmentAttendance.Attended)]
    [InlineData(AppointmentStatus.NoShow, AppointmentAttendance.NoShow)]
    [InlineData(AppointmentStatus.LateCancelled, AppointmentAttendance.LateCancelled)]
    [InlineData(AppointmentStatus.CancelledByClient, AppointmentAttendance.CancelledByClient)]
    [InlineData(AppointmentStatus.CancelledByPractice, AppointmentAttendance.CancelledByPractice)]
    public void AttendanceFor_EndedAppointment_MapsToItsAttendance(AppointmentStatus status, AppointmentAttendance attendance)
    {
        Assert.Equal(attendance, PlanReportLines.AttendanceFor(status));
    }

    [Theory]
    [InlineData(AppointmentStatus.Requested)]
    [InlineData(AppointmentStatus.Scheduled)]
    [InlineData(AppointmentStatus.Confirmed)]
    [InlineData(AppointmentStatus.Arrived)]
    [InlineData(AppointmentStatus.Rescheduled)]
    public void AttendanceFor_OpenOrMovedAppointment_IsNotCounted(AppointmentStatus status)
    {
        Assert.Null(PlanReportLines.AttendanceFor(status));
    }

    private ProgressReportWorkflow Workflow() => new(_ids, Roster);

    private static ProgressReportInput Input(TreatmentPlan plan, LocalDate start, LocalDate end, ImmutableArray<Appointment> appointments = default, ImmutableArray<SessionNote> notes = default) =>
        new(plan, start, end, Associate, appointments, notes, ProgressPresets.UnitedStates, NewYork, Ny(2026, 5, 1, 9));
}
