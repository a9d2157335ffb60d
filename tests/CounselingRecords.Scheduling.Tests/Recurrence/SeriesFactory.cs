using System.Collections.Immutable;
using CounselingRecords.Care;
using CounselingRecords.Identity;
using CounselingRecords.Scheduling.Recurrence;
using CounselingRecords.Testing.Identity;
using NodaTime;

namespace CounselingRecords.Scheduling.Tests.Recurrence;

internal static class SeriesFactory
{
    public static RecurringSeries Series(
        DateTimeZone zone,
        LocalDate start,
        LocalTime time,
        RecurrenceRule rule,
        ImmutableArray<OccurrenceException> exceptions = default,
        int minutes = 50) =>
        new(TestIds.Numbered<SeriesId>(1), Fixture.Clinician1, [], [Fixture.Client1], 1, Fixture.Therapy.Id, Modality.InPerson, Duration.FromMinutes(minutes),
            Duration.Zero, Duration.FromMinutes(10), null, null, zone, start, time, rule, exceptions.IsDefault ? [] : exceptions, null, null, Fixture.Now,
            Fixture.Staff.UserId, 0);
}
