using CounselingRecords.Identity;
using CounselingRecords.Scheduling.Appointments;
using CounselingRecords.Scheduling.Booking;
using CounselingRecords.Testing.Identity;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace CounselingRecords.Scheduling.Tests.Booking;

public sealed class BookingProperties
{
    private static readonly ClinicianId[] Clinicians = [Fixture.Clinician1, Fixture.Clinician2];
    private static readonly ClientId[] Clients = [Fixture.Client1, Fixture.Client2, Fixture.Client3];

    [Property(Arbitrary = [typeof(OperationArbitraries)], MaxTest = 200)]
    public bool AnySequenceOfBookCancelReschedule_LeavesNoOverlapForAClinicianIncludingBuffers(Operation[] operations)
    {
        var engine = Fixture.Engine();
        var book = Fixture.Book();
        foreach (var op in operations)
        {
            var existing = book.Calendar.Appointments.Where(a => a.IsBlocking).OrderBy(a => a.Id.Value).ToArray();
            book = op.Kind switch
            {
                0 => engine.Book(book, Fixture.Request(op.Local, Clinicians[op.Clinician], Clients[op.Client], op.Buffered ? Fixture.Buffered : Fixture.Therapy, op.Room ? Fixture.Room1 : null), Fixture.Staff).Book,
                1 when existing.Length > 0 => engine.CancelByPractice(book, existing[op.Pick % existing.Length].Id, Fixture.Staff, CancellationInitiator.Practice).Book,
                2 when existing.Length > 0 => engine.Reschedule(book, existing[op.Pick % existing.Length].Id, op.Local, Fixture.Staff).Book,
                _ => book,
            };
        }

        var blocking = book.Calendar.Appointments.Where(a => a.IsBlocking).ToArray();
        foreach (var a in blocking)
        {
            foreach (var b in blocking)
            {
                if (a.Id == b.Id)
                {
                    continue;
                }

                var sameClinician = a.AllClinicians.Intersect(b.AllClinicians).Any();
                if (sameClinician && a.BlockedStart < b.BlockedEnd && b.BlockedStart < a.BlockedEnd)
                {
                    return false;
                }

                var sameClient = a.Clients.Intersect(b.Clients).Any();
                var sameRoom = a.RoomId is not null && a.RoomId == b.RoomId;
                if ((sameClient || sameRoom) && a.StartInstant < b.EndInstant && b.StartInstant < a.EndInstant)
                {
                    return false;
                }
            }
        }

        return true;
    }

    [Property(Arbitrary = [typeof(OperationArbitraries)], MaxTest = 200)]
    public bool CalendarIndex_FindsExactlyWhatAScanFinds(Operation[] operations, int queryStart, byte queryLength)
    {
        var engine = Fixture.Engine();
        var book = Fixture.Book();
        foreach (var op in operations.Where(o => o.Kind == 0))
        {
            // Force entries in: overlapping bookings are refused, so add straight to the calendar.
            var booked = engine.Book(Fixture.Book(), Fixture.Request(op.Local, Clinicians[op.Clinician], Clients[op.Client], op.Buffered ? Fixture.Buffered : Fixture.Therapy), Fixture.Staff);
            if (booked.Accepted)
            {
                book = book.WithAppointment(booked.Appointment.WithVersion(0));
            }
        }

        var start = Fixture.Now + Duration.FromMinutes(Math.Abs(queryStart % (7 * 24 * 60)));
        var end = start + Duration.FromMinutes(queryLength + 1);
        var all = book.Calendar.Appointments.ToArray();
        var ok = true;
        foreach (var clinician in Clinicians)
        {
            var scan = all.Where(a => a.Involves(clinician) && a.BlockedStart < end && start < a.BlockedEnd).Select(a => a.Id).Order();
            ok &= scan.SequenceEqual(book.Calendar.ClinicianBlockedOverlapping(clinician, start, end).Select(a => a.Id).Order());
            var dayScan = all.Count(a => a.Involves(clinician) && a.StartInstant >= start && a.StartInstant < end);
            ok &= dayScan == book.Calendar.CountStarting(clinician, start, end);
        }

        foreach (var client in Clients)
        {
            var scan = all.Where(a => a.Clients.Contains(client) && a.StartInstant < end && start < a.EndInstant).Select(a => a.Id).Order();
            ok &= scan.SequenceEqual(book.Calendar.ClientOverlapping(client, start, end).Select(a => a.Id).Order());
        }

        var rebuilt = AppointmentCalendar.From(all);
        foreach (var clinician in Clinicians)
        {
            ok &= rebuilt.ClinicianBlockedOverlapping(clinician, start, end).Select(a => a.Id).Order()
                .SequenceEqual(book.Calendar.ClinicianBlockedOverlapping(clinician, start, end).Select(a => a.Id).Order());
        }

        return ok;
    }

    public sealed record Operation(int Kind, int Clinician, int Client, LocalDateTime Local, bool Buffered, bool Room, int Pick);

    public static class OperationArbitraries
    {
        public static Arbitrary<Operation[]> Operations() =>
            Gen.ArrayOf(
                from kind in Gen.Frequency((5, Gen.Constant(0)), (1, Gen.Constant(1)), (2, Gen.Constant(2)))
                from clinician in Gen.Choose(0, Clinicians.Length - 1)
                from client in Gen.Choose(0, Clients.Length - 1)
                from day in Gen.Choose(3, 6)
                from quarter in Gen.Choose(8 * 4, (17 * 4) + 2)
                from buffered in Gen.Elements(false, true)
                from room in Gen.Elements(false, true)
                from pick in Gen.Choose(0, 1000)
                select new Operation(kind, clinician, client, new LocalDateTime(2026, 3, day, 0, 0).PlusMinutes(quarter * 15), buffered, room, pick))
            .Select(ops => ops.Take(40).ToArray())
            .ToArbitrary();
    }
}
