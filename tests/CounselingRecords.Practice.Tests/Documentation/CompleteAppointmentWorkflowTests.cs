using CounselingRecords.Auditing;
using CounselingRecords.Practice.Documentation;
using CounselingRecords.Practice.Tasks;
using CounselingRecords.Practice.Tests.Support;
using CounselingRecords.Records.Signing;
using CounselingRecords.Scheduling;
using CounselingRecords.Scheduling.Appointments;
using CounselingRecords.Testing.Identity;
using NodaTime;
using static CounselingRecords.Practice.Tests.Support.World;

namespace CounselingRecords.Practice.Tests.Documentation;

public sealed class CompleteAppointmentWorkflowTests
{
    private readonly CounselingRecords.Identity.SeededIdGenerator _ids = TestIds.Seeded(11);

    [Fact]
    public void Complete_ScheduledAppointment_IsCompletedAndNeedsANoteWithin72Hours()
    {
        var client = ActiveClient(_ids);
        var appointment = Appointment(client.Id, At(3, 3, 10));
        var at = Ny(2026, 3, 3, 11, 5);

        var completion = ResultAssert.Ok(new CompleteAppointmentWorkflow(_ids).Complete(new CompleteAppointmentInput(appointment, FrontDesk, at)));

        Assert.Equal(AppointmentStatus.Completed, completion.Appointment.Status);
        Assert.Contains(completion.Appointment.History, h => h.To == AppointmentStatus.Arrived);
        var task = Assert.Single(completion.DocumentationTasks);
        Assert.Equal(PracticeTaskKind.CompleteDocumentation, task.Kind);
        Assert.Equal(RecordReference.For(PracticeRecordTypes.Appointment, appointment.Id), task.Subject);
        Assert.Equal(client.Id, task.ClientId);
        Assert.Equal(Associate, task.AssignedTo);
        Assert.Equal(at, task.CreatedAt);

        // The session ends at 11:00 on 2026-03-03; the default policy wants the note 72 hours later (3 × 24 elapsed hours).
        Assert.Equal(Ny(2026, 3, 6, 11), task.DueAt);
        Assert.Equal(task.DueAt, completion.DocumentationDueAt);
        Assert.Equal("R7.6", task.RuleId);
    }

    [Fact]
    public void Complete_UnderAStricterPolicy_UsesItsDueTime()
    {
        var client = ActiveClient(_ids);
        var appointment = Appointment(client.Id, At(3, 3, 10));
        var policy = new DocumentationPolicy(Duration.FromHours(24), Period.FromDays(45));

        var completion = ResultAssert.Ok(new CompleteAppointmentWorkflow(_ids, policy).Complete(new CompleteAppointmentInput(appointment, FrontDesk, Ny(2026, 3, 3, 11, 5))));

        Assert.Equal(Ny(2026, 3, 4, 11), Assert.Single(completion.DocumentationTasks).DueAt);
    }

    [Fact]
    public void Complete_AfterTheNoteWasAlreadyDue_OpensATaskDueAtOnce()
    {
        var client = ActiveClient(_ids);
        var appointment = Appointment(client.Id, At(3, 3, 10));
        var late = Ny(2026, 3, 9, 9);

        var completion = ResultAssert.Ok(new CompleteAppointmentWorkflow(_ids).Complete(new CompleteAppointmentInput(appointment, FrontDesk, late)));

        var task = Assert.Single(completion.DocumentationTasks);
        Assert.Equal(late, task.DueAt);
        Assert.Equal(Ny(2026, 3, 6, 11), completion.DocumentationDueAt);
        Assert.Contains("already passed", task.Reason, StringComparison.Ordinal);
        Assert.True(task.IsOverdueAt(late + Duration.FromSeconds(1)));
    }

    [Fact]
    public void Complete_BeforeTheStart_IsRefusedWithTheSchedulingReason()
    {
        var client = ActiveClient(_ids);
        var appointment = Appointment(client.Id, At(3, 3, 10));

        var result = new CompleteAppointmentWorkflow(_ids).Complete(new CompleteAppointmentInput(appointment, FrontDesk, Ny(2026, 3, 3, 9)));

        ResultAssert.FailsWithDetail(result, PracticeErrorCodes.CompletionRefused, SchedulingErrorCodes.CompletedBeforeStart);
    }

    [Fact]
    public void Complete_CancelledAppointment_IsRefused()
    {
        var client = ActiveClient(_ids);
        var cancelled = Appointment(client.Id, At(3, 3, 10)).CancelByClient(FrontDesk, Ny(2026, 3, 1, 9), Ny(2026, 3, 1, 9)).Value;

        var result = new CompleteAppointmentWorkflow(_ids).Complete(new CompleteAppointmentInput(cancelled, FrontDesk, Ny(2026, 3, 3, 11)));

        ResultAssert.FailsWithDetail(result, PracticeErrorCodes.CompletionRefused, SchedulingErrorCodes.IllegalTransition);
    }

    [Fact]
    public void Complete_GroupSession_NeedsANoteForEachClient()
    {
        var first = ActiveClient(_ids);
        var second = ActiveClient(_ids);
        var group = Appointment(first.Id, At(3, 4, 14), type: Group).WithClient(second.Id).Value;

        var completion = ResultAssert.Ok(new CompleteAppointmentWorkflow(_ids).Complete(new CompleteAppointmentInput(group, FrontDesk, Ny(2026, 3, 4, 15, 35))));

        Assert.Equal(new[] { first.Id, second.Id }, completion.DocumentationTasks.Select(t => t.ClientId!.Value));
        Assert.All(completion.DocumentationTasks, t => Assert.Equal(Ny(2026, 3, 7, 15, 30), t.DueAt));
    }
}
