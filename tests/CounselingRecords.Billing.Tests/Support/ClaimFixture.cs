using System.Collections.Immutable;
using CounselingRecords.Billing.Claims;
using CounselingRecords.Billing.Payers;
using CounselingRecords.Calendars;
using CounselingRecords.Coding;
using CounselingRecords.Finance;
using NodaTime;

namespace CounselingRecords.Billing.Tests.Support;

internal static class ClaimFixture
{
    public const string ValidNpi = "1234567893";

    public static string NpiFrom(string firstNine) => firstNine + Npi.CheckDigit(firstNine);

    public static PostalAddress Street { get; } = new("12 Main St", null, "Springfield", "IL", "62701");

    public static ProviderIdentity Provider { get; } = new(
        "Riverside Counseling", "LPC", ValidNpi, null, "12-3456789", TaxonomyCodes.ProfessionalCounselor, "LPC-1234", "IL", Street, "555-0100");

    public static ClaimPatient Patient { get; } = new(
        LedgerScenario.Client, "Doe", "Pat", new LocalDate(1990, 4, 2), "U", new PostalAddress("1 Elm St", null, "Springfield", "IL", "62702"),
        "MEM123", null, RelationshipToInsured.Self, "A-1001");

    public static PayerProfile Payer { get; } = PayerProfile.Commercial(LedgerScenario.Payer, "Acme Health", 180);

    public static DiagnosisCode Dx(string code) => DiagnosisCode.Parse(code);

    public static ClaimLineInput Line(int charge, bool signed = true, params string[] diagnoses) =>
        new(LedgerScenario.ChargeNo(charge), [.. diagnoses.Select(Dx)], signed);

    public static ClaimRequest Request(LocalDate submittedOn, params ClaimLineInput[] lines) => new(
        CounselingRecords.Testing.Identity.TestIds.Numbered<CounselingRecords.Identity.ClaimId>(1), Payer, ClaimFrequency.Original, null, Provider, null, Patient,
        [.. lines], null, true, Money.Usd(0m), submittedOn, BusinessCalendar.UsFederal);

    public static ImmutableArray<string> Codes(params string[] codes) => [.. codes];
}
