using CounselingRecords.Billing.Claims;
using CounselingRecords.Billing.Payers;
using CounselingRecords.Billing.Tests.Support;
using CounselingRecords.Calendars;
using CounselingRecords.Finance;
using CounselingRecords.Identity;
using CounselingRecords.Testing.Identity;
using CounselingRecords.Validation;
using NodaTime;
using static CounselingRecords.Billing.Tests.Support.ClaimFixture;
using static CounselingRecords.Billing.Tests.Support.Dates;

namespace CounselingRecords.Billing.Tests.Claims;

public sealed class ClaimValidatorTests
{
    private static readonly ClaimValidationContext Context = new(ClaimFixture.Payer, Feb(1), BusinessCalendar.UsFederal);

    private static ClaimServiceLine ServiceLine(LocalDate? dos = null, params int[] pointers) =>
        new(LedgerScenario.ChargeNo(1), dos ?? Jan(5), "11", "90834", [], [.. pointers.Length == 0 ? [1] : pointers], Money.Usd(150m), 1);

    private static ProfessionalClaim Claim(params ClaimServiceLine[] lines) => new(
        TestIds.Numbered<ClaimId>(1), LedgerScenario.Payer, "Acme Health", ClaimFrequency.Original, null, Provider, null, Patient,
        [Dx("F41.1"), Dx("F32.1")], [.. lines.Length == 0 ? [ServiceLine()] : lines], null, true, Money.Usd(0m));

    private static IEnumerable<string> Codes(ProfessionalClaim claim, ClaimValidationContext? context = null)
    {
        var result = new ClaimValidator(context ?? Context).Check(claim);
        return result.Success ? [] : result.Error.Details.Select(d => d.Code);
    }

    [Fact]
    public void Check_AValidClaim_Passes() => Assert.Empty(Codes(Claim()));

    [Fact]
    public void Check_Diagnoses_MustBePresentUniqueAndAtMostTwelve()
    {
        Assert.Contains(BillingErrorCodes.ClaimDiagnosesMissing, Codes(Claim() with { Diagnoses = [] }));
        Assert.Contains(BillingErrorCodes.ClaimDuplicateDiagnosis, Codes(Claim() with { Diagnoses = [Dx("F41.1"), Dx("F41.1")] }));
        Assert.Contains(BillingErrorCodes.ClaimTooManyDiagnoses, Codes(Claim() with { Diagnoses = [.. Enumerable.Range(0, 13).Select(i => Dx($"F4{i % 10}.{i}"))] }));
    }

    [Fact]
    public void Check_Pointers_AreOneToFourInRangeAndUnique()
    {
        Assert.Contains(BillingErrorCodes.ClaimPointerOutOfRange, Codes(Claim(ServiceLine(null, 3))));
        Assert.Contains(BillingErrorCodes.ClaimPointerInvalid, Codes(Claim(ServiceLine(null, 1, 1))));
        Assert.Contains(BillingErrorCodes.ClaimPointersMissing, Codes(Claim(ServiceLine() with { DiagnosisPointers = [] })));
        Assert.Contains(BillingErrorCodes.ClaimTooManyPointers, Codes(Claim(ServiceLine(null, 1, 2, 3, 4, 5)) with { Diagnoses = [Dx("F41.1"), Dx("F32.1"), Dx("F43.10"), Dx("F40.10"), Dx("F42.2")] }));
    }

    [Fact]
    public void Check_MedicarePaperClaims_AllowOnePointerPerLine()
    {
        var medicare = new ClaimValidationContext(PayerProfile.Medicare(LedgerScenario.Payer), Feb(1), BusinessCalendar.UsFederal);

        Assert.Contains(BillingErrorCodes.ClaimTooManyPointers, Codes(Claim(ServiceLine(null, 1, 2)), medicare));
        Assert.Empty(Codes(Claim(ServiceLine(null, 1)), medicare));
    }

    [Fact]
    public void Check_Modifiers_AtMostFour()
    {
        Assert.Contains(BillingErrorCodes.ClaimTooManyModifiers, Codes(Claim(ServiceLine() with { Modifiers = ["95", "59", "GT", "HO", "HN"] })));
        Assert.Empty(Codes(Claim(ServiceLine() with { Modifiers = ["95", "59", "GT", "HO"] })));
    }

    [Fact]
    public void Check_Icd10_OnlyForServicesFromOctober2015()
    {
        var context = new ClaimValidationContext(PayerProfile.Commercial(LedgerScenario.Payer, "Old", 9999), new LocalDate(2016, 1, 4), BusinessCalendar.UsFederal);

        Assert.Contains(BillingErrorCodes.ClaimIcd10BeforeEffectiveDate, Codes(Claim(ServiceLine(new LocalDate(2015, 9, 30))), context));
        Assert.DoesNotContain(BillingErrorCodes.ClaimIcd10BeforeEffectiveDate, Codes(Claim(ServiceLine(new LocalDate(2015, 10, 1))), context));
    }

    [Fact]
    public void Check_ProvidersNeedValidNpiTaxonomyTaxIdAndAStreetAddress()
    {
        Assert.Contains(BillingErrorCodes.ClaimNpiInvalid, Codes(Claim() with { BillingProvider = Provider with { Npi = "1234567890" } }));
        Assert.Contains(BillingErrorCodes.ClaimTaxonomyInvalid, Codes(Claim() with { BillingProvider = Provider with { TaxonomyCode = "101YP2500" } }));
        Assert.Contains(BillingErrorCodes.ClaimTaxIdMissing, Codes(Claim() with { BillingProvider = Provider with { TaxId = "" } }));
        Assert.Contains(BillingErrorCodes.ClaimBillingAddressPostOfficeBox, Codes(Claim() with { BillingProvider = Provider with { Address = Street with { Line1 = "PO Box 9" } } }));
        Assert.Contains(BillingErrorCodes.ClaimNpiInvalid, Codes(Claim() with { RenderingProvider = new RenderingProvider("A. Clinician", "1234567890", TaxonomyCodes.ClinicalSocialWorker) }));
        Assert.Empty(Codes(Claim() with { RenderingProvider = new RenderingProvider("A. Clinician", NpiFrom("123456780"), TaxonomyCodes.ClinicalSocialWorker) }));
    }

    [Fact]
    public void Check_ReplacementAndVoid_NeedTheOriginalReference()
    {
        Assert.Contains(BillingErrorCodes.ClaimOriginalReferenceMissing, Codes(Claim() with { Frequency = ClaimFrequency.Replacement }));
        Assert.Contains(BillingErrorCodes.ClaimOriginalReferenceMissing, Codes(Claim() with { Frequency = ClaimFrequency.Void }));
        Assert.Empty(Codes(Claim() with { Frequency = ClaimFrequency.Void, OriginalReference = "ICN-77" }));
        Assert.Equal("11:B:8", (Claim() with { Frequency = ClaimFrequency.Void }).Clm05);
    }

    [Fact]
    public void Check_MemberId_IsRequired()
    {
        Assert.Contains(BillingErrorCodes.ClaimMemberIdMissing, Codes(Claim() with { Patient = Patient with { MemberId = "" } }));
    }

    [Fact]
    public void Claim_ToString_NamesIdsOnly()
    {
        Assert.DoesNotContain("Doe", Claim().ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Doe", Patient.ToString(), StringComparison.Ordinal);
    }
}
