using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using CounselingRecords.Identity;
using CounselingRecords.Scheduling.Booking;
using CounselingRecords.Scheduling.Slots;
using NodaTime;

namespace CounselingRecords.Benchmarks.Scheduling;

/// <summary>
/// Slot search for 20 clinicians over 90 days, each booked seven sessions a weekday (a nearly full practice, one
/// free hour a day each): the next 10 slots, and the first 1,000 (most of the free time in the window).
/// </summary>
[MemoryDiagnoser]
public class SlotSearchBenchmarks
{
    private ScheduleBook _book = null!;
    private SlotFinder _finder = null!;
    private SlotQuery _query = null!;

    [Params(10, 1_000)]
    public int Slots { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var start = SchedulingBenchmarkData.FirstDay.AtMidnight().InZoneLeniently(SchedulingBenchmarkData.NewYork).ToInstant();
        var weekdays = 90 * 5 / 7;
        var appointments = SchedulingBenchmarkData.Calendar(20 * 7 * (weekdays + 2))
            .Select((a, i) => i % 7 == 3 ? null : a) // leave a little more room: about one session in seven is free
            .Where(a => a is not null)
            .Select(a => a!);
        var book = ScheduleBook.Empty.WithAppointmentType(SchedulingBenchmarkData.Therapy);
        for (var c = 0; c < 20; c++)
        {
            book = book.WithAvailability(SchedulingBenchmarkData.Availability(c));
        }

        _book = book.WithAppointments(appointments);
        _finder = new SlotFinder(new FixedClock(start - Duration.FromHours(1)));
        _query = new SlotQuery(
            SchedulingBenchmarkData.Therapy.Id,
            Enumerable.Range(0, 20).Select(SchedulingBenchmarkData.Clinician).ToImmutableArray(),
            start,
            start + Duration.FromDays(90),
            Slots,
            DateTimeZoneProviders.Tzdb["Europe/London"],
            SchedulingBenchmarkData.Id<ClientId>(5000),
            Step: Duration.FromMinutes(15));
    }

    [Benchmark]
    public int NextSlots() => _finder.FindNext(_book, _query).Value.Length;
}
