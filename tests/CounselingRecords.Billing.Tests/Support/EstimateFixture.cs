using System.Collections.Immutable;
using CounselingRecords.Billing.Estimates;
using CounselingRecords.Coding;
using CounselingRecords.Finance;
using CounselingRecords.Identity;
using CounselingRecords.Testing.Identity;
using NodaTime;

namespace CounselingRecords.Billing.Tests.Support;

internal static class EstimateFixture
{
    public static GfeProvider Provider { get; } = new(ClaimFixture.ValidNpi, "Riverside Counseling", "12-3456789", ["12 Main St, Springfield, IL"], ["IL"]);

    public static GoodFaithEstimateDraft Draft(int sessions = 12, decimal unit = 60m, string frequency = "weekly") => new(
        LedgerScenario.Client,
        new GfePatient("Pat Doe", new LocalDate(1990, 4, 2)),
        "Individual psychotherapy, 45 minutes",
        new LocalDate(2026, 2, 17),
        new DateInterval(new LocalDate(2026, 2, 1), new LocalDate(2026, 7, 31)),
        new GfeRecurringScope(new DateInterval(new LocalDate(2026, 2, 1), new LocalDate(2026, 7, 31)), frequency, sessions),
        [Provider],
        [
            new GfeItem(ClaimFixture.ValidNpi, "90791", "Intake evaluation", [DiagnosisCode.Parse("F41.1")], 1, Money.Usd(90m)),
            new GfeItem(ClaimFixture.ValidNpi, "90834", "Psychotherapy, 45 minutes", [DiagnosisCode.Parse("F41.1")], sessions, Money.Usd(unit)),
        ],
        [new SeparatelyScheduledItem("Psychological testing", "Ask the testing provider for their own Good Faith Estimate.")],
        "see cms.gov/nosurprises or call 1-800-985-3059",
        GfeDeliveryMethod.Electronic);

    public static GoodFaithEstimate Issued(GoodFaithEstimateDraft? draft = null) =>
        GoodFaithEstimate.Issue(TestIds.Numbered<EstimateId>(1), draft ?? Draft(), new LocalDate(2026, 2, 3), Instant.FromUtc(2026, 2, 3, 15, 0), TestIds.Numbered<UserId>(4)).Value;
}
