using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using CounselingRecords.Identity;
using CounselingRecords.Scheduling.Appointments;
using CounselingRecords.Scheduling.Booking;
using NodaTime;

namespace CounselingRecords.Benchmarks.Scheduling;

/// <summary>
/// The conflict check when booking into a calendar of 1,000 / 10,000 / 100,000 appointments: a linear scan over
/// every appointment (the baseline) against the calendar's interval indexes (clinician with buffers, client,
/// room), and the booking engine's full check (availability, rules and caps included).
/// </summary>
[MemoryDiagnoser]
public class ConflictCheckBenchmarks
{
    private ImmutableArray<Appointment> _appointments;
    private AppointmentCalendar _calendar = null!;
    private ScheduleBook _book = null!;
    private BookingEngine _engine = null!;
    private BookingRequest _request = null!;
    private ClinicianId _clinician;
    private ClientId _client;
    private RoomId _room;
    private Instant _start;
    private Instant _end;

    [Params(1_000, 10_000, 100_000)]
    public int Appointments { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _appointments = SchedulingBenchmarkData.Calendar(Appointments);
        _calendar = AppointmentCalendar.From(_appointments);
        var middle = _appointments[Appointments / 2];
        _clinician = SchedulingBenchmarkData.Clinician(7);
        _client = SchedulingBenchmarkData.Id<ClientId>(123);
        _room = SchedulingBenchmarkData.Id<RoomId>(3);
        var local = middle.LocalStart.Date.At(new LocalTime(10, 30));
        _start = local.InZoneLeniently(SchedulingBenchmarkData.NewYork).ToInstant();
        _end = _start + Duration.FromMinutes(50);

        _book = ScheduleBook.Empty.WithAppointmentType(SchedulingBenchmarkData.Therapy).WithAvailability(SchedulingBenchmarkData.Availability(7)).WithAppointments(_appointments);
        _engine = new BookingEngine(new FixedClock(Instant.FromUtc(2026, 1, 1, 0, 0)), new SeededIdGenerator(1));
        _request = new BookingRequest(_clinician, [_client], SchedulingBenchmarkData.Therapy.Id, local, SchedulingBenchmarkData.NewYork, SchedulingBenchmarkData.Office, _room);
    }

    [Benchmark(Baseline = true)]
    public int LinearScan()
    {
        var blockedEnd = _end + Duration.FromMinutes(10);
        var conflicts = 0;
        foreach (var a in _appointments)
        {
            if (!a.IsBlocking)
            {
                continue;
            }

            if (a.Involves(_clinician) && a.BlockedStart < blockedEnd && _start < a.BlockedEnd)
            {
                conflicts++;
            }

            if (a.StartInstant < _end && _start < a.EndInstant && (a.Clients.Contains(_client) || a.RoomId == _room))
            {
                conflicts++;
            }
        }

        return conflicts;
    }

    [Benchmark]
    public int IntervalIndex() =>
        _calendar.ClinicianBlockedOverlapping(_clinician, _start, _end + Duration.FromMinutes(10)).Length
        + _calendar.ClientOverlapping(_client, _start, _end).Length
        + _calendar.RoomOverlapping(_room, _start, _end).Length;

    [Benchmark]
    public int EngineFullCheck() => _engine.Check(_book, _request).Length;
}
