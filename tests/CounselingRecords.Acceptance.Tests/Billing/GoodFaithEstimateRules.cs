using CounselingRecords.Billing;
using CounselingRecords.Billing.Estimates;
using CounselingRecords.Calendars;
using CounselingRecords.Care;
using CounselingRecords.Coding;
using CounselingRecords.Finance;
using CounselingRecords.Identity;
using CounselingRecords.Testing.Identity;
using NodaTime;

namespace CounselingRecords.Acceptance.Tests.Billing;

/// <summary>The cases of R3.1, R3.2, R3.4–R3.7 (R3.3's business-day interpretation and R3.9's retention paragraph are flagged; R3.3 is configurable through the calendar).</summary>
public sealed class GoodFaithEstimateRules
{
    private const string Npi = "1234567893";
    private static readonly BusinessCalendar Calendar = BusinessCalendar.UsFederal;

    private static GoodFaithEstimateDraft Draft(DateInterval? timeframe = null, GfeDeliveryMethod delivery = GfeDeliveryMethod.Paper)
    {
        var period = timeframe ?? new DateInterval(new LocalDate(2026, 3, 2), new LocalDate(2026, 8, 31));
        return new GoodFaithEstimateDraft(
            BillingFixture.Client,
            new GfePatient("Pat Doe", new LocalDate(1990, 4, 2)),
            "Weekly individual psychotherapy",
            period.Start,
            period,
            new GfeRecurringScope(period, "weekly", 26),
            [new GfeProvider(Npi, "Riverside Counseling", "12-3456789", ["12 Main St, Springfield, IL"], ["IL"])],
            [new GfeItem(Npi, "90834", "Psychotherapy, 45 minutes", [DiagnosisCode.Parse("F41.1")], 26, Money.Usd(60m))],
            [],
            "visit cms.gov/nosurprises",
            delivery);
    }

    private static GoodFaithEstimate Issue(GoodFaithEstimateDraft draft) =>
        GoodFaithEstimate.Issue(TestIds.Numbered<EstimateId>(1), draft, new LocalDate(2026, 2, 23), Instant.FromUtc(2026, 2, 23, 15, 0), BillingFixture.Biller).Value;

    [Theory]
    [InlineData("R3.1", "uninsured", new PayerClass[0], false, true)]
    [InlineData("R3.1", "insured, not seeking a claim (self-pay)", new[] { PayerClass.Commercial }, false, true)]
    [InlineData("R3.1", "insured, claim submitted", new[] { PayerClass.Commercial }, true, false)]
    [InlineData("R3.1", "Medicare beneficiary paying privately", new[] { PayerClass.Medicare }, false, false)]
    [InlineData("R3.1", "Medicaid beneficiary paying privately", new[] { PayerClass.Medicaid }, false, false)]
    [InlineData("R3.1", "enrolled in a federal health care program (TRICARE)", new[] { PayerClass.Tricare }, false, false)]
    public void WhoIsOwedAnEstimate(string rule, string @case, PayerClass[] coverage, bool claim, bool owed)
    {
        Assert.True(owed == GfeEligibility.Determine(new CoverageFacts([.. coverage], claim)).IsOwed, $"{rule} {@case}");
    }

    [Theory]
    [InlineData("R3.8", "uninsured, told orally and in writing before scheduling", "uninsured", -10, -5, null)]
    [InlineData("R3.8", "uninsured, both at the scheduling instant", "uninsured", 0, 0, null)]
    [InlineData("R3.8", "uninsured, no notice recorded", "uninsured", null, null, BillingErrorCodes.GfeNoticeMissing)]
    [InlineData("R3.8", "uninsured, written notice one minute after scheduling", "uninsured", -5, 1, BillingErrorCodes.GfeNoticeWrittenMissing)]
    [InlineData("R3.8", "self-pay, written only", "self-pay", null, -5, BillingErrorCodes.GfeNoticeOralMissing)]
    [InlineData("R3.8", "self-pay, oral only", "self-pay", -5, null, BillingErrorCodes.GfeNoticeWrittenMissing)]
    [InlineData("R3.8", "insured and billing the plan: no notice needed", "insured", null, null, null)]
    public void NoticeOfTheRightToAnEstimate(string rule, string @case, string coverage, int? oralMinutes, int? writtenMinutes, string? error)
    {
        var scheduled = Instant.FromUtc(2026, 3, 2, 15, 0);
        var facts = coverage switch
        {
            "uninsured" => new CoverageFacts([], false),
            "self-pay" => new CoverageFacts([PayerClass.Commercial], false),
            _ => new CoverageFacts([PayerClass.Commercial], true),
        };
        var notice = new GfeNoticeRecord(
            oralMinutes is null ? null : scheduled + Duration.FromMinutes(oralMinutes.Value),
            writtenMinutes is null ? null : scheduled + Duration.FromMinutes(writtenMinutes.Value));

        var result = GfeNoticeCheck.Check(GfeEligibility.Determine(facts), notice, scheduled);

        Assert.True(error is null ? result.Success : !result.Success && result.Error.Code == error && result.Error.RuleId == "R3.8", $"{rule} {@case}");
    }

    [Theory]
    [InlineData("R3.2", "scheduled 10 business days ahead: 3 business days", 2026, 2, 2, 2026, 2, 17, 2026, 2, 5)]
    [InlineData("R3.2", "scheduled 9 business days ahead: 1 business day", 2026, 2, 2, 2026, 2, 13, 2026, 2, 3)]
    [InlineData("R3.2", "scheduled 3 business days ahead: 1 business day", 2026, 2, 2, 2026, 2, 5, 2026, 2, 3)]
    [InlineData("R3.2/R3.3", "Fri before Presidents' Day, service Thu: 3 business days ahead (17, 18, 19), due Tue", 2026, 2, 13, 2026, 2, 19, 2026, 2, 17)]
    [InlineData("R3.2/R3.3", "Fri before Presidents' Day, service Fri 27: 9 business days ahead, due Tue", 2026, 2, 13, 2026, 2, 27, 2026, 2, 17)]
    [InlineData("R3.2/R3.3", "Fri before Presidents' Day, service Mon 2 Mar: 10 business days ahead, due the 3rd business day (Thu 19)", 2026, 2, 13, 2026, 3, 2, 2026, 2, 19)]
    [InlineData("R3.2/R3.3", "Thu before the observed Independence Day (Fri 3 Jul), service Wed 8: due Mon 6", 2026, 7, 2, 2026, 7, 8, 2026, 7, 6)]
    [InlineData("R3.2/R3.3", "Fri before Memorial Day, service Mon 8 Jun: 10 business days ahead, due Thu 28 May", 2026, 5, 22, 2026, 6, 8, 2026, 5, 28)]
    public void DeadlineWhenScheduled(string rule, string @case, int sy, int sm, int sd, int vy, int vm, int vd, int dy, int dm, int dd)
    {
        var deadline = GfeDeadline.Compute(new LocalDate(sy, sm, sd), new LocalDate(vy, vm, vd), null, Calendar);

        Assert.True(new LocalDate(dy, dm, dd) == deadline.DueBy, $"{rule} {@case}: {deadline.DueBy}");
    }

    [Fact]
    public void R3_2_ScheduledFewerThanThreeBusinessDaysAhead_NeedsNoEstimateUnlessRequested()
    {
        Assert.False(GfeDeadline.Compute(new LocalDate(2026, 2, 2), new LocalDate(2026, 2, 4), null, Calendar).IsRequired);
        Assert.Equal(new LocalDate(2026, 2, 5), GfeDeadline.Compute(new LocalDate(2026, 2, 2), new LocalDate(2026, 2, 4), new LocalDate(2026, 2, 2), Calendar).DueBy);
    }

    [Theory]
    [InlineData("R3.2/R3.3", "Fri before Presidents' Day, service Wed: only 2 business days ahead (17, 18)", 2026, 2, 13, 2026, 2, 18)]
    [InlineData("R3.2/R3.3", "Thu before the observed Independence Day, service Tue 7: 2 business days ahead (6, 7)", 2026, 7, 2, 2026, 7, 7)]
    public void NoEstimateRequiredWhenAHolidayLeavesFewerThanThreeBusinessDays(string rule, string @case, int sy, int sm, int sd, int vy, int vm, int vd)
    {
        Assert.False(GfeDeadline.Compute(new LocalDate(sy, sm, sd), new LocalDate(vy, vm, vd), null, Calendar).IsRequired, $"{rule} {@case}");
    }

    [Theory]
    [InlineData("R3.2/R3.3", "request on the Friday before Presidents' Day: due Thu 19 (17, 18, 19)", 2026, 2, 13, 2026, 2, 19)]
    [InlineData("R3.2/R3.3", "request on Thu 2 Jul: Fri 3 is the observed holiday, due Wed 8", 2026, 7, 2, 2026, 7, 8)]
    public void OnRequestAcrossAHoliday(string rule, string @case, int ry, int rm, int rd, int dy, int dm, int dd)
    {
        Assert.True(new LocalDate(dy, dm, dd) == GfeDeadline.Compute(null, null, new LocalDate(ry, rm, rd), Calendar).DueBy, $"{rule} {@case}");
    }

    [Fact]
    public void R3_2_OnRequest_DueThreeBusinessDaysAfterTheRequest()
    {
        Assert.Equal(new LocalDate(2026, 3, 5), GfeDeadline.Compute(null, null, new LocalDate(2026, 3, 2), Calendar).DueBy);
    }

    [Theory]
    [InlineData("R3.4", "change before a Tuesday service after a Monday holiday: by the Friday", 2026, 2, 17, 2026, 2, 13)]
    [InlineData("R3.4", "change before a Thursday service: by the Wednesday", 2026, 3, 5, 2026, 3, 4)]
    public void ReissueDeadline(string rule, string @case, int y, int m, int d, int ey, int em, int ed)
    {
        Assert.True(new LocalDate(ey, em, ed) == GfeDeadline.ReissueDeadline(new LocalDate(y, m, d), Calendar), $"{rule} {@case}");
    }

    [Fact]
    public void R3_4_AChangeOfExpectedChargesNeedsANewEstimate()
    {
        var estimate = Issue(Draft());
        var changed = Draft() with { Items = [new GfeItem(Npi, "90834", "Psychotherapy, 45 minutes", [], 26, Money.Usd(75m))] };

        Assert.True(estimate.ChangesTo(changed).HasFlag(GfeChanges.ExpectedCharges));
        Assert.Equal(2, estimate.Reissue(TestIds.Numbered<EstimateId>(2), changed, new LocalDate(2026, 3, 1), Instant.FromUtc(2026, 3, 1, 15, 0), BillingFixture.Biller).Value.Revision);
    }

    [Theory]
    [InlineData("R3.5", "patient name", BillingErrorCodes.GfePatientNameMissing)]
    [InlineData("R3.5", "patient date of birth", BillingErrorCodes.GfePatientBirthDateMissing)]
    [InlineData("R3.5", "primary service in clear language", BillingErrorCodes.GfePrimaryServiceMissing)]
    [InlineData("R3.5", "itemized services", BillingErrorCodes.GfeItemsMissing)]
    [InlineData("R3.5", "service code per item", BillingErrorCodes.GfeItemServiceCodeMissing)]
    [InlineData("R3.5", "provider NPI", BillingErrorCodes.GfeProviderNpiInvalid)]
    [InlineData("R3.5", "provider TIN", BillingErrorCodes.GfeProviderTaxIdMissing)]
    [InlineData("R3.5", "office locations and states", BillingErrorCodes.GfeProviderLocationMissing)]
    [InlineData("R3.5", "separately scheduled items with instructions", BillingErrorCodes.GfeSeparatelyScheduledInstructionsMissing)]
    [InlineData("R3.5", "where to start dispute resolution", BillingErrorCodes.GfeDisputeInstructionsMissing)]
    [InlineData("R3.5", "in writing", BillingErrorCodes.GfeNotInWriting)]
    public void RequiredContents(string rule, string @case, string error)
    {
        var draft = Draft();
        var provider = draft.Providers[0];
        draft = error switch
        {
            BillingErrorCodes.GfePatientNameMissing => draft with { Patient = new GfePatient(" ", new LocalDate(1990, 4, 2)) },
            BillingErrorCodes.GfePatientBirthDateMissing => draft with { Patient = new GfePatient("Pat Doe", null) },
            BillingErrorCodes.GfePrimaryServiceMissing => draft with { PrimaryService = "" },
            BillingErrorCodes.GfeItemsMissing => draft with { Items = [] },
            BillingErrorCodes.GfeItemServiceCodeMissing => draft with { Items = [draft.Items[0] with { ServiceCode = "" }] },
            BillingErrorCodes.GfeProviderNpiInvalid => draft with { Providers = [provider with { Npi = "1234567890" }], Items = [draft.Items[0] with { ProviderNpi = "1234567890" }] },
            BillingErrorCodes.GfeProviderTaxIdMissing => draft with { Providers = [provider with { TaxId = "" }] },
            BillingErrorCodes.GfeProviderLocationMissing => draft with { Providers = [provider with { States = [] }] },
            BillingErrorCodes.GfeSeparatelyScheduledInstructionsMissing => draft with { SeparatelyScheduled = [new SeparatelyScheduledItem("Testing", "")] },
            BillingErrorCodes.GfeDisputeInstructionsMissing => draft with { DisputeInstructions = "" },
            _ => draft with { Delivery = GfeDeliveryMethod.OralOnly },
        };

        var result = GoodFaithEstimate.Issue(TestIds.Numbered<EstimateId>(1), draft, new LocalDate(2026, 2, 23), Instant.FromUtc(2026, 2, 23, 15, 0), BillingFixture.Biller);

        Assert.True(result.Failure && result.Error.Details.Any(d => d.Code == error), $"{rule} {@case}");
    }

    [Fact]
    public void R3_5_DisclaimersAndNotAContractStatement_AreOnEveryEstimate()
    {
        var estimate = Issue(Draft());

        Assert.Contains(GoodFaithEstimateText.AdditionalServices, estimate.Disclaimers());
        Assert.Contains(GoodFaithEstimateText.EstimateOnly, estimate.Disclaimers());
        Assert.Contains(estimate.Disclaimers(), d => d.Contains("visit cms.gov/nosurprises", StringComparison.Ordinal) && d.Contains("will not affect the quality of care", StringComparison.Ordinal));
        Assert.Contains(GoodFaithEstimateText.NotAContract, estimate.Disclaimers());
    }

    [Theory]
    [InlineData("R3.6", "12 months", 2026, 3, 1, 2027, 2, 28, true)]
    [InlineData("R3.6", "more than 12 months", 2026, 3, 1, 2027, 3, 1, false)]
    public void RecurringScope(string rule, string @case, int y1, int m1, int d1, int y2, int m2, int d2, bool valid)
    {
        var draft = Draft(new DateInterval(new LocalDate(y1, m1, d1), new LocalDate(y2, m2, d2)));

        var result = GoodFaithEstimate.Issue(TestIds.Numbered<EstimateId>(1), draft, new LocalDate(2026, 2, 23), Instant.FromUtc(2026, 2, 23, 15, 0), BillingFixture.Biller);

        Assert.True(valid ? result.Success : result.Error.Details.Any(d => d.Code == BillingErrorCodes.GfeRecurringScopeTooLong), $"{rule} {@case}");
    }

    [Theory]
    [InlineData("R3.7", "billed $399.99 over the estimate", 1_959.99, false)]
    [InlineData("R3.7", "billed $400.00 over the estimate", 1_960.00, true)]
    public void DisputeThreshold(string rule, string @case, decimal billed, bool mayDispute)
    {
        var estimate = Issue(Draft());

        var comparison = GfeBillComparison.Compare(estimate, [new BilledProviderTotal(Npi, Money.Usd(billed))], new LocalDate(2026, 9, 1));

        Assert.True(mayDispute == comparison.MayDispute, $"{rule} {@case}");
    }

    [Fact]
    public void R3_7_TheDisputeWindowIs120CalendarDaysAndTheFee25()
    {
        var comparison = GfeBillComparison.Compare(Issue(Draft()), [], new LocalDate(2026, 9, 1));

        Assert.Equal(new LocalDate(2026, 12, 30), comparison.DisputeDeadline);
        Assert.Equal(Money.Usd(25m), GfeBillComparison.AdministrativeFee);
    }
}
