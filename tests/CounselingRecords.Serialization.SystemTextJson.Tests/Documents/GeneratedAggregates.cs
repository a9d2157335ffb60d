using CounselingRecords.Billing.Ledger;
using CounselingRecords.Care;
using CounselingRecords.Finance;
using CounselingRecords.Identity;
using CounselingRecords.Records.Clients;
using CounselingRecords.Records.Notes;
using CounselingRecords.Records.Signing;
using CounselingRecords.Scheduling.Appointments;
using CounselingRecords.Testing.Access;
using CounselingRecords.Testing.Builders;
using CounselingRecords.Testing.Identity;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace CounselingRecords.Serialization.SystemTextJson.Tests.Documents;

/// <summary>Generators of real aggregates through the public verbs and the test-data builders.</summary>
public static class GeneratedAggregates
{
    private static readonly string[] Zones = ["America/New_York", "America/Chicago", "America/Los_Angeles", "America/Phoenix"];
    private static readonly string[] Diagnoses = ["F32.1", "F41.1", "F43.10", "F33.0", "F90.0", "Z63.0"];
    private static readonly string[] Names = ["Rivera", "Nguyễn", "O'Connor", "Müller-Lüdenscheidt", "张", "Ørsted", "Da Silva", "Smith Jr."];

    /// <summary>Clients with varied names, dates of birth, pronouns, supervision and status.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<Client> Client() =>
        (from seed in Gen.Choose(1, int.MaxValue)
         from family in Gen.Elements(Names)
         from given in Gen.Elements(Names)
         from days in Gen.Choose(0, 365 * 60)
         from supervised in Gen.Elements(true, false)
         from active in Gen.Elements(true, false)
         from pronouns in Gen.Elements<string?>(null, "she/her", "he/him", "they/them")
         select Build(seed, family, given, days, supervised, active, pronouns)).ToArbitrary();

    /// <summary>Session notes in every format, length, modality and zone, signed or not.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<SessionNote> SessionNote() =>
        (from seed in Gen.Choose(1, int.MaxValue)
         from format in Gen.Elements(NoteFormat.Soap, NoteFormat.Dap, NoteFormat.Birp, NoteFormat.Girp)
         from minutes in Gen.Choose(16, 120)
         from modality in Gen.Elements(Modality.InPerson, Modality.Video, Modality.AudioOnly)
         from zone in Gen.Elements(Zones)
         from minuteOfYear in Gen.Choose(0, 364 * 24 * 60)
         from diagnosisCount in Gen.Choose(1, 3)
         from signed in Gen.Elements(true, false)
         select Note(seed, format, minutes, modality, zone, minuteOfYear, diagnosisCount, signed)).ToArbitrary();

    /// <summary>Appointments on any weekday of 2026 between 08:00 and 17:00 in several zones (both DST changes included).</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<Appointment> Appointment() =>
        (from seed in Gen.Choose(1, int.MaxValue)
         from day in Gen.Choose(7, 360)
         from hour in Gen.Choose(8, 16)
         from quarter in Gen.Choose(0, 3)
         from zone in Gen.Elements(Zones)
         select Book(seed, day, hour, quarter * 15, zone)).ToArbitrary();

    /// <summary>Ledgers with a run of client payments of any amount, method and date.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<ClientLedger> ClientLedger() =>
        (from seed in Gen.Choose(1, int.MaxValue)
         from cents in Gen.ListOf(Gen.Choose(1, 5_000_00)).Select(l => l.Take(12).ToArray())
         from method in Gen.Elements(PaymentMethod.Cash, PaymentMethod.Check)
         select Ledger(seed, cents, method)).ToArbitrary();

    private static Client Build(int seed, string family, string given, int days, bool supervised, bool active, string? pronouns)
    {
        var builder = new ClientBuilder()
            .Named(given, family)
            .Preferring(null, pronouns)
            .BornOn(new LocalDate(2007, 1, 1).PlusDays(-days))
            .TreatedBy(TestActors.Clinician.ClinicianId!.Value, supervised ? TestActors.Supervisor.ClinicianId : null);
        return (active ? builder : builder.Prospective()).Build(TestIds.Seeded(seed));
    }

    private static SessionNote Note(int seed, NoteFormat format, int minutes, Modality modality, string zone, int minuteOfYear, int diagnosisCount, bool signed)
    {
        var ids = TestIds.Seeded(seed);
        var client = new ClientBuilder().Build(ids);
        var start = Instant.FromUtc(2026, 1, 1, 0, 0) + Duration.FromMinutes(minuteOfYear);
        var builder = new SessionNoteBuilder()
            .InFormat(format)
            .At(start, Duration.FromMinutes(minutes), DateTimeZoneProviders.Tzdb[zone])
            .Via(modality, modality == Modality.InPerson ? ClientLocationKind.PracticeOffice : ClientLocationKind.Home)
            .WithDiagnoses(Diagnoses.Take(diagnosisCount).ToArray());
        var author = new SignerIdentity(TestActors.Clinician.ClinicianId!.Value, "Clinician One", "LPC");
        return signed ? builder.BuildSigned(ids, client, author) : builder.Build(ids, client);
    }

    private static Appointment Book(int seed, int day, int hour, int minute, string zone)
    {
        var date = new LocalDate(2026, 1, 1).PlusDays(day);
        while (date.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday)
        {
            date = date.PlusDays(1);
        }

        // Clinicians vary with the seed: one clinician cannot hold two appointments at one start (the stored slot claim).
        return new AppointmentBuilder()
            .With(TestIds.Numbered<ClinicianId>(1 + (seed % 997)))
            .StartingAt(date.At(new LocalTime(hour, minute)), DateTimeZoneProviders.Tzdb[zone])
            .Build(TestIds.Seeded(seed), TestIds.Numbered<ClientId>(1 + (seed % 1000)));
    }

    private static ClientLedger Ledger(int seed, int[] cents, PaymentMethod method)
    {
        var ids = TestIds.Seeded(seed);
        var ledger = Billing.Ledger.ClientLedger.Open(ids.New<ClientId>(), Currency.Usd);
        var day = new LocalDate(2026, 1, 5);
        foreach (var amount in cents)
        {
            var posting = new Posting(ids.New<LedgerEntryId>(), day, Instant.FromUtc(2026, 1, 5, 15, 0) + Duration.FromDays(day.DayOfYear), TestActors.FrontDesk.UserId);
            ledger = ledger.PostClientPayment(new ClientPaymentRequest(posting, ids.New<PaymentId>(), Money.Usd(amount / 100m), method, "1234", PaymentDesignation.None)).Value;
            day = day.PlusDays(3);
        }

        return ledger;
    }
}
