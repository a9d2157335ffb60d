using System.Collections.Immutable;
using CounselingRecords.Care;
using CounselingRecords.Coding;
using CounselingRecords.Finance;
using CounselingRecords.Identity;
using CounselingRecords.Testing.Conformance.Visits;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace CounselingRecords.Testing.Documents;

/// <summary>FsCheck generators of arbitrary valid <see cref="ConformanceVisit"/>s (shared by the serialization and storage tests).</summary>
public static class ConformanceVisitArbitraries
{
    private static readonly DateTimeZone[] Zones = new[] {"UTC", "America/New_York", "Europe/London", "Australia/Lord_Howe", "Asia/Kathmandu", "America/St_Johns" }
        .Select(id => DateTimeZoneProviders.Tzdb[id]).ToArray();

    private static readonly Currency[] Currencies = [Currency.Usd, Currency.Eur, Currency.Jpy, Currency.Kwd, Currency.Create("XTS", 4)];

    private static readonly DiagnosisCode[] Codes = new[] { "F41.1", "F32.0", "F32.A", "Z63.0", "F43.10", "T74.11XA", "F90" }.Select(DiagnosisCode.Parse).ToArray();

    public static Arbitrary<ConformanceVisit> Visits() => Generator.ToArbitrary();

    public static Gen<ConformanceVisit> Generator { get; } =
        from id in Id<AppointmentId>()
        from clinician in Id<ClinicianId>()
        from client in Id<ClientId>()
        from zone in Gen.Elements(Zones)
        from start in LocalDateTimes().Where(s => zone.MapLocal(s).Count > 0)
        from lengthMinutes in Gen.Choose(1, 479)
        from lengthNanos in Gen.Choose(0, 59_999).Select(n => (long)n * 1_000_000)
        from modality in Gen.Elements(Enum.GetValues<Modality>())
        from status in Gen.Elements(Enum.GetValues<ConformanceVisitStatus>())
        from currency in Gen.Elements(Currencies)
        from fee in Amounts(currency)
        from diagnoses in Gen.SubListOf(Codes).Select(c => c.ToImmutableArray())
        from lines in Lines(currency).ListOf().Select(l => l.Take(4).ToImmutableArray())
        from bookedAt in Instants()
        from followUp in Gen.OneOf(Gen.Constant((LocalDate?)null), LocalDateTimes().Select(d => (LocalDate?)d.Date))
        from note in Notes()
        from version in Gen.Choose(0, int.MaxValue).Select(v => (long)v * 4)
        select new ConformanceVisit(id, clinician, client, start, zone, Duration.FromMinutes(lengthMinutes) + Duration.FromNanoseconds(lengthNanos), modality, status, fee, diagnoses, lines, bookedAt, followUp, note, version);

    private static Gen<TId> Id<TId>()
        where TId : struct, IStronglyTypedId<TId> =>
        ArbMap.Default.GeneratorFor<Guid>().Where(g => g != Guid.Empty).Select(TId.FromGuid);

    private static Gen<LocalDateTime> LocalDateTimes() =>
        from days in Gen.Choose(-36_500, 36_500)
        from seconds in Gen.Choose(0, 86_399)
        from nanos in Gen.Choose(0, 999_999_999)
        select new LocalDate(2000, 1, 1).PlusDays(days).AtMidnight().PlusSeconds(seconds).PlusNanoseconds(nanos);

    private static Gen<Instant> Instants() =>
        from seconds in Gen.Choose(0, int.MaxValue)
        from nanos in Gen.Choose(0, 999_999_999)
        select Instant.FromUnixTimeSeconds(seconds) + Duration.FromNanoseconds(nanos);

    private static Gen<Money> Amounts(Currency currency) =>
        from units in Gen.Choose(0, int.MaxValue)
        from scale in Gen.Choose(0, 6)
        select new Money(new decimal(units, 0, 0, false, (byte)scale), currency);

    private static Gen<ConformanceVisitLine> Lines(Currency currency) =>
        from code in Gen.Elements("90834", "90837", "90785", "96127", "H0031")
        from units in Gen.Choose(1, 99)
        from amount in Amounts(currency)
        select new ConformanceVisitLine(code, units, amount);

    private static Gen<string?> Notes() =>
        Gen.OneOf(
            Gen.Constant((string?)null),
            ArbMap.Default.GeneratorFor<string>().Where(s => s is not null).Select(s => (string?)MakeWellFormed(s!)),
            Gen.Elements<string?>("", "Client reports \"better\" sleep; café ✓ 😀", "line\nbreak\ttab\\backslash</script>", new string('x', ConformanceVisit.MaxNoteLength)));

    // A note is text typed by a person: well-formed UTF-16 (lone surrogates cannot be stored as UTF-8).
    private static string MakeWellFormed(string text) => string.Create(text.Length, text, static (span, source) =>
    {
        for (var i = 0; i < source.Length; i++)
        {
            var c = source[i];
            var paired = char.IsHighSurrogate(c) ? i + 1 < source.Length && char.IsLowSurrogate(source[i + 1])
                : !char.IsLowSurrogate(c) || (i > 0 && char.IsHighSurrogate(source[i - 1]));
            span[i] = paired ? c : '\uFFFD';
        }
    });
}
