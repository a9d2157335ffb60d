using Ardalis.Specification;
using CounselingRecords.Auditing;
using CounselingRecords.Identity;
using CounselingRecords.Practice;
using CounselingRecords.Practice.Tasks;
using CounselingRecords.Practice.Tasks.Specifications;
using CounselingRecords.Testing.Access;
using CounselingRecords.Testing.Identity;
using NodaTime;

namespace CounselingRecords.Practice.Tests.Tasks;

public sealed class PracticeTaskTests
{
    private static readonly Instant Now = Instant.FromUtc(2026, 3, 2, 14, 0);
    private readonly SeededIdGenerator _ids = TestIds.Seeded();

    [Fact]
    public void Complete_OpenTask_ClosesIt_AndSecondCloseIsRefused()
    {
        var task = NewTask(Now + Duration.FromDays(1));

        var done = task.Complete(TestActors.Clinician.UserId, Now + Duration.FromHours(2)).Value;

        Assert.Equal(PracticeTaskStatus.Completed, done.Status);
        Assert.Equal(Now + Duration.FromHours(2), done.ClosedAt);
        Assert.Equal(PracticeErrorCodes.TaskNotOpen, done.Complete(TestActors.Clinician.UserId, Now + Duration.FromHours(3)).Error.Code);
        Assert.Equal(PracticeTaskStatus.Open, task.Status);
    }

    [Fact]
    public void Cancel_WithoutReason_IsRefused()
    {
        var task = NewTask(Now + Duration.FromDays(1));

        Assert.Equal(PracticeErrorCodes.TaskCancelReasonRequired, task.Cancel(TestActors.Clinician.UserId, Now, " ").Error.Code);
        Assert.Equal(PracticeTaskStatus.Cancelled, task.Cancel(TestActors.Clinician.UserId, Now, "Plan closed").Value.Status);
    }

    [Fact]
    public void Close_BeforeCreation_IsRefused()
    {
        var task = NewTask(Now + Duration.FromDays(1));

        Assert.Equal(PracticeErrorCodes.TaskClosedBeforeCreated, task.Complete(TestActors.Clinician.UserId, Now - Duration.FromMinutes(1)).Error.Code);
    }

    [Fact]
    public void IsOverdueAt_OnlyAfterTheDueInstant()
    {
        var task = NewTask(Now + Duration.FromHours(72));

        Assert.False(task.IsOverdueAt(Now + Duration.FromHours(72)));
        Assert.True(task.IsOverdueAt(Now + Duration.FromHours(72) + Duration.FromSeconds(1)));
    }

    [Fact]
    public void Constructor_DueBeforeCreated_Throws()
    {
        Assert.Throws<ArgumentException>(() => NewTask(Now - Duration.FromSeconds(1)));
    }

    [Fact]
    public void OpenTasksDueBySpec_ListsOpenTasksDueByTheInstant_EarliestFirst()
    {
        var late = NewTask(Now + Duration.FromDays(3));
        var soon = NewTask(Now + Duration.FromDays(1));
        var done = NewTask(Now + Duration.FromDays(1)).Complete(TestActors.Clinician.UserId, Now).Value;
        var future = NewTask(Now + Duration.FromDays(10));

        var due = new OpenTasksDueBySpec(Now + Duration.FromDays(3)).Evaluate([late, soon, done, future]).ToList();

        Assert.Equal(new[] { soon, late }, due);
    }

    private PracticeTask NewTask(Instant due) => PracticeTask.Open(
        _ids,
        PracticeTaskKind.CompleteDocumentation,
        RecordReference.For("Appointment", TestIds.Numbered<AppointmentId>(1)),
        TestIds.Numbered<ClientId>(1),
        TestIds.Numbered<ClinicianId>(1),
        Now,
        due,
        "R7.6",
        "A completed session needs a signed note before it can be billed.");
}
