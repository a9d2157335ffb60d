using BenchmarkDotNet.Attributes;
using CounselingRecords.Care;
using CounselingRecords.Identity;
using CounselingRecords.Scheduling.Recurrence;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Evaluation;
using NodaTime;
using Duration = NodaTime.Duration;
using RecurrenceRule = CounselingRecords.Scheduling.Recurrence.RecurrenceRule;

namespace CounselingRecords.Benchmarks.Scheduling;

/// <summary>
/// Expanding a weekly 50-minute series in America/New_York over one year (both DST changes inside): Ical.Net 5.2.4
/// (the baseline the issue names) against <see cref="RecurringSeries.Expand"/>. Both count the occurrences and sum
/// their start ticks so neither can skip work.
/// </summary>
[MemoryDiagnoser]
public class RecurrenceExpansionBenchmarks
{
    private static readonly DateTimeZone NewYork = DateTimeZoneProviders.Tzdb["America/New_York"];
    private CalendarEvent _event = null!;
    private CalDateTime _icalFrom = null!;
    private CalDateTime _icalTo = null!;
    private RecurringSeries _series = null!;
    private Instant _from;
    private Instant _to;

    [GlobalSetup]
    public void Setup()
    {
        _event = new CalendarEvent
        {
            DtStart = new CalDateTime(2026, 1, 5, 10, 0, 0, "America/New_York"),
            DtEnd = new CalDateTime(2026, 1, 5, 10, 50, 0, "America/New_York"),
        };
        _event.RecurrenceRule = new Ical.Net.DataTypes.RecurrenceRule(FrequencyType.Weekly, 1) { Count = 200 };
        var calendar = new Calendar();
        calendar.Events.Add(_event);
        _icalFrom = new CalDateTime(2026, 1, 5, 0, 0, 0, "America/New_York");
        _icalTo = new CalDateTime(2027, 1, 5, 0, 0, 0, "America/New_York");

        _series = new RecurringSeries(
            SeriesId.FromGuid(new Guid("6f1f7a0e-1d2c-4b3a-9e8f-7a6b5c4d3e2f")), ClinicianId.FromGuid(new Guid("0f1f7a0e-1d2c-4b3a-9e8f-7a6b5c4d3e2f")), [],
            [ClientId.FromGuid(new Guid("1f1f7a0e-1d2c-4b3a-9e8f-7a6b5c4d3e2f"))], 1, AppointmentTypeId.FromGuid(new Guid("2f1f7a0e-1d2c-4b3a-9e8f-7a6b5c4d3e2f")),
            Modality.InPerson, Duration.FromMinutes(50), Duration.Zero, Duration.Zero, null, null, NewYork, new LocalDate(2026, 1, 5), new LocalTime(10, 0),
            RecurrenceRule.Weekly(count: 200), [], null, null, Instant.FromUtc(2026, 1, 1, 0, 0), UserId.FromGuid(new Guid("3f1f7a0e-1d2c-4b3a-9e8f-7a6b5c4d3e2f")), 0);
        _from = new LocalDateTime(2026, 1, 5, 0, 0).InZoneLeniently(NewYork).ToInstant();
        _to = new LocalDateTime(2027, 1, 5, 0, 0).InZoneLeniently(NewYork).ToInstant();
    }

    [Benchmark(Baseline = true)]
    public long IcalNet()
    {
        long sum = 0;
        foreach (var occurrence in _event.GetOccurrences(_icalFrom).TakeWhileBefore(_icalTo))
        {
            sum += occurrence.Period.StartTime.AsUtc.Ticks;
        }

        return sum;
    }

    [Benchmark]
    public long CounselingRecords()
    {
        long sum = 0;
        foreach (var occurrence in _series.Expand(_from, _to))
        {
            sum += occurrence.Start.ToUnixTimeTicks();
        }

        return sum;
    }
}
