using CounselingRecords.Identity;
using CounselingRecords.Scheduling.Booking;
using CounselingRecords.Scheduling.Slots;
using NodaTime;

namespace CounselingRecords.Scheduling.Tests.Slots;

public sealed class SlotFinderTests
{
    private static SlotQuery Query(int count, params ClinicianId[] clinicians) => new(
        Fixture.Therapy.Id, clinicians.Length == 0 ? [Fixture.Clinician1] : [.. clinicians], Fixture.Now, Fixture.Now + Duration.FromDays(14), count, Fixture.London, Fixture.Client1);

    [Fact]
    public void FindNext_EmptyDay_StartsAtTheFirstGridTimeAfterNowAndShowsTheClientsZone()
    {
        var slots = new SlotFinder(Fixture.Clock()).FindNext(Fixture.Book(), Query(3)).Value;

        Assert.Equal(new[] { Fixture.At(3, 2, 9), Fixture.At(3, 2, 9, 15), Fixture.At(3, 2, 9, 30) }, slots.Select(s => s.StartForClinician.LocalDateTime).ToArray());
        Assert.Equal(new LocalDateTime(2026, 3, 2, 14, 0), slots[0].StartForClient.LocalDateTime);
        Assert.Equal(Fixture.London, slots[0].StartForClient.Zone);
    }

    [Fact]
    public void FindNext_AroundABookingWithBuffer_SkipsTheBlockedTime()
    {
        var engine = Fixture.Engine();
        var book = engine.Book(Fixture.Book(), Fixture.Request(Fixture.At(3, 2, 9, 30), client: Fixture.Client2), Fixture.Staff).Book; // blocked 09:30–10:30

        var slots = new SlotFinder(Fixture.Clock()).FindNext(book, Query(2)).Value;

        // 09:00 would end 09:50 (+10) and overlap; the next free grid time is 10:30.
        Assert.Equal(new[] { Fixture.At(3, 2, 10, 30), Fixture.At(3, 2, 10, 45) }, slots.Select(s => s.StartForClinician.LocalDateTime).ToArray());
    }

    [Fact]
    public void FindNext_TwoClinicians_MergesEarliestFirst()
    {
        var engine = Fixture.Engine();
        var book = engine.Book(Fixture.Book(), Fixture.Request(Fixture.At(3, 2, 9), client: Fixture.Client2), Fixture.Staff).Book;

        var slots = new SlotFinder(Fixture.Clock()).FindNext(book, Query(2, Fixture.Clinician1, Fixture.Clinician2) with { Client = Fixture.Client3 }).Value;

        Assert.Equal(new[] { Fixture.Clinician2, Fixture.Clinician2 }, slots.Select(s => s.Clinician).ToArray());
        Assert.Equal(Fixture.At(3, 2, 9), slots[0].StartForClinician.LocalDateTime);
    }

    [Fact]
    public void FindNext_EverySlot_IsAcceptedWhenBooked()
    {
        var engine = Fixture.Engine();
        var book = Fixture.Book(new Rules.BookingRules(Duration.FromHours(20), Duration.FromDays(30), Duration.FromDays(365), 4, null));
        book = engine.Book(book, Fixture.Request(Fixture.At(3, 3, 11), client: Fixture.Client2), Fixture.Staff).Book;
        book = engine.Book(book, Fixture.Request(Fixture.At(3, 3, 14), clinician: Fixture.Clinician2, client: Fixture.Client1), Fixture.Staff).Book;

        var slots = new SlotFinder(Fixture.Clock()).FindNext(book, Query(200, Fixture.Clinician1, Fixture.Clinician2)).Value;

        Assert.Equal(200, slots.Length);
        Assert.True(slots.Zip(slots.Skip(1)).All(p => p.First.Start <= p.Second.Start));
        Assert.All(slots, s => Assert.True(engine.Book(book, Fixture.Request(s.StartForClinician.LocalDateTime, s.Clinician), Fixture.Staff).Accepted));
        Assert.All(slots, s => Assert.True(s.Start - Fixture.Now >= Duration.FromHours(20)));
    }

    [Fact]
    public void FindNext_InvalidQuery_IsRefusedWithCodes()
    {
        var result = new SlotFinder(Fixture.Clock()).FindNext(Fixture.Book(), Query(0) with { Clinicians = [] });

        Assert.Equal(
            new[] { SchedulingErrorCodes.RequestCliniciansInvalid, SchedulingErrorCodes.RequestSearchWindowInvalid },
            result.Error.Details.Select(d => d.Code).ToArray());
    }
}
