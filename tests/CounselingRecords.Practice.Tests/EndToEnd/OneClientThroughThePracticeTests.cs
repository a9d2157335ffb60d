using CounselingRecords.Billing.Collections;
using CounselingRecords.Billing.Payers;
using CounselingRecords.Finance;
using CounselingRecords.Policies.Cancellations;
using CounselingRecords.Policies.Complaints;
using CounselingRecords.Policies.Documents;
using CounselingRecords.Policies.Inquiries;
using CounselingRecords.Practice.ComplaintHandling;
using CounselingRecords.Practice.Documentation;
using CounselingRecords.Practice.InquiryConversion;
using CounselingRecords.Practice.MissedAppointments;
using CounselingRecords.Practice.NoteBilling;
using CounselingRecords.Practice.PlanReviews;
using CounselingRecords.Practice.ProgressReporting;
using CounselingRecords.Practice.Tasks;
using CounselingRecords.Practice.Tests.Support;
using CounselingRecords.Records.Clinical;
using CounselingRecords.Records.Notes;
using CounselingRecords.Scheduling.Appointments;
using CounselingRecords.Testing.Access;
using CounselingRecords.Testing.Auditing;
using CounselingRecords.Testing.Identity;
using CounselingRecords.TreatmentPlans.Progress;
using NodaTime;
using NodaTime.Testing;
using static CounselingRecords.Practice.Tests.Support.Plans;
using static CounselingRecords.Practice.Tests.Support.World;

namespace CounselingRecords.Practice.Tests.EndToEnd;

/// <summary>
/// One client's first month, through every workflow in order: an inquiry becomes a client with an intake; the
/// intake is completed, documented by a supervised clinician, co-signed and billed; a plan is written; a weekly
/// session across the daylight-saving change is completed, documented and billed, and its PHQ-9 achieves the
/// plan's objective by rule; a late cancellation and a no-show are charged under the accepted policy and escalate
/// to an attendance review; the month's progress report records the achievement; a billing complaint holds
/// collections; the plan's review comes due. The ledger, the tasks and the audit chain are checked at the end.
/// </summary>
public sealed class OneClientThroughThePracticeTests
{
    [Fact]
    public async Task AMonthForOneClient_ConnectsEveryArea()
    {
        var ids = TestIds.Seeded(2026);
        var audit = new RecordingAuditSink();
        var clock = new FakeClock(Ny(2026, 2, 20, 9));
        var tasks = new List<PracticeTask>();

        // 1. Inquiry → client + intake (Monday 2026-03-02 10:00 with the associate).
        var inquiries = new InquiryWorkflow(audit, ids);
        var inquiry = ResultAssert.Ok(await inquiries.ReceiveAsync(
            new InquiryDetails(InquiryChannel.Phone, new ProspectContact("Jordan Rivera", "555-0101", null, ContactMethod.Phone, true), RequestedService.IndividualTherapy),
            InquiryTargets.Default, FrontDesk, clock.GetCurrentInstant()));
        inquiry = ResultAssert.Ok(await inquiries.ScreenAsync(inquiry, ScreeningOutcome.Appropriate, null, FrontDesk, clock.GetCurrentInstant()));
        var converted = ResultAssert.Ok(await new InquiryConversionWorkflow(clock, ids, audit, [Intake.Id], Roster)
            .ConvertAsync(new InquiryConversionInput(inquiry, Registration(), Book(), Associate, Intake.Id, At(3, 2, 10), NewYork, FrontDesk)));
        var client = converted.Client.Activate(new LocalDate(2026, 2, 27), Ny(2026, 2, 27, 9)).Value;
        var acknowledgments = Acknowledgments(client.Id);
        var ledger = Ledger(client.Id);

        // 2. Intake completed → documentation task; the associate's note needs the supervisor's co-signature before billing.
        var completion = ResultAssert.Ok(new CompleteAppointmentWorkflow(ids).Complete(new CompleteAppointmentInput(converted.Appointment, FrontDesk, Ny(2026, 3, 2, 11, 5))));
        var intakeTask = Assert.Single(completion.DocumentationTasks);
        var intakeNote = SessionNote.Start(ids, client, NoteDraft(client.Id, converted.Appointment, converted.Appointment.StartInstant, 60, Associate, Supervisor, ServiceKind.DiagnosticEvaluation, progress: []), converted.Appointment.EndInstant).Value
            .Sign(AssociateClinician.ToSigner(), Ny(2026, 3, 2, 16)).Value;
        var billing = new SignedNoteBillingWorkflow(ids, audit, Roster, Fees);
        ResultAssert.Fails(await billing.BillAsync(new BillSignedNoteInput(intakeNote, ledger, PayerProfile.SelfPay, Biller, new LocalDate(2026, 3, 2), Ny(2026, 3, 2, 17), DocumentationTask: intakeTask)), PracticeErrorCodes.NoteAwaitingCoSign);
        intakeNote = intakeNote.CoSign(SupervisorClinician.ToSigner(), Ny(2026, 3, 3, 9)).Value;
        var intakeBilled = ResultAssert.Ok(await billing.BillAsync(new BillSignedNoteInput(intakeNote, ledger, PayerProfile.SelfPay, Biller, new LocalDate(2026, 3, 3), Ny(2026, 3, 3, 10), DocumentationTask: intakeTask)));
        Assert.Equal("90791", Assert.Single(intakeBilled.Lines).Code);
        Assert.Equal(PracticeTaskStatus.Completed, intakeBilled.DocumentationTask!.Status);
        ledger = intakeBilled.Ledger;

        // 3. The plan, and the first weekly session on Monday 2026-03-09, after the spring-forward change (10:00 EDT = 14:00 UTC).
        var plan = Plan(client.Id, new LocalDate(2026, 3, 2), ids);
        var session = Appointment(client.Id, At(3, 9, 10), clock: new FakeClock(Ny(2026, 3, 2, 12)));
        Assert.Equal(Instant.FromUtc(2026, 3, 9, 14, 0), session.StartInstant);
        var sessionCompletion = ResultAssert.Ok(new CompleteAppointmentWorkflow(ids).Complete(new CompleteAppointmentInput(session, FrontDesk, Ny(2026, 3, 9, 11, 2))));
        var objective = Phq9Objective(plan).Id;
        var sessionNote = SessionNote.Start(ids, client, NoteDraft(client.Id, session, session.StartInstant, 53, Associate, Supervisor,
                progress: [new ObjectiveProgressEntry(objective, ProgressRating.Achieved, "Mood much improved")], measurements: [new SessionMeasurement("PHQ-9", 4m)]), session.EndInstant).Value
            .Sign(AssociateClinician.ToSigner(), Ny(2026, 3, 9, 15)).Value
            .CoSign(SupervisorClinician.ToSigner(), Ny(2026, 3, 10, 9)).Value;
        var recording = RecordPhq9(plan, 4, new LocalDate(2026, 3, 9), ids, sessionNote.Id);
        Assert.Equal(new[] { objective }, recording.AchievedObjectives);
        plan = LinkSession(recording.Plan, sessionNote.Id, new LocalDate(2026, 3, 9), objective);
        var history = VisitHistory.From([intakeBilled.ServiceFacts], new LocalDate(2026, 3, 9));
        var sessionBilled = ResultAssert.Ok(await billing.BillAsync(new BillSignedNoteInput(
            sessionNote, ledger, PayerProfile.SelfPay, Biller, new LocalDate(2026, 3, 10), Ny(2026, 3, 10, 10), history, DocumentationTask: sessionCompletion.DocumentationTasks[0])));
        Assert.Equal("90837", Assert.Single(sessionBilled.Lines).Code);
        Assert.True(sessionBilled.SessionFacts.HasPriorDiagnosticEvaluation);
        ledger = sessionBilled.Ledger;

        // 4. A late cancellation for 2026-03-16 (two hours' notice) and a no-show on 2026-03-23, under the accepted policy.
        var sessionFee = ResultAssert.Ok(MissedAppointmentWorkflow.SessionFeeFor(Fees, "90837", new LocalDate(2026, 3, 16), Associate, client.Id));
        var late = Appointment(client.Id, At(3, 16, 10), clock: new FakeClock(Ny(2026, 3, 9, 12)));
        var lateResult = ResultAssert.Ok(await new MissedAppointmentWorkflow(new FakeClock(Ny(2026, 3, 16, 8)), ids, audit, [Intake.Id]).RecordAsync(new MissedAppointmentInput(
            late, CancellationEvent.ByClient(Ny(2026, 3, 16, 8)), PolicyHistory(), sessionFee, ClientCoverage.SelfPay, acknowledgments, ledger, FrontDesk, new LocalDate(2026, 3, 16))));
        Assert.Equal(Money.Usd(90m), lateResult.Outcome.ChargedFee);
        var missed = Appointment(client.Id, At(3, 23, 10), clock: new FakeClock(Ny(2026, 3, 16, 12)));
        var noShow = ResultAssert.Ok(await new MissedAppointmentWorkflow(new FakeClock(Ny(2026, 3, 23, 10, 30)), ids, audit, [Intake.Id]).RecordAsync(new MissedAppointmentInput(
            missed, CancellationEvent.NoContact(), PolicyHistory(), sessionFee, ClientCoverage.SelfPay, acknowledgments, lateResult.Ledger, FrontDesk, new LocalDate(2026, 3, 23), [lateResult.Outcome])));
        Assert.Equal(Money.Usd(180m), noShow.Outcome.ChargedFee);
        tasks.Add(noShow.ReviewTask!);
        ledger = noShow.Ledger;

        // 5. The March progress report records the objective achieved by rule and the attendance.
        var report = ResultAssert.Ok(new ProgressReportWorkflow(ids, Roster).Generate(new ProgressReportInput(
            plan, new LocalDate(2026, 3, 1), new LocalDate(2026, 3, 31), Associate,
            [completion.Appointment, sessionCompletion.Appointment, lateResult.Appointment, noShow.Appointment],
            [intakeNote, sessionNote], ProgressPresets.UnitedStates, NewYork, Ny(2026, 4, 1, 9))));
        Assert.Equal(new[] { objective }, report.AchievedByRule);
        Assert.Equal(2, report.Report.Attendance.Attended);
        Assert.Equal(2, report.Report.Attendance.Missed);
        Assert.Equal(Supervisor, report.Report.CoSignerId);
        Assert.Empty(report.LinkedNotesNotReported);

        // 6. A billing complaint about the no-show fee: tasks with deadlines, collections held.
        var complaint = ResultAssert.Ok(await new ComplaintWorkflow(audit, ids).ReceiveAsync(
            new ComplaintDetails(ComplaintChannel.Phone, ComplaintCategory.Billing, new Complainant(ComplainantKind.Client, "Jordan Rivera", null), client.Id, ComplaintSubject.Practice, "I dispute the missed-session fee."),
            ComplaintTargets.Default, FrontDesk, Ny(2026, 4, 2, 9)));
        var complaintTasks = ResultAssert.Ok(new ComplaintTaskWorkflow(ids).OpenTasks(new ComplaintTaskInput(complaint, [], Ny(2026, 4, 2, 9), NewYork)));
        tasks.AddRange(complaintTasks.Opened);
        var collections = CollectionsReferralCheck.Evaluate(ledger.Snapshot(), new CollectionsPolicy(true, 0, 0, 0m, false), CollectionsHold.DisputesFor([complaint], ledger.Snapshot(), NewYork), new LocalDate(2026, 4, 2), new LocalDate(2026, 4, 3));
        Assert.False(collections.MayRefer);

        // 7. The plan's 90-day review (R7.13) comes due on 2026-05-31.
        var reviews = new PlanReviewTaskWorkflow(ids).OpenTasks(new PlanReviewTaskInput([plan], [.. tasks], Ny(2026, 6, 1, 9), NewYork));
        tasks.AddRange(reviews.Opened);
        Assert.Equal(new LocalDate(2026, 5, 31), reviews.Statuses[plan.Id].DueOn);

        // The ledger: 200.00 intake + 180.00 session + 90.00 late cancellation + 180.00 no-show.
        Assert.Equal(Money.Usd(650m), ledger.Balances().ClientBalance);
        Assert.Equal(
            new[] { PracticeTaskKind.ReviewAttendance, PracticeTaskKind.AcknowledgeComplaint, PracticeTaskKind.InvestigateComplaint, PracticeTaskKind.RespondToComplaint, PracticeTaskKind.ReviewTreatmentPlan },
            tasks.Select(t => t.Kind));
        Assert.True((await audit.VerifyChainAsync()).IsIntact);
        Assert.Equal(TestActors.Biller.UserId, audit.Entries.Last(e => e.Category == Auditing.AuditCategory.Billing && e.Record == sessionNote.ToReference()).ActorUserId);
    }
}
