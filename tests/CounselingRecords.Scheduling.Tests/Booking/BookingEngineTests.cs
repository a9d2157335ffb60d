using CounselingRecords.Identity;
using CounselingRecords.Scheduling.Appointments;
using CounselingRecords.Scheduling.Availability;
using CounselingRecords.Scheduling.Booking;
using CounselingRecords.Scheduling.Recurrence;
using CounselingRecords.Scheduling.Rules;
using NodaTime;

namespace CounselingRecords.Scheduling.Tests.Booking;

public sealed class BookingEngineTests
{
    private readonly BookingEngine _engine = Fixture.Engine();

    private ScheduleBook BookedAt10(ScheduleBook? book = null, RoomId? room = null) =>
        _engine.Book(book ?? Fixture.Book(), Fixture.Request(Fixture.At(3, 3, 10), room: room), Fixture.Staff).Book;

    [Fact]
    public void Book_FreeTime_IsScheduledWithLocalTimeZoneAndInstants()
    {
        var result = _engine.Book(Fixture.Book(), Fixture.Request(Fixture.At(3, 3, 10)), Fixture.Staff);

        Assert.True(result.Accepted);
        var a = result.Appointment;
        Assert.Equal(AppointmentStatus.Scheduled, a.Status);
        Assert.Equal(Fixture.At(3, 3, 10), a.LocalStart);
        Assert.Equal(Fixture.NewYork, a.Zone);
        Assert.Equal(Instant.FromUtc(2026, 3, 3, 15, 0), a.StartInstant);
        Assert.Equal(Instant.FromUtc(2026, 3, 3, 15, 50), a.EndInstant);
        Assert.Equal(Fixture.Now, a.BookedAt);
        Assert.Same(a, result.Book.FindAppointment(a.Id));
    }

    [Fact]
    public void Book_OverlappingTheClinician_IsRefusedAsDoubleBookedAndNamesTheAppointment()
    {
        var book = BookedAt10();
        var first = book.Calendar.Appointments.Single();

        var result = _engine.Book(book, Fixture.Request(Fixture.At(3, 3, 10, 30), client: Fixture.Client2), Fixture.Staff);

        var conflict = Assert.Single(result.Conflicts);
        Assert.Equal(ConflictKind.ClinicianDoubleBooked, conflict.Kind);
        Assert.Equal(SchedulingErrorCodes.ClinicianDoubleBooked, conflict.Code);
        Assert.Equal(SchedulingRules.ClinicianDoubleBooking, conflict.RuleId);
        Assert.Equal(first.Id, conflict.ConflictingAppointment);
        Assert.Contains("2026-03-03 10:00", conflict.Message, StringComparison.Ordinal);
        Assert.Equal(SchedulingErrorCodes.BookingRefused, result.Error!.Code);
        Assert.Same(book, result.Book);
    }

    [Fact]
    public void Book_InTheBufferAfter_IsRefusedAsInsideBuffer_ButBackToBackAfterItIsAccepted()
    {
        var book = BookedAt10(); // 10:00–10:50 plus 10 minutes after

        var inBuffer = _engine.Book(book, Fixture.Request(Fixture.At(3, 3, 10, 55), client: Fixture.Client2), Fixture.Staff);
        var after = _engine.Book(book, Fixture.Request(Fixture.At(3, 3, 11), client: Fixture.Client2), Fixture.Staff);

        Assert.Equal(ConflictKind.InsideBuffer, Assert.Single(inBuffer.Conflicts).Kind);
        Assert.True(after.Accepted);
    }

    [Fact]
    public void Book_NewBufferBeforeOverlapsAnEarlierSession_IsInsideBuffer()
    {
        var book = BookedAt10(); // blocked until 11:00

        var result = _engine.Book(book, Fixture.Request(Fixture.At(3, 3, 11, 10), client: Fixture.Client2, type: Fixture.Buffered), Fixture.Staff);

        Assert.Equal(ConflictKind.InsideBuffer, Assert.Single(result.Conflicts).Kind);
    }

    [Fact]
    public void Book_ClientBusyWithAnotherClinician_IsClientDoubleBooked()
    {
        var result = _engine.Book(BookedAt10(), Fixture.Request(Fixture.At(3, 3, 10, 30), clinician: Fixture.Clinician2), Fixture.Staff);

        var conflict = Assert.Single(result.Conflicts);
        Assert.Equal(ConflictKind.ClientDoubleBooked, conflict.Kind);
        Assert.Equal(Fixture.Client1, conflict.Client);
    }

    [Fact]
    public void Book_RoomInUse_IsRoomTaken()
    {
        var result = _engine.Book(BookedAt10(room: Fixture.Room1), Fixture.Request(Fixture.At(3, 3, 10, 30), Fixture.Clinician2, Fixture.Client2, room: Fixture.Room1), Fixture.Staff);

        Assert.Equal(ConflictKind.RoomTaken, Assert.Single(result.Conflicts).Kind);
        Assert.True(_engine.Book(BookedAt10(room: Fixture.Room1), Fixture.Request(Fixture.At(3, 3, 10, 30), Fixture.Clinician2, Fixture.Client2, room: Fixture.Room2), Fixture.Staff).Accepted);
    }

    [Theory]
    [InlineData(3, 3, 17, 30)] // ends 18:20, after the 18:00 block end
    [InlineData(3, 8, 10, 0)] // Sunday
    [InlineData(3, 7, 11, 30)] // Saturday block ends at 12:00
    public void Book_OutsideWorkingBlocks_IsOutsideAvailability(int month, int day, int hour, int minute)
    {
        var result = _engine.Book(Fixture.Book(), Fixture.Request(Fixture.At(month, day, hour, minute)), Fixture.Staff);

        Assert.Equal(ConflictKind.OutsideAvailability, Assert.Single(result.Conflicts).Kind);
    }

    [Fact]
    public void Book_DuringTimeOff_IsOutsideAvailability_AndExtraHoursOpenASunday()
    {
        var availability = Fixture.Availability(Fixture.Clinician1)
            .WithException(AvailabilityException.TimeOff(Fixture.At(3, 3, 9), Fixture.At(3, 3, 12), "Training"))
            .WithException(AvailabilityException.ExtraHours(Fixture.At(3, 8, 12), Fixture.At(3, 8, 14)));
        var book = Fixture.Book().WithAvailability(availability);

        Assert.Equal(ConflictKind.OutsideAvailability, Assert.Single(_engine.Book(book, Fixture.Request(Fixture.At(3, 3, 10)), Fixture.Staff).Conflicts).Kind);
        Assert.True(_engine.Book(book, Fixture.Request(Fixture.At(3, 8, 12)), Fixture.Staff).Accepted);
    }

    [Fact]
    public void Book_TooSoonOrTooFar_IsNoticeTooShortOrBeyondHorizon()
    {
        var rules = new BookingRules(Duration.FromHours(24), Duration.FromDays(30), Duration.FromDays(365), null, null);
        var book = Fixture.Book(rules);

        var soon = _engine.Book(book, Fixture.Request(Fixture.At(3, 2, 15)), Fixture.Staff);
        var far = _engine.Book(book, Fixture.Request(Fixture.At(4, 15, 10)), Fixture.Staff);
        var exactlyDayAhead = _engine.Book(book, Fixture.Request(Fixture.At(3, 3, 9)), Fixture.Staff);

        Assert.Equal(ConflictKind.NoticeTooShort, Assert.Single(soon.Conflicts).Kind);
        Assert.Equal(ConflictKind.BeyondHorizon, Assert.Single(far.Conflicts).Kind);
        Assert.True(exactlyDayAhead.Accepted);
    }

    [Fact]
    public void Book_OverTheDailyAndWeeklyCaps_IsCapReached()
    {
        var book = Fixture.Book(new BookingRules(Duration.Zero, Duration.FromDays(90), Duration.FromDays(365), 2, 3));
        book = _engine.Book(book, Fixture.Request(Fixture.At(3, 3, 9)), Fixture.Staff).Book;
        book = _engine.Book(book, Fixture.Request(Fixture.At(3, 3, 11)), Fixture.Staff).Book;

        var third = _engine.Book(book, Fixture.Request(Fixture.At(3, 3, 13)), Fixture.Staff);
        book = _engine.Book(book, Fixture.Request(Fixture.At(3, 4, 13)), Fixture.Staff).Book;
        var fourthInWeek = _engine.Book(book, Fixture.Request(Fixture.At(3, 5, 13)), Fixture.Staff);
        var nextWeek = _engine.Book(book, Fixture.Request(Fixture.At(3, 9, 13)), Fixture.Staff);

        Assert.Equal(SchedulingErrorCodes.DailyCapReached, Assert.Single(third.Conflicts).Code);
        Assert.Equal(SchedulingErrorCodes.WeeklyCapReached, Assert.Single(fourthInWeek.Conflicts).Code);
        Assert.True(nextWeek.Accepted);
    }

    [Fact]
    public void Book_ReturningOnlyTypeForNewClient_IsNotAllowed()
    {
        var result = _engine.Book(Fixture.Book(), Fixture.Request(Fixture.At(3, 3, 10), type: Fixture.Review) with { ClientIsNew = true }, Fixture.Staff);

        Assert.Equal(ConflictKind.NotAllowedForNewClients, Assert.Single(result.Conflicts).Kind);
    }

    [Fact]
    public void Book_SeveralConflicts_ReportsEveryOne()
    {
        var book = BookedAt10(room: Fixture.Room1);
        var request = Fixture.Request(Fixture.At(3, 3, 10, 15), room: Fixture.Room1) with { Clients = [Fixture.Client1, Fixture.Client2] };

        var result = _engine.Book(book, request, Fixture.Staff);

        Assert.Equal(
            new[] { ConflictKind.CapacityExceeded, ConflictKind.ClinicianDoubleBooked, ConflictKind.ClientDoubleBooked, ConflictKind.RoomTaken },
            result.Conflicts.Select(c => c.Kind).ToArray());
        Assert.Equal(4, result.Error!.Details.Length);
    }

    [Fact]
    public void Book_InvalidRequest_FailsValidationWithCodes()
    {
        var request = Fixture.Request(Fixture.At(3, 3, 10)) with { Clients = [Fixture.Client1, Fixture.Client1], Room = Fixture.Room1, Location = null };

        var result = _engine.Book(Fixture.Book(), request, Fixture.Staff);

        Assert.Equal("core.validation.failed", result.Error!.Code);
        Assert.Equal(
            new[] { SchedulingErrorCodes.RequestClientsInvalid, SchedulingErrorCodes.RequestRoomNeedsLocation },
            result.Error.Details.Select(d => d.Code).ToArray());
    }

    [Fact]
    public void Reschedule_ToLaterSameMorning_FreesItsOwnTimeAndLinksBothWays()
    {
        var booked = _engine.Book(Fixture.Book(), Fixture.Request(Fixture.At(3, 3, 10)), Fixture.Staff);

        var result = _engine.Reschedule(booked.Book, booked.Appointment.Id, Fixture.At(3, 3, 10, 30), Fixture.Staff, "client_request");

        Assert.True(result.Accepted);
        var (replacement, original) = (result.Appointments[0], result.Appointments[1]);
        Assert.Equal(AppointmentStatus.Rescheduled, original.Status);
        Assert.Equal(replacement.Id, original.RescheduledTo);
        Assert.Equal(original.Id, replacement.RescheduledFrom);
        Assert.Equal(Fixture.At(3, 3, 10, 30), replacement.LocalStart);
        Assert.False(result.Book.FindAppointment(original.Id)!.IsBlocking);
    }

    [Fact]
    public void CancelByClient_FreesTheTimeForAnotherBooking()
    {
        var booked = _engine.Book(Fixture.Book(), Fixture.Request(Fixture.At(3, 3, 10)), Fixture.Staff);

        var cancelled = _engine.CancelByClient(booked.Book, booked.Appointment.Id, Fixture.Client, Fixture.Now, late: false);
        var rebooked = _engine.Book(cancelled.Book, Fixture.Request(Fixture.At(3, 3, 10), client: Fixture.Client2), Fixture.Staff);

        Assert.Equal(AppointmentStatus.CancelledByClient, cancelled.Appointment.Status);
        Assert.True(rebooked.Accepted);
    }

    [Fact]
    public void AddClient_GroupUpToCapacity_ThenRefused()
    {
        var group = _engine.Book(Fixture.Book(), Fixture.Request(Fixture.At(3, 3, 14), type: Fixture.Group), Fixture.Staff);
        var book = _engine.AddClient(group.Book, group.Appointment.Id, Fixture.Client2, clientIsNew: true).Book;
        book = _engine.AddClient(book, group.Appointment.Id, Fixture.Client3, clientIsNew: false).Book;

        var full = _engine.AddClient(book, group.Appointment.Id, Testing.Identity.TestIds.Numbered<ClientId>(4), false);

        Assert.Equal(3, book.FindAppointment(group.Appointment.Id)!.Clients.Length);
        Assert.Equal(SchedulingErrorCodes.CapacityExceeded, full.Error!.Code);
    }

    [Fact]
    public void AddClient_ClientBusy_IsClientDoubleBooked()
    {
        var book = _engine.Book(Fixture.Book(), Fixture.Request(Fixture.At(3, 3, 14), clinician: Fixture.Clinician2, client: Fixture.Client2), Fixture.Staff).Book;
        var group = _engine.Book(book, Fixture.Request(Fixture.At(3, 3, 14), type: Fixture.Group), Fixture.Staff);

        var result = _engine.AddClient(group.Book, group.Appointment.Id, Fixture.Client2, false);

        Assert.Equal(ConflictKind.ClientDoubleBooked, Assert.Single(result.Conflicts).Kind);
    }

    [Fact]
    public void BookSeries_WeeklyAcrossSpringForward_BooksEveryOccurrenceAtTenLocal()
    {
        var request = new SeriesRequest(Fixture.Clinician1, [Fixture.Client1], Fixture.Therapy.Id, Fixture.NewYork, new LocalDate(2026, 3, 2), new LocalTime(10, 0), RecurrenceRule.Weekly(count: 4));

        var result = _engine.BookSeries(Fixture.Book(), request, Fixture.Staff);

        Assert.True(result.Accepted);
        Assert.Equal(
            new[] { Instant.FromUtc(2026, 3, 2, 15, 0), Instant.FromUtc(2026, 3, 9, 14, 0), Instant.FromUtc(2026, 3, 16, 14, 0), Instant.FromUtc(2026, 3, 23, 14, 0) },
            result.Appointments.Select(a => a.StartInstant).ToArray());
        Assert.All(result.Appointments, a => Assert.Equal(new LocalTime(10, 0), a.LocalStart.TimeOfDay));
        Assert.All(result.Appointments, a => Assert.Equal(result.Series[0].Id, a.SeriesId));
    }

    [Fact]
    public void BookSeries_OneOccurrenceCollides_RefusesTheWholeSeriesAndNamesTheOccurrence()
    {
        var book = _engine.Book(Fixture.Book(), Fixture.Request(Fixture.At(3, 16, 10, 30), client: Fixture.Client2), Fixture.Staff).Book;
        var request = new SeriesRequest(Fixture.Clinician1, [Fixture.Client1], Fixture.Therapy.Id, Fixture.NewYork, new LocalDate(2026, 3, 2), new LocalTime(10, 0), RecurrenceRule.Weekly(count: 4));

        var result = _engine.BookSeries(book, request, Fixture.Staff);

        var conflict = Assert.Single(result.Conflicts);
        Assert.Equal(ConflictKind.ClinicianDoubleBooked, conflict.Kind);
        Assert.Equal(Fixture.At(3, 16, 10), conflict.OccurrenceId);
        Assert.Equal(1, result.Book.Calendar.Count);
        Assert.Empty(result.Book.Series);
    }

    [Fact]
    public void SplitSeries_ThisAndFollowing_ReschedulesFutureAppointmentsAndLeavesEarlierOnes()
    {
        var clock = Fixture.Clock();
        var engine = Fixture.Engine(clock);
        var request = new SeriesRequest(Fixture.Clinician1, [Fixture.Client1], Fixture.Therapy.Id, Fixture.NewYork, new LocalDate(2026, 3, 2), new LocalTime(10, 0), RecurrenceRule.Weekly(count: 6));
        var booked = engine.BookSeries(Fixture.Book(), request, Fixture.Staff);
        clock.AdvanceDays(8); // Tuesday 2026-03-10: two occurrences have passed
        var earlier = booked.Appointments.Take(2).ToArray();

        var result = engine.SplitSeries(booked.Book, booked.Series[0].Id, Fixture.At(3, 16, 10), new SeriesChange(TimeOfDay: new LocalTime(11, 0)), Fixture.Staff);

        Assert.True(result.Accepted);
        Assert.All(earlier, a => Assert.Same(a, result.Book.FindAppointment(a.Id)));
        var created = result.Appointments.Where(a => a.Status == AppointmentStatus.Scheduled).ToArray();
        var replaced = result.Appointments.Where(a => a.Status == AppointmentStatus.Rescheduled).ToArray();
        Assert.Equal(4, created.Length);
        Assert.Equal(4, replaced.Length);
        Assert.All(created, a => Assert.Equal(new LocalTime(11, 0), a.LocalStart.TimeOfDay));
        Assert.All(replaced, old => Assert.Contains(created, n => n.Id == old.RescheduledTo && n.RescheduledFrom == old.Id));
        Assert.Equal(2, result.Book.FindSeries(booked.Series[0].Id)!.OccurrenceCount);
    }

    [Fact]
    public void CancelByPractice_SeriesOccurrence_RecordsTheCancellationInTheSeries()
    {
        var request = new SeriesRequest(Fixture.Clinician1, [Fixture.Client1], Fixture.Therapy.Id, Fixture.NewYork, new LocalDate(2026, 3, 2), new LocalTime(10, 0), RecurrenceRule.Weekly(count: 3));
        var booked = _engine.BookSeries(Fixture.Book(), request, Fixture.Staff);

        var result = _engine.CancelByPractice(booked.Book, booked.Appointments[1].Id, Fixture.Staff, CancellationInitiator.Clinician, "illness");

        var series = result.Book.FindSeries(booked.Series[0].Id)!;
        Assert.Equal(OccurrenceState.Cancelled, series.FindOccurrence(Fixture.At(3, 9, 10))!.Value.State);
        Assert.Equal(CancellationInitiator.Clinician, result.Appointment.Cancellation!.Initiator);
    }

    [Fact]
    public void Reschedule_SeriesOccurrence_RecordsTheMoveInTheSeries()
    {
        var request = new SeriesRequest(Fixture.Clinician1, [Fixture.Client1], Fixture.Therapy.Id, Fixture.NewYork, new LocalDate(2026, 3, 2), new LocalTime(10, 0), RecurrenceRule.Weekly(count: 3));
        var booked = _engine.BookSeries(Fixture.Book(), request, Fixture.Staff);

        var result = _engine.Reschedule(booked.Book, booked.Appointments[1].Id, Fixture.At(3, 10, 15), Fixture.Staff);

        var occurrence = result.Book.FindSeries(booked.Series[0].Id)!.FindOccurrence(Fixture.At(3, 9, 10))!.Value;
        Assert.Equal(OccurrenceState.Moved, occurrence.State);
        Assert.Equal(Fixture.At(3, 10, 15), occurrence.LocalStart);
        Assert.Equal(Fixture.At(3, 9, 10), result.Appointments[0].OccurrenceId);
    }
}
