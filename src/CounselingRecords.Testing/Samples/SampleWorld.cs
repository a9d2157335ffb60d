using CounselingRecords.Identity;
using CounselingRecords.Results;
using CounselingRecords.Testing.Access;
using NodaTime;

namespace CounselingRecords.Testing.Samples;

/// <summary>The small New York practice the samples live in: clinicians of <see cref="TestActors"/>, local times turned into instants.</summary>
internal static class SampleWorld
{
    public static readonly DateTimeZone NewYork = DateTimeZoneProviders.Tzdb["America/New_York"];

    public static readonly ClinicianId Associate = TestActors.Clinician.ClinicianId!.Value;

    public static readonly ClinicianId Licensed = TestActors.OtherClinician.ClinicianId!.Value;

    public static readonly ClinicianId Supervisor = TestActors.Supervisor.ClinicianId!.Value;

    public static Instant Ny(int year, int month, int day, int hour, int minute = 0) =>
        NewYork.AtStrictly(new LocalDateTime(year, month, day, hour, minute)).ToInstant();

    /// <summary>The value of a verb that must succeed for the sample to be built; a refusal is a broken sample, reported with its code.</summary>
    public static T Ok<T>(Result<T> result) =>
        result.Success ? result.Value : throw new InvalidOperationException($"Sample could not be built: {result.Error.Code}: {result.Error.Message} {string.Join("; ", result.Error.Details.Select(d => d.Code + ": " + d.Message))}");
}
