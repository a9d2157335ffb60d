using System.Collections.Immutable;
using CounselingRecords.Auditing;
using CounselingRecords.Billing.Ledger;
using CounselingRecords.Care;
using CounselingRecords.Finance;
using CounselingRecords.Identity;
using CounselingRecords.Policies;
using CounselingRecords.Policies.Cancellations;
using CounselingRecords.Policies.Documents;
using CounselingRecords.Practice.MissedAppointments;
using CounselingRecords.Practice.MissedAppointments.Specifications;
using CounselingRecords.Practice.Tasks;
using CounselingRecords.Practice.Tests.Support;
using CounselingRecords.Records.Clients;
using CounselingRecords.Scheduling;
using CounselingRecords.Scheduling.Appointments;
using CounselingRecords.Scheduling.Booking;
using CounselingRecords.Scheduling.Recurrence;
using CounselingRecords.Testing.Auditing;
using CounselingRecords.Testing.Identity;
using NodaTime;
using NodaTime.Testing;
using static CounselingRecords.Practice.Tests.Support.World;

namespace CounselingRecords.Practice.Tests.MissedAppointments;

public sealed class MissedAppointmentWorkflowTests
{
    private static readonly Money SessionFee = Money.Usd(180m);

    private readonly SeededIdGenerator _ids = TestIds.Seeded(31);
    private readonly RecordingAuditSink _audit = new();
    private readonly Client _client;
    private readonly Appointment _appointment;

    public MissedAppointmentWorkflowTests()
    {
        _client = ActiveClient(_ids);
        _appointment = Appointment(_client.Id, At(3, 3, 10));
    }

    [Fact]
    public async Task Record_CancellationTwoDaysAhead_IsCancelledByClientWithAZeroFeeRecord()
    {
        var received = Ny(2026, 3, 1, 9);

        var result = ResultAssert.Ok(await Workflow(received).RecordAsync(Input(CancellationEvent.ByClient(received, CancellationChannel.Phone))));

        Assert.Equal(AppointmentStatus.CancelledByClient, result.Appointment.Status);
        Assert.Equal(CancellationClassification.OnTimeCancellation, result.Decision.Classification);
        Assert.Null(result.Charge);
        Assert.Null(result.FeeAgreement);
        Assert.Equal(Money.Usd(0m), result.Outcome.ChargedFee);
        Assert.False(result.Outcome.WasCharged());
        Assert.Empty(result.Ledger.Entries);
        Assert.Equal(Duration.FromHours(49), result.Facts!.Notice);
        Assert.EndsWith("No fee was charged.", result.Outcome.Explain(), StringComparison.Ordinal);
        var entry = Assert.Single(_audit.Entries);
        Assert.Equal(AuditCategory.Scheduling, entry.Category);
        Assert.Equal(AuditOutcome.Succeeded, entry.Outcome);
    }

    [Fact]
    public async Task Record_LateCancellationUnderAnAcceptedPolicy_ChargesHalfTheSessionFeeToTheClientOnly()
    {
        // Received two hours before a 10:00 start with 24 hours required: late (R4.9); 50% of 180.00 (R4.2).
        var received = Ny(2026, 3, 3, 8);

        var result = ResultAssert.Ok(await Workflow(received).RecordAsync(Input(CancellationEvent.ByClient(received))));

        Assert.Equal(AppointmentStatus.LateCancelled, result.Appointment.Status);
        Assert.Equal(Money.Usd(90m), result.Outcome.ChargedFee);
        Assert.Equal(PracticeChargeIds.ForMissedAppointment(_appointment.Id, _client.Id), result.Charge);
        Assert.True(result.FeeAgreement!.IsChargeable);
        var entry = result.Ledger.FindCharge(result.Charge!.Value)!;
        Assert.Equal(ChargeKind.LateCancellationFee, entry.Charge!.Kind);
        Assert.Equal(ChargeRequest.LateCancellationCode, entry.Charge.Code);
        Assert.Null(entry.Charge.BillTo);
        Assert.False(entry.Charge.IsClaimable);
        Assert.Equal(new LocalDate(2026, 3, 3), entry.Charge.DateOfService);
        Assert.Equal("R4.2", entry.Explanation.RuleId);
        Assert.Contains(result.Decision.Explain(), entry.Explanation.Sentence, StringComparison.Ordinal);
        Assert.Equal(AuditCategory.Billing, Assert.Single(_audit.Entries).Category);
    }

    [Fact]
    public async Task Record_NoShow_ChargesTheFullSessionFee()
    {
        var result = ResultAssert.Ok(await Workflow(Ny(2026, 3, 3, 10, 20)).RecordAsync(Input(CancellationEvent.NoContact())));

        Assert.Equal(AppointmentStatus.NoShow, result.Appointment.Status);
        Assert.Equal(Money.Usd(180m), result.Outcome.ChargedFee);
        Assert.Equal(ChargeKind.NoShowFee, result.Ledger.FindCharge(result.Charge!.Value)!.Charge!.Kind);
        Assert.Null(result.Facts);
    }

    [Fact]
    public async Task Record_CancellationReceivedAfterTheStart_IsANoShow()
    {
        var received = Ny(2026, 3, 3, 10, 15);

        var result = ResultAssert.Ok(await Workflow(received).RecordAsync(Input(CancellationEvent.ByClient(received))));

        Assert.Equal(CancellationClassification.NoShow, result.Decision.Classification);
        Assert.Equal(AppointmentStatus.NoShow, result.Appointment.Status);
    }

    [Fact]
    public async Task Record_FeeWithoutAcceptedPolicy_IsNotChargedEvenWhenThePolicyDoesNotAskForAcceptance()
    {
        // The practice's policy does not require acceptance, so the engine charges; the workflow still honours
        // ConsentChecks.MayBeCharged: no fee under a version the client did not accept before the event (R4.8).
        var received = Ny(2026, 3, 3, 8);
        var input = Input(CancellationEvent.ByClient(received), acknowledgments: Acknowledgments(_client.Id, accepted: false), policies: PolicyHistory(requiresAcceptance: false));

        var result = ResultAssert.Ok(await Workflow(received).RecordAsync(input));

        Assert.Equal(Money.Usd(90m), result.Decision.Fee);
        Assert.False(result.FeeAgreement!.IsChargeable);
        Assert.Null(result.Charge);
        Assert.Empty(result.Ledger.Entries);
        Assert.Equal(ConsentRuleKeys.FeeNotAccepted, result.Outcome.ConsentRule!.Key);
        Assert.Contains(result.Outcome.ConsentRule.Explanation, result.Outcome.Explain(), StringComparison.Ordinal);
        Assert.Equal(AppointmentStatus.LateCancelled, result.Appointment.Status);
    }

    [Fact]
    public async Task Record_MedicaidClient_IsNeverCharged()
    {
        var input = Input(CancellationEvent.NoContact(), coverage: ClientCoverage.Only(PayerClass.Medicaid, MedicaidPayer));

        var result = ResultAssert.Ok(await Workflow(Ny(2026, 3, 3, 11)).RecordAsync(input));

        Assert.Equal(FeeOutcome.Exempt, result.Decision.Outcome);
        Assert.Contains(result.Decision.Rules, r => r.RuleId == "R4.6");
        Assert.Null(result.Charge);
        Assert.Equal(AppointmentStatus.NoShow, result.Appointment.Status);
    }

    [Fact]
    public async Task Record_ClinicianCancellation_IsCancelledByPracticeAndFree()
    {
        var at = Ny(2026, 3, 2, 16);

        var result = ResultAssert.Ok(await Workflow(at).RecordAsync(Input(CancellationEvent.ByClinician(at))));

        Assert.Equal(AppointmentStatus.CancelledByPractice, result.Appointment.Status);
        Assert.Equal(CancellationInitiator.Clinician, result.Appointment.Cancellation!.Initiator);
        Assert.Equal(CancellationClassification.ClinicianCancellation, result.Decision.Classification);
        Assert.Null(result.Charge);
    }

    [Fact]
    public async Task Record_ExcusedIllness_IsWaived()
    {
        var received = Ny(2026, 3, 3, 8);
        var excused = CancellationEvent.ByClient(received).WithException(new FeeException(FeeExceptionKind.Illness, "Flu", Admin.UserId, received));

        var result = ResultAssert.Ok(await Workflow(received).RecordAsync(Input(excused)));

        Assert.Equal(FeeOutcome.Waived, result.Decision.Outcome);
        Assert.Null(result.Charge);
        Assert.Equal(AppointmentStatus.LateCancelled, result.Appointment.Status);
    }

    [Fact]
    public async Task Record_MissedIntakeUnderAWaiver_IsWaived()
    {
        var intake = Appointment(_client.Id, At(3, 4, 10), type: Intake);
        var workflow = new MissedAppointmentWorkflow(Clock(Ny(2026, 3, 4, 11)), _ids, _audit, [Intake.Id]);

        var result = ResultAssert.Ok(await workflow.RecordAsync(Input(CancellationEvent.NoContact(), appointment: intake, policies: PolicyHistory(waiveIntake: true))));

        Assert.Equal(FeeOutcome.Waived, result.Decision.Outcome);
        Assert.Null(result.Charge);
    }

    [Fact]
    public async Task Record_SecondMissedSessionIn6Months_OpensOneAttendanceReview()
    {
        var first = ResultAssert.Ok(await Workflow(Ny(2026, 3, 3, 11)).RecordAsync(Input(CancellationEvent.NoContact())));
        var next = Appointment(_client.Id, At(3, 10, 10));

        var second = ResultAssert.Ok(await Workflow(Ny(2026, 3, 10, 11)).RecordAsync(Input(CancellationEvent.NoContact(), appointment: next, ledger: first.Ledger, earlier: [first.Outcome])));

        Assert.Null(first.ReviewTask);
        var task = second.ReviewTask!;
        Assert.Equal(PracticeTaskKind.ReviewAttendance, task.Kind);
        Assert.Equal(_client.Id, task.ClientId);
        Assert.Equal(Associate, task.AssignedTo);
        Assert.Equal(PolicyRuleIds.Escalation, task.RuleId);
        Assert.Equal(Ny(2026, 3, 10, 11) + Duration.FromDays(7), task.DueAt);
        Assert.Contains(nameof(EscalationAction.ReviewForDischarge), task.Reason, StringComparison.Ordinal);
        Assert.Equal(Money.Usd(360m), second.Ledger.Balances().ClientBalance);

        var third = Appointment(_client.Id, At(3, 17, 10));
        var again = ResultAssert.Ok(await Workflow(Ny(2026, 3, 17, 11)).RecordAsync(
            Input(CancellationEvent.NoContact(), appointment: third, ledger: second.Ledger, earlier: [first.Outcome, second.Outcome], openTasks: [task])));
        Assert.NotEmpty(again.Decision.Escalations);
        Assert.Null(again.ReviewTask);
    }

    [Fact]
    public async Task Record_FutureSeriesOccurrence_IsAlsoCancelledInTheSeriesPlan()
    {
        var booked = new BookingEngine(Clock(), _ids).BookSeries(
            Book(),
            new SeriesRequest(Associate, [_client.Id], Therapy.Id, NewYork, new LocalDate(2026, 3, 2), new LocalTime(9, 0), RecurrenceRule.Weekly(1, 4, null, IsoDayOfWeek.Monday)),
            FrontDesk);
        Assert.True(booked.Accepted, booked.Error?.ToString());
        var occurrence = booked.Appointments.Single(a => a.LocalStart.Date == new LocalDate(2026, 3, 16));
        var received = Ny(2026, 3, 9, 9);

        var result = ResultAssert.Ok(await Workflow(received).RecordAsync(Input(CancellationEvent.ByClient(received), appointment: occurrence, series: booked.Series[0])));

        Assert.Equal(AppointmentStatus.CancelledByClient, result.Appointment.Status);
        Assert.Equal(OccurrenceState.Cancelled, result.Series!.FindOccurrence(occurrence.OccurrenceId!.Value)!.Value.State);
    }

    [Fact]
    public async Task Record_GroupAppointment_IsRefused()
    {
        var other = ActiveClient(_ids);
        var group = Appointment(_client.Id, At(3, 4, 14), type: Group).WithClient(other.Id).Value;

        ResultAssert.Fails(await Workflow(Ny(2026, 3, 4, 16)).RecordAsync(Input(CancellationEvent.NoContact(), appointment: group)), PracticeErrorCodes.GroupAppointment);
    }

    [Fact]
    public async Task Record_TheSameAppointmentTwice_IsRefused()
    {
        var first = ResultAssert.Ok(await Workflow(Ny(2026, 3, 3, 11)).RecordAsync(Input(CancellationEvent.NoContact())));

        var again = await Workflow(Ny(2026, 3, 3, 12)).RecordAsync(Input(CancellationEvent.NoContact(), ledger: first.Ledger, earlier: [first.Outcome]));

        ResultAssert.Fails(again, PracticeErrorCodes.OutcomeAlreadyRecorded);
        Assert.Equal(AuditOutcome.Failed, _audit.Entries[^1].Outcome);
    }

    [Fact]
    public async Task Record_CompletedAppointment_IsRefused()
    {
        var completed = _appointment.MarkArrived(FrontDesk, Ny(2026, 3, 3, 10)).Value.Complete(FrontDesk, Ny(2026, 3, 3, 11)).Value;

        ResultAssert.Fails(await Workflow(Ny(2026, 3, 3, 12)).RecordAsync(Input(CancellationEvent.NoContact(), appointment: completed)), PracticeErrorCodes.AppointmentNotOpen);
    }

    [Fact]
    public async Task Record_NoShowBeforeTheStart_IsRefusedByScheduling()
    {
        var result = await Workflow(Ny(2026, 3, 3, 9)).RecordAsync(Input(CancellationEvent.NoContact()));

        ResultAssert.FailsWithDetail(result, PracticeErrorCodes.MissedTransitionRefused, SchedulingErrorCodes.NoShowBeforeStart);
    }

    [Fact]
    public async Task Record_NoPolicyVersionInEffect_IsRefused()
    {
        var result = await Workflow(Ny(2026, 3, 3, 11)).RecordAsync(Input(CancellationEvent.NoContact(), policies: PolicyHistory(effectiveFrom: new LocalDate(2026, 4, 1))));

        ResultAssert.FailsWithDetail(result, PracticeErrorCodes.NoPolicyInEffect, PoliciesErrorCodes.PolicyNoVersionInEffect);
    }

    [Fact]
    public void SessionFeeFor_SlidingScaleClient_IsTheFeeAfterTheDiscount()
    {
        var full = ResultAssert.Ok(MissedAppointmentWorkflow.SessionFeeFor(Fees, "90837", new LocalDate(2026, 3, 3), Associate, _client.Id));
        var reduced = ResultAssert.Ok(MissedAppointmentWorkflow.SessionFeeFor(Fees, "90837", new LocalDate(2026, 3, 3), Associate, _client.Id, SlidingFee(_client.Id, 30_000m, 3)));

        Assert.Equal(Money.Usd(180m), full);
        Assert.Equal(Money.Usd(36m), reduced);
        Assert.True(MissedAppointmentWorkflow.SessionFeeFor(Fees, "99999", new LocalDate(2026, 3, 3), Associate, _client.Id).Failure);
    }

    [Fact]
    public void CancellationOutcomesForClientSpec_ListsTheClientsOutcomesOldestFirst()
    {
        var policy = Policy();
        var decision = CancellationEngine.Evaluate(policy, new AppointmentFacts(_appointment.Id, _client.Id, Associate, _appointment.StartInstant, SessionFee, false), ClientHistory.Empty, ClientCoverage.SelfPay, CancellationEvent.NoContact());
        var later = new CancellationOutcome(_appointment.Id, _client.Id, Associate, AppointmentStatus.NoShow, decision, null, null, Money.Usd(0m), Ny(2026, 3, 4, 9), Admin.UserId, 0);
        var otherClient = TestIds.Numbered<ClientId>(77);
        var otherDecision = CancellationEngine.Evaluate(policy, new AppointmentFacts(TestIds.Numbered<AppointmentId>(5), otherClient, Associate, _appointment.StartInstant, SessionFee, false), ClientHistory.Empty, ClientCoverage.SelfPay, CancellationEvent.NoContact());
        var other = new CancellationOutcome(TestIds.Numbered<AppointmentId>(5), otherClient, Associate, AppointmentStatus.NoShow, otherDecision, null, null, Money.Usd(0m), Ny(2026, 3, 3, 9), Admin.UserId, 0);

        var found = new CancellationOutcomesForClientSpec(_client.Id).Evaluate([later, other]).ToList();

        Assert.Equal(new[] { later }, found);
        Assert.Throws<ArgumentException>(() => new CancellationOutcome(_appointment.Id, _client.Id, Associate, AppointmentStatus.NoShow, decision, null, null, Money.Usd(180m), Ny(2026, 3, 4, 9), Admin.UserId, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new CancellationOutcome(_appointment.Id, _client.Id, Associate, AppointmentStatus.Completed, decision, null, null, Money.Usd(0m), Ny(2026, 3, 4, 9), Admin.UserId, 0));
    }

    private MissedAppointmentWorkflow Workflow(Instant now) => new(new FakeClock(now), _ids, _audit, [Intake.Id]);

    private MissedAppointmentInput Input(
        CancellationEvent cancellation,
        Appointment? appointment = null,
        ClientAcknowledgments? acknowledgments = null,
        CancellationPolicyHistory? policies = null,
        ClientCoverage? coverage = null,
        ClientLedger? ledger = null,
        ImmutableArray<CancellationOutcome> earlier = default,
        RecurringSeries? series = null,
        ImmutableArray<PracticeTask> openTasks = default) =>
        new(
            appointment ?? _appointment,
            cancellation,
            policies ?? PolicyHistory(),
            SessionFee,
            coverage ?? ClientCoverage.SelfPay,
            acknowledgments ?? Acknowledgments(_client.Id),
            ledger ?? Ledger(_client.Id),
            FrontDesk,
            new LocalDate(2026, 3, 3),
            earlier,
            series,
            openTasks);
}
