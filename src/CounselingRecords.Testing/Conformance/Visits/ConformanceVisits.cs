using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using CounselingRecords.Care;
using CounselingRecords.Coding;
using CounselingRecords.Finance;
using CounselingRecords.Identity;
using CounselingRecords.Testing.Identity;
using NodaTime;
using NodaTime.Text;

namespace CounselingRecords.Testing.Conformance.Visits;

/// <summary>
/// Test data and wire-format facts of <see cref="ConformanceVisit"/>: deterministic visits by number, the
/// source-generated contract, and the schema history (version 1 stored the length as whole minutes in
/// <c>lengthMinutes</c> and had no modality; version 2 stores a NodaTime duration in <c>length</c> and the
/// <c>modality</c>).
/// </summary>
public static class ConformanceVisits
{
    /// <summary>The document type name.</summary>
    public const string DocumentTypeName = "ConformanceVisit";

    /// <summary>The current schema version.</summary>
    public const int SchemaVersion = 2;

    private static readonly DurationPattern LengthPattern = DurationPattern.CreateWithInvariantCulture("-H:mm:ss.FFFFFFFFF");
    private static readonly LocalDate FirstDay = new(2026, 1, 5);
    private static readonly Instant FirstBooking = Instant.FromUtc(2025, 12, 1, 12, 0);

    /// <summary>Gets the source-generated contract of <see cref="ConformanceVisit"/>, for <c>DocumentType&lt;ConformanceVisit&gt;.Create</c>.</summary>
    public static IJsonTypeInfoResolver JsonContracts => ConformanceJsonContext.Default;

    /// <summary>Gets the zone most visits are in.</summary>
    public static DateTimeZone NewYork { get; } = DateTimeZoneProviders.Tzdb["America/New_York"];

    /// <summary>Gets the zone every tenth visit is in.</summary>
    public static DateTimeZone London { get; } = DateTimeZoneProviders.Tzdb["Europe/London"];

    /// <summary>
    /// Upgrades the data of a version-1 document to version 2: <c>lengthMinutes</c> (whole minutes) becomes
    /// <c>length</c> (a duration, <c>"0:50:00"</c>), and the missing <c>modality</c> becomes <c>"InPerson"</c>
    /// (every version-1 visit was in person). Values it cannot convert are left for the reader to refuse.
    /// </summary>
    /// <param name="data">The version-1 data.</param>
    /// <returns>The version-2 data.</returns>
    public static JsonObject UpgradeFromVersion1(JsonObject data)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (data.Remove("lengthMinutes", out var minutes))
        {
            data["length"] = minutes is JsonValue value && value.GetValueKind() == JsonValueKind.Number
                && value.TryGetValue<long>(out var whole) && whole is >= 0 and <= 100_000
                ? LengthPattern.Format(Duration.FromMinutes(whole))
                : minutes;
        }

        if (!data.ContainsKey("modality"))
        {
            data["modality"] = nameof(Modality.InPerson);
        }

        return data;
    }

    /// <summary>Creates the <paramref name="number"/>-th visit, never saved. Each number has its own start, so no two visits claim one slot.</summary>
    /// <param name="number">A number from 1.</param>
    /// <returns>The visit.</returns>
    public static ConformanceVisit Create(int number)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(number);
        var fee = new Money(150.00m + ((number % 5) * 10.00m), Currency.Usd);
        var start = FirstDay.PlusDays(number / 8).At(new LocalTime(8 + (number % 8), number % 2 == 0 ? 0 : 30));
        return new ConformanceVisit(
            TestIds.Numbered<AppointmentId>(number),
            TestIds.Numbered<ClinicianId>((number % 4) + 1),
            TestIds.Numbered<ClientId>((number % 7) + 1),
            start,
            number % 10 == 0 ? London : NewYork,
            Duration.FromMinutes(number % 6 == 0 ? 90 : 50),
            (Modality)(number % 3),
            number % 5 == 0 ? ConformanceVisitStatus.Cancelled
                : number % 7 == 0 ? ConformanceVisitStatus.Completed
                : number % 11 == 0 ? ConformanceVisitStatus.NoShow
                : ConformanceVisitStatus.Booked,
            fee,
            (number % 3) switch
            {
                0 => [DiagnosisCode.Parse("F41.1")],
                1 => [DiagnosisCode.Parse("F32.0"), DiagnosisCode.Parse("Z63.0")],
                _ => [],
            },
            [new ConformanceVisitLine(number % 6 == 0 ? "90837" : "90834", 1, fee)],
            FirstBooking + Duration.FromHours(number * 7),
            number % 4 == 0 ? null : new LocalDate(2026, 2, 1).PlusDays(number % 20),
            number % 2 == 0 ? $"Client reports better sleep; café walks resumed \u2713 \"quoted\" (visit {number})." : null,
            0);
    }

    /// <summary>Creates the <paramref name="number"/>-th of many different visits that all claim clinician 1 at 2026-03-02T10:00.</summary>
    /// <param name="number">A number from 1.</param>
    /// <returns>The visit, never saved.</returns>
    public static ConformanceVisit Claimant(int number)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(number);
        var fee = Money.Usd(150.00m);
        return new ConformanceVisit(
            TestIds.Numbered<AppointmentId>(100_000 + number),
            TestIds.Numbered<ClinicianId>(1),
            TestIds.Numbered<ClientId>(number),
            new LocalDateTime(2026, 3, 2, 10, 0),
            NewYork,
            Duration.FromMinutes(50),
            Modality.Video,
            ConformanceVisitStatus.Booked,
            fee,
            ImmutableArray<DiagnosisCode>.Empty,
            ImmutableArray<ConformanceVisitLine>.Empty,
            FirstBooking + Duration.FromMinutes(number),
            null,
            null,
            0);
    }

    /// <summary>Returns a changed copy (same key and version): one more billed line and a revised note.</summary>
    /// <param name="visit">The visit.</param>
    /// <param name="number">A number from 1; different numbers give different changes.</param>
    /// <returns>The changed visit.</returns>
    public static ConformanceVisit Change(ConformanceVisit visit, int number)
    {
        ArgumentNullException.ThrowIfNull(visit);
        var line = new ConformanceVisitLine("L" + (number % 10_000).ToString("0000", System.Globalization.CultureInfo.InvariantCulture), (number % 99) + 1, new Money(number * 1.25m, visit.Fee.Currency));
        return visit.AddLine(line).RecordNote($"Session note, revision {number}.");
    }
}
