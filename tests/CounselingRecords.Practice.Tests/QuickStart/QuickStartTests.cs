using CounselingRecords.Billing.Payers;
using CounselingRecords.Billing.Statements;
using CounselingRecords.Finance;
using CounselingRecords.Identity;
using CounselingRecords.Policies.Cancellations;
using CounselingRecords.Practice.Documentation;
using CounselingRecords.Practice.MissedAppointments;
using CounselingRecords.Practice.NoteBilling;
using CounselingRecords.Practice.Tasks;
using CounselingRecords.Records.Clients;
using CounselingRecords.Records.Notes;
using CounselingRecords.Scheduling.Booking;
using CounselingRecords.Testing.Auditing;
using NodaTime;
using NodaTime.Testing;
using static CounselingRecords.Practice.Tests.Support.World;

namespace CounselingRecords.Practice.Tests.QuickStart;

/// <summary>
/// The README's quick start: the core calls of the practice sample, for one client. The practice's fee catalog,
/// schedule book (clinicians' availability, appointment types), clinician directory and 24-hour cancellation policy
/// come from <see cref="Support.World"/>; the sample (samples/CounselingRecords.Samples.Practice) builds its own.
/// </summary>
public sealed class QuickStartTests
{
    [Fact]
    public async Task QuickStart_SignedSessionAndLateCancellation_AreChargedExplainedAndAudited()
    {
        // quick-start:begin
        var ids = new SeededIdGenerator(42);               // ids and time are injected: every run is reproducible
        var clock = new FakeClock(Ny(2026, 3, 2, 9));
        var audit = new RecordingAuditSink();              // any IAuditSink: the SQLite or in-memory audit trail

        // A client, and a session booked for Monday 2026-03-09 10:00 New York (the day after the DST change).
        var now = clock.GetCurrentInstant();
        var client = Client.Register(ids, Registration(Licensed), now).Value.Activate(new LocalDate(2026, 3, 2), now).Value;
        var scheduling = new BookingEngine(clock, ids);
        var session = scheduling.Book(Book(), new BookingRequest(Licensed, [client.Id], Therapy.Id, At(3, 9, 10), NewYork), FrontDesk).Appointments[0];

        // Completed → a documentation task; the signed note → its charge (a note is never billed before it is signed, R7.6).
        var completed = new CompleteAppointmentWorkflow(ids).Complete(new CompleteAppointmentInput(session, FrontDesk, session.EndInstant)).Value;
        var signedAt = session.EndInstant + Duration.FromHours(2);
        var note = SessionNote.Start(ids, client, NoteDraft(client.Id, session, session.StartInstant, minutes: 53, author: Licensed), session.EndInstant).Value
            .Sign(LicensedClinician.ToSigner(), signedAt).Value;
        var billed = (await new SignedNoteBillingWorkflow(ids, audit, Roster, Fees).BillAsync(new BillSignedNoteInput(
            note, Ledger(client.Id), PayerProfile.SelfPay, Biller, new LocalDate(2026, 3, 9), signedAt, DocumentationTask: completed.DocumentationTasks[0]))).Value;

        // The next session is cancelled with two hours' notice: the cancellation policy decides, charges and explains the fee.
        var next = scheduling.Book(Book(), new BookingRequest(Licensed, [client.Id], Therapy.Id, At(3, 16, 10), NewYork), FrontDesk).Appointments[0];
        clock.Reset(Ny(2026, 3, 16, 8));
        var cancelled = (await new MissedAppointmentWorkflow(clock, ids, audit, [Intake.Id]).RecordAsync(new MissedAppointmentInput(
            next, CancellationEvent.ByClient(clock.GetCurrentInstant()), PolicyHistory(), Money.Usd(180m), ClientCoverage.SelfPay,
            Acknowledgments(client.Id), billed.Ledger, FrontDesk, new LocalDate(2026, 3, 16)))).Value;

        // The March statement, and the tamper-evident audit trail.
        var statements = new StatementGenerator(new StatementSettings(
            new PracticeHeader("Riverside Counseling", "12 Main St, New York, NY 10001", "555-0100", "12-3456789"), 30, AgingAnchor.DateOfService,
            "Card, check or online", "Ask about our sliding fee scale", "Billing office, 555-0101"));
        var statement = statements.Generate(cancelled.Ledger, new StatementRequest(ids.New<StatementId>(),
            new DateInterval(new LocalDate(2026, 3, 1), new LocalDate(2026, 3, 31)), new LocalDate(2026, 3, 31), "A-1", new StatementRecipient("Jordan Rivera", "Jordan Rivera", "1 Elm St")));
        var chain = await audit.VerifyChainAsync();
        // quick-start:end

        Assert.Equal(Instant.FromUtc(2026, 3, 9, 14, 0), session.StartInstant);   // 10:00 EDT: wall-clock time kept across DST
        Assert.Equal("90837", Assert.Single(billed.Lines).Code);                   // 53 minutes: the 53+ band (R1.1)
        Assert.Equal(PracticeTaskStatus.Completed, billed.DocumentationTask!.Status);
        Assert.Equal(Money.Usd(90m), cancelled.Outcome.ChargedFee);               // late: 50 % of the 180.00 session fee (R4.2)
        Assert.Contains("late cancellation", cancelled.Outcome.Explain(), StringComparison.Ordinal);
        Assert.Equal(Money.Usd(270m), statement.Totals.AmountDue);                 // 180.00 session + 90.00 fee, nothing paid
        Assert.Equal(new[] { "90837", "LATECANCEL" }, statement.Services.Select(s => s.Code));
        Assert.True(chain.IsIntact);
        Assert.Equal(2, chain.EntriesChecked);                                     // one entry per billing decision (R7.15)
    }
}
