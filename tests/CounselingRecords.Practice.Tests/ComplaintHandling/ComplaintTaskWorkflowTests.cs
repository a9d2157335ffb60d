using CounselingRecords.Billing.Collections;
using CounselingRecords.Billing.Ledger;
using CounselingRecords.Finance;
using CounselingRecords.Identity;
using CounselingRecords.Policies.Complaints;
using CounselingRecords.Practice.ComplaintHandling;
using CounselingRecords.Practice.Tasks;
using CounselingRecords.Practice.Tests.Support;
using CounselingRecords.Testing.Access;
using CounselingRecords.Testing.Auditing;
using CounselingRecords.Testing.Identity;
using NodaTime;
using static CounselingRecords.Practice.Tests.Support.World;

namespace CounselingRecords.Practice.Tests.ComplaintHandling;

public sealed class ComplaintTaskWorkflowTests
{
    private static readonly Instant Received = Ny(2026, 4, 6, 11);
    private static readonly ClientId Client = TestIds.Numbered<ClientId>(1);

    private readonly SeededIdGenerator _ids = TestIds.Seeded(71);
    private readonly RecordingAuditSink _audit = new();

    [Fact]
    public async Task OpenTasks_ReceivedComplaint_OpensAcknowledgeInvestigateAndRespondAtItsDeadlines()
    {
        var complaint = await Receive(ComplaintCategory.Conduct);
        var at = Received + Duration.FromMinutes(30);

        var result = ResultAssert.Ok(new ComplaintTaskWorkflow(_ids).OpenTasks(new ComplaintTaskInput(complaint, [], at, NewYork)));

        Assert.Equal(
            new[] { PracticeTaskKind.AcknowledgeComplaint, PracticeTaskKind.InvestigateComplaint, PracticeTaskKind.RespondToComplaint },
            result.Opened.Select(t => t.Kind));

        // The default targets: acknowledge within 5 days, resolve and respond within 30 days of receipt.
        Assert.Equal(new[] { Received + Duration.FromDays(5), Received + Duration.FromDays(30), Received + Duration.FromDays(30) }, result.Opened.Select(t => t.DueAt));
        Assert.All(result.Opened, t =>
        {
            Assert.Equal(complaint.ToRecordReference(), t.Subject);
            Assert.Equal(Client, t.ClientId);
            Assert.Null(t.AssignedTo);
            Assert.Equal(at, t.CreatedAt);
            Assert.Equal(ComplaintTaskWorkflow.ComplaintTargetsRuleId, t.RuleId);
            Assert.DoesNotContain(complaint.Summary, t.Reason, StringComparison.Ordinal);
        });
        Assert.Null(result.Hold);
    }

    [Fact]
    public async Task OpenTasks_AcknowledgedComplaint_NeedsNoAcknowledgeTask()
    {
        var complaint = ResultAssert.Ok(await new ComplaintWorkflow(_audit, _ids).AcknowledgeAsync(await Receive(ComplaintCategory.Access), Admin, Received + Duration.FromDays(1)));

        var result = ResultAssert.Ok(new ComplaintTaskWorkflow(_ids).OpenTasks(new ComplaintTaskInput(complaint, [], Received + Duration.FromDays(1), NewYork)));

        Assert.Equal(new[] { PracticeTaskKind.InvestigateComplaint, PracticeTaskKind.RespondToComplaint }, result.Opened.Select(t => t.Kind));
    }

    [Fact]
    public async Task OpenTasks_TasksAlreadyOpen_AreNotOpenedTwice()
    {
        var complaint = await Receive(ComplaintCategory.Access);
        var workflow = new ComplaintTaskWorkflow(_ids);
        var first = ResultAssert.Ok(workflow.OpenTasks(new ComplaintTaskInput(complaint, [], Received, NewYork)));
        var acknowledged = first.Opened[0].Complete(Admin.UserId, Received + Duration.FromDays(1)).Value;

        var again = ResultAssert.Ok(workflow.OpenTasks(new ComplaintTaskInput(complaint, [acknowledged, first.Opened[1], first.Opened[2]], Received + Duration.FromDays(2), NewYork)));

        Assert.Equal(new[] { PracticeTaskKind.AcknowledgeComplaint }, again.Opened.Select(t => t.Kind));
    }

    [Fact]
    public async Task OpenTasks_AcknowledgementDeadlinePassed_TaskIsDueAtOnce()
    {
        var complaint = await Receive(ComplaintCategory.Access);
        var late = Received + Duration.FromDays(6);

        var result = ResultAssert.Ok(new ComplaintTaskWorkflow(_ids).OpenTasks(new ComplaintTaskInput(complaint, [], late, NewYork)));

        var acknowledge = result.Opened[0];
        Assert.Equal(late, acknowledge.DueAt);
        Assert.Contains("it has passed", acknowledge.Reason, StringComparison.Ordinal);
        Assert.Equal(Received + Duration.FromDays(30), result.Opened[1].DueAt);
    }

    [Fact]
    public async Task OpenTasks_ComplaintUnderInvestigation_IsRefused()
    {
        var complaints = new ComplaintWorkflow(_audit, _ids);
        var acknowledged = ResultAssert.Ok(await complaints.AcknowledgeAsync(await Receive(ComplaintCategory.Access), Admin, Received + Duration.FromDays(1)));
        var investigating = ResultAssert.Ok(await complaints.StartInvestigationAsync(acknowledged, Admin, Admin, Received + Duration.FromDays(2)));

        ResultAssert.Fails(new ComplaintTaskWorkflow(_ids).OpenTasks(new ComplaintTaskInput(investigating, [], Received + Duration.FromDays(2), NewYork)), PracticeErrorCodes.ComplaintNotOpen);
    }

    [Fact]
    public async Task OpenTasks_BillingComplaint_HoldsTheClientsCollectionsUntilClosed()
    {
        var complaint = await Receive(ComplaintCategory.Billing);
        var ledger = Owing(Money.Usd(90m));
        var policy = new CollectionsPolicy(true, 30, 60, 0m, false);
        var asOf = new LocalDate(2026, 4, 20);

        var result = ResultAssert.Ok(new ComplaintTaskWorkflow(_ids).OpenTasks(new ComplaintTaskInput(complaint, [], Received, NewYork)));

        var hold = result.Hold!;
        Assert.Equal(complaint.Id, hold.Complaint);
        Assert.Equal(Client, hold.Client);
        Assert.Equal(new LocalDate(2026, 4, 6), hold.Since);
        Assert.Contains("R6.7", hold.Explain(), StringComparison.Ordinal);

        // Without the hold the 90.00 (a 2026-01-05 fee, notice sent 2026-03-01, 30 days to pay) may be referred; with it, it is held.
        var free = CollectionsReferralCheck.Evaluate(ledger.Snapshot(), policy, [], new LocalDate(2026, 3, 1), asOf);
        var held = CollectionsReferralCheck.Evaluate(ledger.Snapshot(), policy, CollectionsHold.DisputesFor([complaint], ledger.Snapshot(), NewYork), new LocalDate(2026, 3, 1), asOf);
        Assert.Equal(Money.Usd(90m), free.Referable);
        Assert.False(held.MayRefer);
        Assert.Equal(Money.Usd(90m), held.Held);
        Assert.Contains(held.Reasons, r => r.RuleId == "R3.7");
    }

    [Fact]
    public async Task DisputesFor_ClosedOrNonBillingComplaint_HoldsNothing()
    {
        var complaints = new ComplaintWorkflow(_audit, _ids);
        var conduct = await Receive(ComplaintCategory.Conduct);
        var billing = await Receive(ComplaintCategory.Billing);
        var closed = ResultAssert.Ok(await complaints.CloseAsync(
            ResultAssert.Ok(await complaints.SendResponseAsync(
                ResultAssert.Ok(await complaints.ResolveAsync(
                    ResultAssert.Ok(await complaints.StartInvestigationAsync(ResultAssert.Ok(await complaints.AcknowledgeAsync(billing, Admin, Received + Duration.FromDays(1))), Admin, Admin, Received + Duration.FromDays(2))),
                    new ComplaintResolutionDetails(ComplaintFinding.NotSubstantiated, "The fee followed the accepted policy.", null),
                    Admin,
                    Received + Duration.FromDays(10))),
                ResponseMethod.Letter,
                true,
                Admin,
                Received + Duration.FromDays(11))),
            Admin,
            Received + Duration.FromDays(12)));

        Assert.Empty(CollectionsHold.DisputesFor([conduct, closed], Owing(Money.Usd(90m)).Snapshot(), NewYork));
        Assert.Null(CollectionsHold.For(closed, NewYork));
    }

    private static ClientLedger Owing(Money amount) => Ledger(Client).PostCharge(ChargeRequest.ForMissedAppointmentFee(
        new Posting(TestIds.Numbered<LedgerEntryId>(1), new LocalDate(2026, 1, 5), Ny(2026, 1, 5, 12), FrontDesk.UserId),
        TestIds.Numbered<ChargeId>(1),
        ChargeKind.NoShowFee,
        new LocalDate(2026, 1, 5),
        amount,
        "Missed appointment without notice.",
        "R4.2")).Value;

    private async Task<Complaint> Receive(ComplaintCategory category) => ResultAssert.Ok(await new ComplaintWorkflow(_audit, _ids).ReceiveAsync(
        new ComplaintDetails(
            Policies.Complaints.ComplaintChannel.Phone,
            category,
            new Complainant(ComplainantKind.Client, "Client One", "555-201-3344"),
            Client,
            ComplaintSubject.AgainstClinician(Associate, TestActors.Clinician.UserId),
            "I was charged for a session I cancelled two days ahead."),
        ComplaintTargets.Default,
        FrontDesk,
        Received));
}
