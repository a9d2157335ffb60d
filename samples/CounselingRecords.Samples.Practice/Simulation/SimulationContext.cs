using CounselingRecords.Auditing;
using CounselingRecords.Identity;
using CounselingRecords.Samples.Practice.Setup;
using CounselingRecords.Samples.Practice.Storage;
using CounselingRecords.Scheduling.Booking;
using NodaTime;

namespace CounselingRecords.Samples.Practice.Simulation;

/// <summary>Everything the simulation steps share: ids, the seeded random source, the clock, the practice, the records and the agenda.</summary>
internal sealed class SimulationContext
{
    public SimulationContext(IIdGenerator ids, Random random, SimulationClock clock, PracticeSetup practice, IAuditSink audit, DateInterval period)
    {
        Ids = ids;
        Random = random;
        Clock = clock;
        Practice = practice;
        Audit = audit;
        Period = period;
    }

    public IIdGenerator Ids { get; }

    public Random Random { get; }

    public SimulationClock Clock { get; }

    public PracticeSetup Practice { get; }

    public IAuditSink Audit { get; }

    public DateInterval Period { get; }

    public PracticeRecords Records { get; } = new();

    public Agenda Agenda { get; } = new();

    public SimulationStats Stats { get; } = new();

    public StepTimings Timings { get; } = new();

    public List<ClientProfile> Clients { get; } = [];

    public Dictionary<string, ClientProfile> ClientsByKey { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// One schedule book per clinician (appointment types, the clinician's availability and appointments): every
    /// conflict the engine checks (S3.1–S3.5) is about one clinician's calendar and clients who see only that
    /// clinician, so a book per clinician keeps each booking's working set small in a large practice.
    /// </summary>
    public Dictionary<ClinicianId, ScheduleBook> Books { get; } = [];

    public Instant Now => Clock.GetCurrentInstant();

    /// <summary>The instant of a local time in the New York office's zone.</summary>
    public static Instant NewYorkTime(LocalDate date, int hour, int minute = 0) =>
        PracticeSetup.NewYork.AtLeniently(date.At(new LocalTime(hour, minute))).ToInstant();

    public ScheduleBook BookFor(ClinicianId clinician)
    {
        if (!Books.TryGetValue(clinician, out var book))
        {
            book = ScheduleBook.Empty.WithAppointmentType(Practice.Intake).WithAppointmentType(Practice.Therapy)
                .WithAvailability(Practice.Availability.First(a => a.ClinicianId == clinician));
            Books[clinician] = book;
        }

        return book;
    }

    public ClientProfile ProfileOf(Identity.ClientId client) => ClientsByKey[client.ToString()];
}
