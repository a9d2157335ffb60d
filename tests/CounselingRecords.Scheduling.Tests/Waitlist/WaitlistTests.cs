using CounselingRecords.Care;
using CounselingRecords.Identity;
using CounselingRecords.Scheduling.Waitlist;
using CounselingRecords.Testing.Identity;
using NodaTime;

namespace CounselingRecords.Scheduling.Tests.Waitlist;

public sealed class WaitlistTests
{
    // Tuesday 2026-03-03 16:00–16:50 New York = 21:00 London.
    private static readonly FreedSlot Slot = new(Fixture.Clinician1, Fixture.Therapy.Id, Modality.InPerson, Instant.FromUtc(2026, 3, 3, 21, 0), Instant.FromUtc(2026, 3, 3, 21, 50), null, null);

    private static WaitlistEntry Entry(int n, WaitlistPreferences preferences, int priority = 0, int joinedDaysAgo = 0, DateTimeZone? zone = null) =>
        WaitlistEntry.Join(TestIds.Numbered<WaitlistEntryId>(n), TestIds.Numbered<ClientId>(n), zone ?? Fixture.NewYork, preferences, Fixture.Now - Duration.FromDays(joinedDaysAgo), priority);

    private static WaitlistPreferences Afternoons(params IsoDayOfWeek[] days) =>
        new(null, [], [.. days], [new TimeWindow(new LocalTime(15, 0), new LocalTime(19, 0))], []);

    [Fact]
    public void Rank_FirstCome_OrdersMatchingEntriesByJoinedInstant()
    {
        var entries = new[]
        {
            Entry(1, Afternoons(IsoDayOfWeek.Tuesday), joinedDaysAgo: 1),
            Entry(2, WaitlistPreferences.Any, priority: 5, joinedDaysAgo: 3),
            Entry(3, Afternoons(IsoDayOfWeek.Monday), joinedDaysAgo: 9),
            Entry(4, Afternoons(), joinedDaysAgo: 2, zone: Fixture.London),
        };

        var ranked = WaitlistMatcher.Rank(entries, Slot, WaitlistOrdering.FirstCome, Fixture.Now);

        // Entry 3 wants Mondays; entry 4 wants afternoons in London, where the slot is 21:00.
        Assert.Equal(new[] { 2, 1 }, ranked.Select(c => (int)c.EntryId.Value.ToByteArray(bigEndian: true)[15]).ToArray());
        Assert.Equal(new[] { 1, 2 }, ranked.Select(c => c.Rank).ToArray());
        Assert.Contains("first-come", ranked[0].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Rank_Priority_PutsTheHigherTierFirst()
    {
        var entries = new[] { Entry(1, WaitlistPreferences.Any, priority: 0, joinedDaysAgo: 10), Entry(2, WaitlistPreferences.Any, priority: 2, joinedDaysAgo: 1) };

        var ranked = WaitlistMatcher.Rank(entries, Slot, WaitlistOrdering.Priority, Fixture.Now);

        Assert.Equal(new[] { TestIds.Numbered<WaitlistEntryId>(2), TestIds.Numbered<WaitlistEntryId>(1) }, ranked.Select(c => c.EntryId).ToArray());
    }

    [Fact]
    public void Offer_ThenAccept_RecordsTheOutcomeAndBooking()
    {
        var appointment = TestIds.Numbered<AppointmentId>(9);
        var offered = Entry(1, WaitlistPreferences.Any).Offer(Slot, Duration.FromHours(2), Fixture.Staff, Fixture.Now).Value;

        var booked = offered.Accept(1, appointment, Fixture.Client, Fixture.Now + Duration.FromMinutes(30)).Value;

        Assert.Equal(WaitlistStatus.Booked, booked.Status);
        Assert.Equal(OfferOutcome.Accepted, booked.Offers[0].Outcome);
        Assert.Equal(appointment, booked.Offers[0].BookedAppointment);
    }

    [Fact]
    public void Offer_HoldPassed_ExpiresAndTheEntryWaitsForTheNextOffer()
    {
        var offered = Entry(1, WaitlistPreferences.Any).Offer(Slot, Duration.FromHours(2), Fixture.Staff, Fixture.Now).Value;
        var late = Fixture.Now + Duration.FromHours(3);

        Assert.Equal(SchedulingErrorCodes.WaitlistOfferExpired, offered.Accept(1, TestIds.Numbered<AppointmentId>(9), Fixture.Client, late).Error.Code);
        var expired = offered.ExpireOffers(late);
        Assert.Equal(WaitlistStatus.Waiting, expired.Status);
        Assert.Equal(OfferOutcome.Expired, expired.Offers[0].Outcome);
        Assert.Equal(2, expired.Offer(Slot, Duration.FromHours(2), Fixture.Staff, late).Value.Offers.Length);
    }

    [Fact]
    public void Offer_WhilePendingOrNotMatching_IsRefused()
    {
        var offered = Entry(1, WaitlistPreferences.Any).Offer(Slot, Duration.FromHours(2), Fixture.Staff, Fixture.Now).Value;
        var mondaysOnly = Entry(2, Afternoons(IsoDayOfWeek.Monday));

        Assert.Equal(SchedulingErrorCodes.WaitlistNotWaiting, offered.Offer(Slot, Duration.FromHours(2), Fixture.Staff, Fixture.Now).Error.Code);
        Assert.Equal(SchedulingErrorCodes.WaitlistSlotNotMatching, mondaysOnly.Offer(Slot, Duration.FromHours(2), Fixture.Staff, Fixture.Now).Error.Code);
    }

    [Fact]
    public void ExpireOffers_EntryPastItsExpiry_Expires()
    {
        var entry = WaitlistEntry.Join(TestIds.Numbered<WaitlistEntryId>(1), Fixture.Client1, Fixture.NewYork, WaitlistPreferences.Any, Fixture.Now, 0, Fixture.Now + Duration.FromDays(30));

        Assert.Equal(WaitlistStatus.Expired, entry.ExpireOffers(Fixture.Now + Duration.FromDays(31)).Status);
        Assert.Empty(WaitlistMatcher.Rank([entry], Slot, WaitlistOrdering.FirstCome, Fixture.Now + Duration.FromDays(31)));
    }

    [Fact]
    public void Decline_ThenRemove_RecordsBoth()
    {
        var offered = Entry(1, WaitlistPreferences.Any).Offer(Slot, Duration.FromHours(2), Fixture.Staff, Fixture.Now).Value;

        var removed = offered.Decline(1, Fixture.Client, Fixture.Now).Value.Remove(Fixture.Staff, Fixture.Now).Value;

        Assert.Equal(WaitlistStatus.Removed, removed.Status);
        Assert.Equal(OfferOutcome.Declined, removed.Offers[0].Outcome);
    }
}
