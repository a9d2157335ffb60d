using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Diagnostics;
using CounselingRecords.Access;
using CounselingRecords.Auditing;
using CounselingRecords.Care;
using CounselingRecords.Identity;
using CounselingRecords.Scheduling;
using CounselingRecords.Scheduling.Appointments;
using CounselingRecords.Scheduling.AppointmentTypes;
using CounselingRecords.Scheduling.Availability;
using CounselingRecords.Scheduling.Booking;
using CounselingRecords.Scheduling.Specifications;
using CounselingRecords.Testing.Access;
using CounselingRecords.Testing.Clocks;
using CounselingRecords.Testing.Identity;
using NodaTime;
using Xunit.Abstractions;

namespace CounselingRecords.Storage.Sqlite.Tests.Reliability;

/// <summary>
/// Reliability of the SQLite store with the scheduling area's real <see cref="Appointment"/> (S4, docs/storage.md
/// "Double booking"), on a temporary WAL file: racing bookings of one clinician slot, a thousand concurrent updates of
/// one appointment, and a unit of work that fails half-way. Counts are asserted; elapsed times are printed.
/// </summary>
public sealed class AppointmentReliabilityTests(ITestOutputHelper output)
{
    private const int Racers = 8;
    private static readonly ClinicianId Clinician = TestActors.Clinician.ClinicianId!.Value;
    private static readonly AppointmentType Therapy = new(TestIds.Numbered<AppointmentTypeId>(1), "Individual therapy", Duration.FromMinutes(53), Duration.Zero, Duration.FromMinutes(7), Modality.InPerson, true, 1, 0);
    private static readonly LocalDate Monday = new(2026, 3, 2);

    [Fact]
    public async Task Book_EightHostsFromOneStaleViewOfTheSameSlot_StoresOneAndTheOthersGetTheSlotConflict()
    {
        await using var database = new TemporaryDatabase();
        var store = database.Open();
        Assert.Equal("wal", database.Scalar("PRAGMA journal_mode;"));

        // Every host reads the clinician's (empty) day and books 10:00 with the booking engine before any of them
        // writes: each engine accepts. Only the store's slot claim (clinician + start instant) can stop the others.
        var readAll = new Barrier(Racers);
        var watch = Stopwatch.StartNew();
        var attempts = Enumerable.Range(1, Racers).Select(n => Task.Run(async () =>
        {
            await using var session = store.OpenSession();
            var appointments = session.Repository<Appointment>();
            var booked = Engine(n).Book(await BookOf(appointments), Request(n, new LocalTime(10, 0)), TestActors.FrontDesk);
            Assert.True(booked.Accepted, booked.ToString());
            readAll.SignalAndWait(TimeSpan.FromSeconds(20));
            try
            {
                await session.ExecuteAsync(ct => appointments.AddAsync(booked.Appointments[0], ct));
                return (Stored: true, Conflict: (ConcurrencyConflictException?)null);
            }
            catch (ConcurrencyConflictException conflict)
            {
                return (Stored: false, Conflict: conflict);
            }
        })).ToList();
        var results = await Task.WhenAll(attempts);
        watch.Stop();

        Assert.Single(results, r => r.Stored);
        Assert.Equal(Racers - 1, results.Count(r => r.Conflict is not null));
        Assert.Equal(1L, database.Scalar("SELECT COUNT(*) FROM doc_appointment;"));
        Assert.Equal(1L, database.Scalar("SELECT COUNT(DISTINCT uq_slot) FROM doc_appointment;"));
        await using var check = store.OpenSession();
        var day = await check.Repository<Appointment>().ListAsync(new ClinicianDaySpec(Clinician, Monday, RealAppointments.NewYork));
        Assert.Equal(new LocalDateTime(2026, 3, 2, 10, 0), Assert.Single(day).LocalStart);
        output.WriteLine($"{Racers} hosts booking one slot from a stale view: 1 stored, {Racers - 1} ConcurrencyConflictException (slot claim), {watch.ElapsedMilliseconds} ms");
    }

    [Fact]
    public async Task Book_EightHostsOverlappingStartsInsideUnitsOfWork_StoresOneAndRefusesTheOthers()
    {
        await using var database = new TemporaryDatabase();
        var store = database.Open();

        // 10:00, 10:05, … 10:35: different start instants, so no claim collides; every one overlaps the others. The
        // booking engine decides over the day read inside the unit of work, which holds the write lock from its start
        // (BEGIN IMMEDIATE): a read-check-write cannot interleave with another, so exactly one books.
        var go = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var watch = Stopwatch.StartNew();
        var attempts = Enumerable.Range(1, Racers).Select(n => Task.Run(async () =>
        {
            await go.Task;
            await using var session = store.OpenSession();
            var appointments = session.Repository<Appointment>();
            return await session.ExecuteAsync(async ct =>
            {
                var booked = Engine(n).Book(await BookOf(appointments, ct), Request(n, new LocalTime(10, 0).PlusMinutes(5 * (n - 1))), TestActors.FrontDesk);
                if (booked.Accepted)
                {
                    await appointments.AddAsync(booked.Appointments[0], ct);
                }

                return booked;
            });
        })).ToList();
        go.SetResult();
        var results = await Task.WhenAll(attempts);
        watch.Stop();

        Assert.Single(results, r => r.Accepted);
        var refused = results.Where(r => !r.Accepted).ToList();
        Assert.Equal(Racers - 1, refused.Count);
        Assert.All(refused, r =>
        {
            Assert.Equal(SchedulingErrorCodes.BookingRefused, r.Error!.Code);
            Assert.Contains(r.Conflicts, c => c.Kind == ConflictKind.ClinicianDoubleBooked);
        });
        Assert.Equal(1L, database.Scalar("SELECT COUNT(*) FROM doc_appointment;"));
        output.WriteLine($"{Racers} hosts booking overlapping starts in units of work: 1 stored, {Racers - 1} refused ({SchedulingErrorCodes.BookingRefused}, clinician double booked), {watch.ElapsedMilliseconds} ms");
    }

    [Fact]
    public async Task SaveAsync_AThousandConcurrentUpdatesOfOneAppointment_KeepsEveryAcceptedWriteInVersionOrder()
    {
        const int Updates = 1000;
        const int Writers = 8;
        const int Seats = 8;
        await using var database = new TemporaryDatabase();
        var store = database.Open();
        var original = RealAppointments.Scheduled(1, Clinician, 1, new LocalDateTime(2026, 3, 2, 18, 0), capacity: Seats + 1);
        await using (var session = store.OpenSession())
        {
            await session.Repository<Appointment>().AddAsync(original);
        }

        // A group session of 8 seats: each update adds one client (client 1 + update), releasing the longest-booked
        // seat when full, and saves it with an audit entry in one unit of work; a stale version is retried from a
        // fresh read. Each accepted write keeps the client list it wrote, to check that it was made on the one before.
        var accepted = new ConcurrentBag<(int Update, long Version, ImmutableArray<ClientId> Clients)>();
        var conflicts = 0;
        var next = 0;
        var watch = Stopwatch.StartNew();
        var writers = Enumerable.Range(0, Writers).Select(_ => Task.Run(async () =>
        {
            await using var session = store.OpenSession();
            var repository = session.Repository<Appointment>();
            for (var update = Interlocked.Increment(ref next); update <= Updates; update = Interlocked.Increment(ref next))
            {
                while (true)
                {
                    var current = (await repository.FindAsync(original.Key))!;
                    var changed = current.WithClient(TestIds.Numbered<ClientId>(1 + update)).Value;
                    changed = changed.Clients.Length > Seats ? changed.WithoutClient(changed.Clients[0]).Value : changed;
                    try
                    {
                        var saved = await session.ExecuteAsync(async ct =>
                        {
                            var written = await repository.SaveAsync(changed, ct);
                            await session.AuditTrail.AppendAsync(Entry(update, written), ct);
                            return written;
                        });
                        accepted.Add((update, saved.Version, saved.Clients));
                        break;
                    }
                    catch (ConcurrencyConflictException)
                    {
                        Interlocked.Increment(ref conflicts);
                    }
                }
            }
        })).ToList();
        await Task.WhenAll(writers);
        watch.Stop();

        await using var check = store.OpenSession();
        var final = (await check.Repository<Appointment>().FindAsync(original.Key))!;
        var inVersionOrder = accepted.OrderBy(a => a.Version).ToList();
        Assert.Equal(1 + Updates, final.Version);
        Assert.Equal(Enumerable.Range(2, Updates).Select(v => (long)v), inVersionOrder.Select(a => a.Version));
        Assert.Equal(Enumerable.Range(1, Updates), accepted.Select(a => a.Update).Order());

        // None lost: every accepted write was made on the accepted write just before it (its clients plus its own
        // client, less the longest-booked one when full), and the stored appointment is the last accepted write.
        var previous = original.Clients;
        foreach (var write in inVersionOrder)
        {
            var expected = previous.Add(TestIds.Numbered<ClientId>(1 + write.Update));
            expected = expected.Length > Seats ? expected.RemoveAt(0) : expected;
            Assert.Equal(expected.ToArray(), write.Clients.ToArray());
            previous = write.Clients;
        }

        Assert.Equal(previous.ToArray(), final.Clients.ToArray());
        var audited = new List<string>();
        await foreach (var link in check.AuditTrail.ReadAsync())
        {
            audited.Add(link.Entry.Reason!);
        }

        Assert.Equal(inVersionOrder.Select(a => $"update {a.Update} -> v{a.Version}"), audited);
        Assert.True((await check.AuditTrail.VerifyChainAsync()).IsIntact);
        output.WriteLine($"{Updates} updates of one appointment by {Writers} writers: all kept, versions 2..{final.Version} once each, {conflicts} conflicts retried, {watch.ElapsedMilliseconds} ms");
    }

    [Fact]
    public async Task UnitOfWork_SecondAggregateFails_LeavesNeitherWritten()
    {
        await using var database = new TemporaryDatabase();
        var store = database.Open();
        var held = RealAppointments.Monday10(1, 1);
        await using (var setup = store.OpenSession())
        {
            await setup.Repository<Appointment>().AddAsync(held);
        }

        // A reschedule: add the replacement at 14:00, then mark the original rescheduled from a stale version (0, as
        // a host that never read it back would). The second write is refused; the first must not survive.
        await using var session = store.OpenSession();
        var appointments = session.Repository<Appointment>();
        var replacement = RealAppointments.Scheduled(2, Clinician, 1, new LocalDateTime(2026, 3, 2, 14, 0));
        var stale = held.MarkRescheduled(replacement.Id, TestActors.FrontDesk, held.BookedAt + Duration.FromDays(1)).Value.WithVersion(0);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => session.ExecuteAsync(async ct =>
        {
            await appointments.AddAsync(replacement, ct);
            await session.AuditTrail.AppendAsync(Entry(1, replacement), ct);
            return await appointments.UpdateAsync(stale, ct);
        }));

        Assert.Equal(1L, database.Scalar("SELECT COUNT(*) FROM doc_appointment;"));
        Assert.Equal(0L, database.Scalar("SELECT COUNT(*) FROM audit_log;"));
        var unchanged = (await appointments.FindAsync(held.Key))!;
        Assert.Equal(AppointmentStatus.Scheduled, unchanged.Status);
        Assert.Equal(1, unchanged.Version);
        Assert.Null(await appointments.FindAsync(replacement.Key));

        // An exception thrown by the workflow itself after both writes is the same: nothing is kept.
        await Assert.ThrowsAsync<InvalidOperationException>(() => session.ExecuteAsync<int>(async ct =>
        {
            await appointments.AddAsync(replacement, ct);
            await appointments.UpdateAsync(held.MarkRescheduled(replacement.Id, TestActors.FrontDesk, held.BookedAt + Duration.FromDays(1)).Value.WithVersion(1), ct);
            throw new InvalidOperationException("The reschedule workflow failed after its two writes.");
        }));

        Assert.Equal(1L, database.Scalar("SELECT COUNT(*) FROM doc_appointment;"));
        Assert.Equal(1L, database.Scalar("SELECT MAX(version) FROM doc_appointment;"));
        Assert.Equal(AppointmentStatus.Scheduled, (await appointments.FindAsync(held.Key))!.Status);
    }

    private static BookingEngine Engine(int host) => new(TestClock.At(), TestIds.Seeded(100 + host));

    private static BookingRequest Request(int client, LocalTime start) =>
        new(Clinician, [TestIds.Numbered<ClientId>(client)], Therapy.Id, Monday.At(start), RealAppointments.NewYork);

    /// <summary>The schedule a host decides on: the clinician's weekly hours, the appointment type and the stored day.</summary>
    private static async Task<ScheduleBook> BookOf(IRepository<Appointment> appointments, CancellationToken cancellationToken = default)
    {
        var day = await appointments.ListAsync(new ClinicianDaySpec(Clinician, Monday, RealAppointments.NewYork), cancellationToken);
        var hours = ClinicianAvailability.Weekly(Clinician, RealAppointments.NewYork, new LocalDate(2026, 1, 1), [new WorkingBlock(IsoDayOfWeek.Monday, new LocalTime(9, 0), new LocalTime(17, 0), null)]);
        return ScheduleBook.Empty.WithAvailability(hours).WithAppointmentType(Therapy).WithAppointments(day);
    }

    private static AuditEntry Entry(int update, Appointment appointment) => new(
        TestIds.Numbered<AuditEntryId>(update),
        TestClock.DefaultStart,
        TestActors.FrontDesk.UserId,
        Role.FrontDesk,
        AuditAction.Update,
        AuditCategory.Scheduling,
        new RecordReference("Appointment", appointment.Key),
        appointment.Clients[0],
        AuditOutcome.Succeeded,
        null,
        $"update {update} -> v{appointment.Version}");
}
