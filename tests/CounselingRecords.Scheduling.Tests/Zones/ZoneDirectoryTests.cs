using CounselingRecords.Identity;
using CounselingRecords.Scheduling.Zones;
using CounselingRecords.Testing.Identity;
using NodaTime;

namespace CounselingRecords.Scheduling.Tests.Zones;

public sealed class ZoneDirectoryTests
{
    private static readonly PracticeId Practice = TestIds.Numbered<PracticeId>(1);

    [Fact]
    public void WithPracticeZone_ExistingAppointment_KeepsItsZoneLocalTimeAndInstant()
    {
        // S1.2: changing the practice zone never moves an existing appointment.
        var directory = ZoneDirectory.ForPractice(Practice, Fixture.NewYork);
        var book = Fixture.Book();
        var booked = Fixture.Engine().Book(book, Fixture.Request(Fixture.At(3, 3, 10), zone: directory.BookingZone(Fixture.Clinician1, null)), Fixture.Staff).Appointment;

        var moved = directory.WithPracticeZone(Fixture.LosAngeles);

        Assert.Equal(Fixture.LosAngeles, moved.BookingZone(Fixture.Clinician1, null));
        Assert.Equal(Fixture.NewYork, booked.Zone);
        Assert.Equal(Fixture.At(3, 3, 10), booked.LocalStart);
        Assert.Equal(Instant.FromUtc(2026, 3, 3, 15, 0), booked.StartInstant);
        Assert.Equal(new LocalDateTime(2026, 3, 3, 7, 0), booked.StartIn(moved.PracticeZone).LocalDateTime);
    }

    [Fact]
    public void ZoneOf_PracticeAndClientInDifferentZones_EachSeesTheAppointmentOnTheirClock()
    {
        var directory = ZoneDirectory.ForPractice(Practice, Fixture.NewYork).WithClientZone(Fixture.Client1, Fixture.London);
        var booked = Fixture.Engine().Book(Fixture.Book(), Fixture.Request(Fixture.At(3, 3, 10)), Fixture.Staff).Appointment;

        Assert.Equal(new LocalDateTime(2026, 3, 3, 10, 0), booked.StartIn(directory.ZoneOf(Fixture.Clinician1)).LocalDateTime);
        Assert.Equal(new LocalDateTime(2026, 3, 3, 15, 0), booked.StartIn(directory.ZoneOf(Fixture.Client1)).LocalDateTime);

        // Between 2026-03-08 (US change) and 2026-03-29 (UK change) the gap is four hours, not five.
        var afterUsChange = Fixture.Engine().Book(Fixture.Book(), Fixture.Request(Fixture.At(3, 10, 10)), Fixture.Staff).Appointment;
        Assert.Equal(new LocalDateTime(2026, 3, 10, 14, 0), afterUsChange.StartIn(directory.ZoneOf(Fixture.Client1)).LocalDateTime);
    }

    [Fact]
    public void ZoneOf_WithoutOwnZone_FallsBackToThePractice()
    {
        var directory = ZoneDirectory.ForPractice(Practice, Fixture.NewYork).WithLocationZone(Fixture.Office, Fixture.LosAngeles);

        Assert.Equal(Fixture.NewYork, directory.ZoneOf(Fixture.Client2));
        Assert.Equal(Fixture.LosAngeles, directory.BookingZone(Fixture.Clinician1, Fixture.Office));
        Assert.Equal(Fixture.NewYork, directory.BookingZone(Fixture.Clinician1, null));
    }
}
