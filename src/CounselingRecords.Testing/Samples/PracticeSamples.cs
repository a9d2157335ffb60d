using CounselingRecords.Auditing;
using CounselingRecords.Care;
using CounselingRecords.Finance;
using CounselingRecords.Identity;
using CounselingRecords.Policies.Cancellations;
using CounselingRecords.Practice.MissedAppointments;
using CounselingRecords.Practice.Tasks;
using CounselingRecords.Scheduling.Booking;
using CounselingRecords.Testing.Access;
using CounselingRecords.Testing.Auditing;
using CounselingRecords.Testing.Identity;
using NodaTime;
using NodaTime.Testing;

namespace CounselingRecords.Testing.Samples;

/// <summary>
/// Realistic, fully populated aggregates of the cross-area workflows: a completed practice task (with its closing note)
/// and the cancellation outcome the missed-appointment workflow records for a no-show charged under the accepted policy.
/// </summary>
public static class PracticeSamples
{
    /// <summary>Builds a documentation task, assigned to the associate, completed with a note.</summary>
    /// <param name="seed">The seed of the ids.</param>
    /// <returns>The task.</returns>
    public static PracticeTask PracticeTask(int seed = 15)
    {
        var task = Practice.Tasks.PracticeTask.Open(
            TestIds.Seeded(seed),
            PracticeTaskKind.CompleteDocumentation,
            new RecordReference("Appointment", TestIds.Numbered<AppointmentId>(seed).ToString()),
            TestIds.Numbered<ClientId>(1),
            SampleWorld.Associate,
            SampleWorld.Ny(2026, 3, 2, 15),
            SampleWorld.Ny(2026, 3, 5, 15),
            "R7.4",
            "Session of 2026-03-02 completed: the note is due within 72 hours.");
        return SampleWorld.Ok(task.Complete(TestActors.Clinician.UserId, SampleWorld.Ny(2026, 3, 3, 9), "Note signed"));
    }

    /// <summary>Builds the outcome of a no-show of client 1 (who accepted the fee policy): the full session fee charged to the client.</summary>
    /// <param name="seed">The seed of the ids.</param>
    /// <returns>The outcome.</returns>
    public static CancellationOutcome CancellationOutcome(int seed = 16)
    {
        var client = TestIds.Numbered<ClientId>(1);
        var clock = new FakeClock(SampleWorld.Ny(2026, 2, 23, 9));
        var ids = TestIds.Seeded(seed);
        var individual = Scheduling.AppointmentTypes.AppointmentType.Individual(TestIds.Numbered<AppointmentTypeId>(2), "Individual 60", Duration.FromMinutes(60), Modality.InPerson);
        var book = ScheduleBook.Empty
            .WithAppointmentType(individual)
            .WithAvailability(SchedulingSamples.ClinicianAvailability());
        var booked = new BookingEngine(clock, ids).Book(book, new BookingRequest(SampleWorld.Associate, [client], individual.Id, new LocalDateTime(2026, 3, 2, 10, 0), SampleWorld.NewYork), TestActors.FrontDesk);
        if (!booked.Accepted)
        {
            throw new InvalidOperationException($"Sample could not be booked: {booked.Error!.Code}");
        }

        clock.Reset(SampleWorld.Ny(2026, 3, 2, 11, 30));
        var workflow = new MissedAppointmentWorkflow(clock, ids, new RecordingAuditSink());
        var result = workflow.RecordAsync(new MissedAppointmentInput(
            booked.Appointment,
            CancellationEvent.NoContact(),
            PoliciesSamples.CancellationPolicyHistory(),
            Money.Usd(150m),
            ClientCoverage.SelfPay,
            PoliciesSamples.ClientAcknowledgments(),
            Billing.Ledger.ClientLedger.Open(client, Currency.Usd),
            TestActors.FrontDesk,
            new LocalDate(2026, 3, 2))).AsTask().GetAwaiter().GetResult();
        return SampleWorld.Ok(result).Outcome;
    }
}
