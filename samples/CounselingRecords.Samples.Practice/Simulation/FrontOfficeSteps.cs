using CounselingRecords.Policies.Complaints;
using CounselingRecords.Practice.ComplaintHandling;
using CounselingRecords.Practice.PlanReviews;
using CounselingRecords.Practice.Tasks;
using CounselingRecords.Samples.Practice.Setup;

namespace CounselingRecords.Samples.Practice.Simulation;

/// <summary>
/// The front office: a billing complaint about a missed-appointment fee (received, tasks with the complaint's
/// deadlines for the practice's queue, R6.7 collections hold) and, at each month's end, the treatment plans due for
/// review within 30 days get a review task for their author (R7.13).
/// </summary>
internal sealed class FrontOfficeSteps
{
    private readonly SimulationContext _context;

    public FrontOfficeSteps(SimulationContext context) => _context = context;

    public async Task ReceiveComplaintAsync()
    {
        var profile = _context.Clients.FirstOrDefault(p => p.Outcomes.Any(o => o.WasCharged())) ?? _context.Clients[0];
        var complaint = await new ComplaintWorkflow(_context.Audit, _context.Ids).ReceiveAsync(
            new ComplaintDetails(ComplaintChannel.Phone, ComplaintCategory.Billing, new Complainant(ComplainantKind.Client, profile.FullName, null), profile.Id, ComplaintSubject.Practice, "I dispute the missed-session fee."),
            ComplaintTargets.Default,
            _context.Practice.FrontDesk,
            _context.Now).ConfigureAwait(false);
        if (complaint.Failure)
        {
            _context.Stats.Refusals++;
            return;
        }

        _context.Records.Complaints.Put(complaint.Value);
        var tasks = new ComplaintTaskWorkflow(_context.Ids).OpenTasks(new ComplaintTaskInput(complaint.Value, [], _context.Now, PracticeSetup.NewYork));
        if (tasks.Failure)
        {
            _context.Stats.Refusals++;
            return;
        }

        foreach (var task in tasks.Value.Opened)
        {
            _context.Records.Tasks.Put(task);
        }
    }

    public Task OpenPlanReviewTasksAsync()
    {
        var records = _context.Records;
        var openReviews = records.Tasks.All.Where(t => t.Kind == PracticeTaskKind.ReviewTreatmentPlan && t.Status == PracticeTaskStatus.Open).ToArray();
        var reviews = new PlanReviewTaskWorkflow(_context.Ids).OpenTasks(new PlanReviewTaskInput([.. records.Plans.All], [.. openReviews], _context.Now, PracticeSetup.NewYork, 30));
        foreach (var task in reviews.Opened)
        {
            records.Tasks.Put(task);
        }

        return Task.CompletedTask;
    }
}
