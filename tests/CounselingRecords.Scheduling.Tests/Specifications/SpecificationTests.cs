using CounselingRecords.Scheduling.Appointments;
using CounselingRecords.Scheduling.Booking;
using CounselingRecords.Scheduling.Recurrence;
using CounselingRecords.Scheduling.Specifications;
using NodaTime;

namespace CounselingRecords.Scheduling.Tests.Specifications;

public sealed class SpecificationTests
{
    private static readonly BookingEngine Engine = Fixture.Engine();

    private static Appointment[] Appointments()
    {
        var book = Fixture.Book();
        book = Engine.Book(book, Fixture.Request(Fixture.At(3, 2, 10)), Fixture.Staff).Book;
        book = Engine.Book(book, Fixture.Request(Fixture.At(3, 2, 13), client: Fixture.Client2), Fixture.Staff).Book;
        book = Engine.Book(book, Fixture.Request(Fixture.At(3, 3, 10), Fixture.Clinician2), Fixture.Staff).Book;
        book = Engine.Book(book, Fixture.Request(Fixture.At(3, 9, 10)), Fixture.Staff).Book;
        var confirmed = book.Calendar.Appointments.Single(a => a.LocalStart == Fixture.At(3, 2, 13));
        book = book.WithAppointment(confirmed.Confirm(Fixture.Staff, Fixture.Now).Value);
        return book.Calendar.Appointments.ToArray();
    }

    [Fact]
    public void ClinicianDaySpec_ReturnsThatClinicianThatDayInOrder()
    {
        var day = new ClinicianDaySpec(Fixture.Clinician1, new LocalDate(2026, 3, 2), Fixture.NewYork).Evaluate(Appointments()).ToArray();

        Assert.Equal(new[] { Fixture.At(3, 2, 10), Fixture.At(3, 2, 13) }, day.Select(a => a.LocalStart).ToArray());
    }

    [Fact]
    public void ClientUpcomingAppointmentsSpec_ReturnsTheClientsFutureAppointments()
    {
        var upcoming = new ClientUpcomingAppointmentsSpec(Fixture.Client1, Fixture.Now).Evaluate(Appointments()).ToArray();

        Assert.Equal(new[] { Fixture.At(3, 2, 10), Fixture.At(3, 3, 10), Fixture.At(3, 9, 10) }, upcoming.Select(a => a.LocalStart).ToArray());
    }

    [Fact]
    public void UnconfirmedAppointmentsSpec_Next48Hours_SkipsConfirmedAndLater()
    {
        var unconfirmed = new UnconfirmedAppointmentsSpec(Fixture.Now).Evaluate(Appointments()).ToArray();

        Assert.Equal(new[] { Fixture.At(3, 2, 10), Fixture.At(3, 3, 10) }, unconfirmed.Select(a => a.LocalStart).ToArray());
    }

    [Fact]
    public void SeriesEndingSoonSpec_FindsSeriesWhoseLastOccurrenceIsNear()
    {
        var ending = Recurrence.SeriesFactory.Series(Fixture.NewYork, new LocalDate(2026, 3, 2), new LocalTime(10, 0), RecurrenceRule.Weekly(count: 2));
        var long_ = Recurrence.SeriesFactory.Series(Fixture.NewYork, new LocalDate(2026, 3, 2), new LocalTime(10, 0), RecurrenceRule.Weekly(count: 20));

        var found = new SeriesEndingSoonSpec(Fixture.Now).Evaluate([ending, long_]).ToArray();

        Assert.Same(ending, Assert.Single(found));
    }
}
