using CounselingRecords.Billing;
using CounselingRecords.Billing.Claims;
using CounselingRecords.Billing.Ledger;
using CounselingRecords.Billing.Payers;
using CounselingRecords.Calendars;
using CounselingRecords.Finance;
using CounselingRecords.Identity;
using CounselingRecords.Testing.Identity;
using CounselingRecords.Validation;
using NodaTime;

namespace CounselingRecords.Acceptance.Tests.Billing;

/// <summary>The cases of R2.2–R2.8 and R2.10 (R2.1 is the form version; R2.9's taxonomy list is flagged for verification and only its shape is checked).</summary>
public sealed class ClaimRules
{
    private static readonly LocalDate Dos = new(2026, 3, 2);
    private static readonly PayerProfile Commercial = PayerProfile.Commercial(BillingFixture.Payer, "Acme Health", 180);

    private static ClaimServiceLine Line(int[] pointers, string[]? modifiers = null, LocalDate? dos = null) =>
        new(BillingFixture.Charge(1), dos ?? Dos, "11", "90834", [.. modifiers ?? []], [.. pointers], Money.Usd(150m), 1);

    private static ProfessionalClaim Claim(string[] diagnoses, params ClaimServiceLine[] lines) => new(
        TestIds.Numbered<ClaimId>(1), BillingFixture.Payer, "Acme Health", ClaimFrequency.Original, null, BillingFixture.Provider, null, BillingFixture.Patient,
        [.. diagnoses.Select(BillingFixture.Dx)], [.. lines], null, true, Money.Usd(0m));

    private static string[] Errors(ProfessionalClaim claim, PayerProfile? payer = null, LocalDate? submitted = null)
    {
        var result = new ClaimValidator(new ClaimValidationContext(payer ?? Commercial, submitted ?? Dos.PlusDays(10), BusinessCalendar.UsFederal)).Check(claim);
        return result.Success ? [] : [.. result.Error.Details.Select(d => d.Code)];
    }

    private static string[] Dx(int count) => [.. Enumerable.Range(0, count).Select(i => $"F4{i % 10}.{i / 10 + 1}")];

    [Theory]
    [InlineData("R2.2", "one diagnosis", 1, null)]
    [InlineData("R2.2", "twelve diagnoses (A–L)", 12, null)]
    [InlineData("R2.2", "thirteen diagnoses: split the claim", 13, BillingErrorCodes.ClaimTooManyDiagnoses)]
    [InlineData("R2.2", "no diagnosis", 0, BillingErrorCodes.ClaimDiagnosesMissing)]
    public void DiagnosisCount(string rule, string @case, int count, string? error)
    {
        var errors = Errors(Claim(Dx(count), Line([1])));

        Assert.True(error is null ? !errors.Contains(BillingErrorCodes.ClaimTooManyDiagnoses) && !errors.Contains(BillingErrorCodes.ClaimDiagnosesMissing) : errors.Contains(error), $"{rule} {@case}: {string.Join(",", errors)}");
    }

    [Fact]
    public void R2_2_Item21_IsWithoutTheDecimalPoint_WithIcdIndicator0()
    {
        var claim = Claim(["F43.10", "F41.1"], Line([1, 2]));

        Assert.Equal(new[] { "A F4310", "B F411" }, claim.Item21);
        Assert.Equal("0", ProfessionalClaim.IcdIndicator);
    }

    [Theory]
    [InlineData("R2.3", "four pointers, primary first", new[] { 1, 2, 3, 4 }, 4, null)]
    [InlineData("R2.3", "five pointers", new[] { 1, 2, 3, 4, 5 }, 4, BillingErrorCodes.ClaimTooManyPointers)]
    [InlineData("R2.3", "Medicare paper claim: one pointer", new[] { 1 }, 1, null)]
    [InlineData("R2.3", "Medicare paper claim: two pointers", new[] { 1, 2 }, 1, BillingErrorCodes.ClaimTooManyPointers)]
    [InlineData("R2.7", "pointer to a diagnosis that does not exist", new[] { 6 }, 4, BillingErrorCodes.ClaimPointerOutOfRange)]
    public void Pointers(string rule, string @case, int[] pointers, int payerLimit, string? error)
    {
        var payer = payerLimit == 1 ? PayerProfile.Medicare(BillingFixture.Payer) : Commercial;

        var errors = Errors(Claim(Dx(5), Line(pointers)), payer);

        Assert.True(error is null ? errors.Length == 0 : errors.Contains(error), $"{rule} {@case}: {string.Join(",", errors)}");
    }

    [Fact]
    public void R2_3_PointersPrintAsLetters()
    {
        Assert.Equal("ACL", Line([1, 3, 12]).PointerLetters);
    }

    [Theory]
    [InlineData("R2.4", "four modifiers", new[] { "95", "59", "HO", "GT" }, null)]
    [InlineData("R2.4", "five modifiers", new[] { "95", "59", "HO", "GT", "HN" }, BillingErrorCodes.ClaimTooManyModifiers)]
    public void Modifiers(string rule, string @case, string[] modifiers, string? error)
    {
        var errors = Errors(Claim(Dx(1), Line([1], modifiers)));

        Assert.True(error is null ? errors.Length == 0 : errors.Contains(error), $"{rule} {@case}");
    }

    [Fact]
    public void R2_4_SixServiceLinesPerPaperForm()
    {
        var claim = Claim(Dx(1), [.. Enumerable.Range(0, 13).Select(_ => Line([1]))]);

        Assert.Equal(new[] { 6, 6, 1 }, claim.PaperFormPages().Select(p => p.Length));
    }

    [Theory]
    [InlineData("R2.5", "item 22: replacement without the original reference", ClaimFrequency.Replacement, null, BillingErrorCodes.ClaimOriginalReferenceMissing)]
    [InlineData("R2.5", "item 22: void without the original reference", ClaimFrequency.Void, null, BillingErrorCodes.ClaimOriginalReferenceMissing)]
    [InlineData("R2.6", "CLM05-3 replacement with its reference", ClaimFrequency.Replacement, "ICN-1", null)]
    [InlineData("R2.6", "CLM05-3 original", ClaimFrequency.Original, null, null)]
    public void FrequencyCodes(string rule, string @case, ClaimFrequency frequency, string? original, string? error)
    {
        var errors = Errors(Claim(Dx(1), Line([1])) with { Frequency = frequency, OriginalReference = original });

        Assert.True(error is null ? errors.Length == 0 : errors.Contains(error), $"{rule} {@case}");
    }

    [Theory]
    [InlineData("R2.5", "item 33: billing address is a PO box", "PO Box 9", "12-3456789", "1234567893", "MEM123", BillingErrorCodes.ClaimBillingAddressPostOfficeBox)]
    [InlineData("R2.5", "item 25: no federal tax id", "12 Main St", "", "1234567893", "MEM123", BillingErrorCodes.ClaimTaxIdMissing)]
    [InlineData("R2.5", "item 1a: no insured id", "12 Main St", "12-3456789", "1234567893", "", BillingErrorCodes.ClaimMemberIdMissing)]
    [InlineData("R2.6", "NM1*85 NPI with a wrong check digit", "12 Main St", "12-3456789", "1234567890", "MEM123", BillingErrorCodes.ClaimNpiInvalid)]
    [InlineData("R2.6", "complete billing provider", "12 Main St", "12-3456789", "1234567893", "MEM123", null)]
    public void Parties(string rule, string @case, string street, string taxId, string npi, string memberId, string? error)
    {
        var claim = Claim(Dx(1), Line([1])) with
        {
            BillingProvider = BillingFixture.Provider with { Address = BillingFixture.Street with { Line1 = street }, TaxId = taxId, Npi = npi },
            Patient = BillingFixture.Patient with { MemberId = memberId },
        };

        var errors = Errors(claim);

        Assert.True(error is null ? errors.Length == 0 : errors.Contains(error), $"{rule} {@case}: {string.Join(",", errors)}");
    }

    [Fact]
    public void R2_6_SegmentComposites()
    {
        var claim = Claim(["F41.1", "F32.1"], Line([1, 2], ["95"]) with { PlaceOfService = "10" });

        Assert.Equal("10:B:1", claim.Clm05);
        Assert.Equal("1:2", claim.Lines[0].CompositePointer);
        Assert.Equal("HC:90834:95", claim.Lines[0].ProcedureComposite);
    }

    [Theory]
    [InlineData("R2.7", "duplicate diagnosis", new[] { "F41.1", "F41.1" }, BillingErrorCodes.ClaimDuplicateDiagnosis)]
    [InlineData("R2.7", "unique diagnoses", new[] { "F41.1", "F32.1" }, null)]
    public void UniqueDiagnoses(string rule, string @case, string[] diagnoses, string? error)
    {
        var errors = Errors(Claim(diagnoses, Line([1])));

        Assert.True(error is null ? errors.Length == 0 : errors.Contains(error), $"{rule} {@case}");
    }

    [Fact]
    public void R2_7_PrincipalDiagnosisIsAbkAndOthersAbf()
    {
        Assert.Equal(new[] { "ABK:F411", "ABF:F321" }, Claim(["F41.1", "F32.1"], Line([1])).HealthCareDiagnosisCodes);
    }

    [Theory]
    [InlineData("R2.8", "Medicare: one calendar year", 2026, 3, 10, 2027, 3, 10)]
    [InlineData("R2.8", "Medicare: deadline on a weekend rolls to Monday", 2025, 7, 5, 2026, 7, 6)]
    [InlineData("R2.8", "Medicare: deadline on a federal holiday rolls forward", 2025, 12, 25, 2026, 12, 28)]
    [InlineData("R2.8", "Medicare: 29 February is due 28 February", 2024, 2, 29, 2025, 2, 28)]
    public void MedicareTimelyFiling(string rule, string @case, int y, int m, int d, int ey, int em, int ed)
    {
        Assert.True(new LocalDate(ey, em, ed) == TimelyFilingRule.Medicare.Deadline(new LocalDate(y, m, d), BusinessCalendar.UsFederal), $"{rule} {@case}");
    }

    [Theory]
    [InlineData("R2.8", "commercial 90 days: day 90", 90, null)]
    [InlineData("R2.8", "commercial 90 days: day 91", 91, BillingErrorCodes.ClaimTimelyFilingExpired)]
    public void CommercialTimelyFiling(string rule, string @case, int daysAfter, string? error)
    {
        var errors = Errors(Claim(Dx(1), Line([1])), PayerProfile.Commercial(BillingFixture.Payer, "Acme", 90), Dos.PlusDays(daysAfter));

        Assert.True(error is null ? errors.Length == 0 : errors.Contains(error), $"{rule} {@case}");
    }

    [Theory]
    [InlineData("R2.8", "ICD-10 on 30 September 2015", 2015, 9, 30, BillingErrorCodes.ClaimIcd10BeforeEffectiveDate)]
    [InlineData("R2.8", "ICD-10 on 1 October 2015", 2015, 10, 1, null)]
    public void Icd10EffectiveDate(string rule, string @case, int y, int m, int d, string? error)
    {
        var errors = Errors(Claim(Dx(1), Line([1], null, new LocalDate(y, m, d))), PayerProfile.Commercial(BillingFixture.Payer, "Acme", 9999));

        Assert.True(error is null ? !errors.Contains(BillingErrorCodes.ClaimIcd10BeforeEffectiveDate) : errors.Contains(error), $"{rule} {@case}");
    }

    [Theory]
    [InlineData("R4.4 (claims)", "a no-show fee is never on a claim", true, BillingErrorCodes.ClaimChargeNotClaimable)]
    [InlineData("R7.6 (claims)", "no claim from an unsigned note", false, BillingErrorCodes.ClaimDocumentationUnsigned)]
    public void ClaimGuards(string rule, string @case, bool noShow, string error)
    {
        var f = new BillingFixture();
        if (noShow)
        {
            f.Then(f.Ledger.PostCharge(ChargeRequest.ForMissedAppointmentFee(f.Post(Dos), BillingFixture.Charge(1), ChargeKind.NoShowFee, Dos, Money.Usd(75m), "No-show", "R4.2")));
        }
        else
        {
            f.Insured(1, Dos, 150m);
        }

        var result = ClaimBuilder.Build(f.Ledger, new ClaimRequest(
            TestIds.Numbered<ClaimId>(1), Commercial, ClaimFrequency.Original, null, BillingFixture.Provider, null, BillingFixture.Patient,
            [new ClaimLineInput(BillingFixture.Charge(1), [BillingFixture.Dx("F41.1")], noShow)], null, true, Money.Usd(0m), Dos.PlusDays(5), BusinessCalendar.UsFederal));

        Assert.True(error == result.Error.Code, $"{rule} {@case}");
    }

    [Theory]
    [InlineData("R2.10", "provider credentials", "credentials", BillingErrorCodes.SuperbillCredentialsMissing)]
    [InlineData("R2.10", "license number and state", "license", BillingErrorCodes.SuperbillLicenseMissing)]
    [InlineData("R2.10", "TIN/EIN", "tin", BillingErrorCodes.SuperbillTaxIdMissing)]
    [InlineData("R2.10", "NPI", "npi", BillingErrorCodes.SuperbillNpiInvalid)]
    [InlineData("R2.10", "provider signature", "signature", BillingErrorCodes.SuperbillSignatureMissing)]
    [InlineData("R2.10", "client legal name", "client", BillingErrorCodes.SuperbillClientNameMissing)]
    [InlineData("R2.10", "ICD-10 diagnosis per service", "diagnosis", BillingErrorCodes.SuperbillDiagnosisMissing)]
    [InlineData("R2.10", "complete superbill", "none", null)]
    public void SuperbillContents(string rule, string @case, string missing, string? error)
    {
        var f = new BillingFixture().SelfPay(1, Dos, 150m, 90m).Pay(Dos, 60m);
        var provider = missing switch
        {
            "credentials" => BillingFixture.Provider with { Credentials = null },
            "license" => BillingFixture.Provider with { LicenseState = null },
            "tin" => BillingFixture.Provider with { TaxId = "" },
            "npi" => BillingFixture.Provider with { Npi = "123" },
            _ => BillingFixture.Provider,
        };
        var client = new SuperbillClient(BillingFixture.Client, missing == "client" ? "" : "Pat Doe", new LocalDate(1990, 4, 2), BillingFixture.Street, "MEM123", null);

        var result = SuperbillBuilder.Build(f.Ledger, provider, missing == "signature" ? "" : "Electronically signed by A. Clinician, LPC", client,
            [new SuperbillLineInput(BillingFixture.Charge(1), missing == "diagnosis" ? [] : [BillingFixture.Dx("F41.1")])], Dos.PlusDays(3));

        Assert.True(error is null ? result.Success : result.Error.Details.Any(d => d.Code == error), $"{rule} {@case}");
        if (result.Success)
        {
            var line = result.Value.Lines[0];
            Assert.Equal(Money.Usd(150m), line.FeeCharged);
            Assert.Equal(Money.Usd(60m), line.AmountPaid);
            Assert.True(line.PaidInFull);
            Assert.Equal(Money.Usd(0m), result.Value.BalanceDue);
        }
    }
}
