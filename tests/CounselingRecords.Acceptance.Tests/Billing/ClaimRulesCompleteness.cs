using CounselingRecords.Billing;
using CounselingRecords.Billing.Claims;
using CounselingRecords.Billing.Payers;
using CounselingRecords.Calendars;
using CounselingRecords.Finance;
using CounselingRecords.Identity;
using CounselingRecords.Testing.Identity;
using CounselingRecords.Validation;
using NodaTime;

namespace CounselingRecords.Acceptance.Tests.Billing;

/// <summary>
/// The R2.5 / R2.6 items beyond the core claim: insured (4, 7, 11), other coverage (9, 11d), signatures on file
/// (12, 13), onset (14, qualifier 431), referring provider (17, 17b, DN/DK/DQ), service facility (32, 32a; 2310C),
/// the patient loop 2000C when the patient is not the subscriber, and rendering reported only when it differs
/// from 33a.
/// </summary>
public sealed class ClaimRulesCompleteness
{
    private static readonly LocalDate Dos = new(2026, 3, 2);
    private static readonly PayerProfile Commercial = PayerProfile.Commercial(BillingFixture.Payer, "Acme Health", 180);
    private const string OtherNpi = "1245319599";

    private static ProfessionalClaim Claim() => new(
        TestIds.Numbered<ClaimId>(1), BillingFixture.Payer, "Acme Health", ClaimFrequency.Original, null, BillingFixture.Provider, null, BillingFixture.Patient,
        [BillingFixture.Dx("F41.1")], [new ClaimServiceLine(BillingFixture.Charge(1), Dos, "11", "90834", [], [1], Money.Usd(150m), 1)], null, true, Money.Usd(0m));

    private static string[] Errors(ProfessionalClaim claim)
    {
        var result = new ClaimValidator(new ClaimValidationContext(Commercial, Dos.PlusDays(10), BusinessCalendar.UsFederal)).Check(claim);
        return result.Success ? [] : [.. result.Error.Details.Select(d => d.Code)];
    }

    private static ProfessionalClaim Case(string @case) => @case switch
    {
        "child with insured parent" => Claim() with { Patient = BillingFixture.Patient with { Relationship = RelationshipToInsured.Child }, Insured = new InsuredParty("Doe", "Sam", BillingFixture.Street, "GRP-77") },
        "child, no insured" => Claim() with { Patient = BillingFixture.Patient with { Relationship = RelationshipToInsured.Child } },
        "insured without address" => Claim() with { Patient = BillingFixture.Patient with { Relationship = RelationshipToInsured.Spouse }, Insured = new InsuredParty("Doe", "Sam", BillingFixture.Street with { Line1 = "" }) },
        "11d NO" => Claim() with { OtherCoverage = OtherCoverage.None },
        "11d YES complete" => Claim() with { OtherCoverage = new OtherCoverage(true, "Doe, Sam", "G-55", "Other Health Plan") },
        "11d YES without plan" => Claim() with { OtherCoverage = new OtherCoverage(true, "Doe, Sam", "G-55", null) },
        "signatures on file" => Claim() with { Signatures = ClaimSignatures.OnFile },
        "item 12 not on file" => Claim() with { Signatures = new ClaimSignatures(false, true) },
        "item 13 not on file, assignment accepted" => Claim() with { Signatures = new ClaimSignatures(true, false) },
        "item 13 not on file, assignment not accepted" => Claim() with { Signatures = new ClaimSignatures(true, false), AcceptAssignment = false },
        "onset before service" => Claim() with { OnsetDate = Dos.PlusDays(-30) },
        "onset on the date of service" => Claim() with { OnsetDate = Dos },
        "onset after service" => Claim() with { OnsetDate = Dos.PlusDays(1) },
        "referring DN with NPI" => Claim() with { ReferringProvider = new ReferringProvider(ReferringProviderQualifier.Referring, "Lee, Ann MD", OtherNpi) },
        "referring NPI wrong" => Claim() with { ReferringProvider = new ReferringProvider(ReferringProviderQualifier.Supervising, "Lee, Ann MD", "1245319590") },
        "referring without name" => Claim() with { ReferringProvider = new ReferringProvider(ReferringProviderQualifier.Ordering, "", OtherNpi) },
        "facility complete" => Claim() with { ServiceFacility = new ServiceFacility("Riverside Counseling Annex", BillingFixture.Street, OtherNpi) },
        "facility without address" => Claim() with { ServiceFacility = new ServiceFacility("Annex", BillingFixture.Street with { City = "" }) },
        "facility NPI wrong" => Claim() with { ServiceFacility = new ServiceFacility("Annex", BillingFixture.Street, "1245319590") },
        _ => throw new ArgumentOutOfRangeException(nameof(@case), @case, null),
    };

    [Theory]
    [InlineData("R2.5/R2.6", "child with insured parent", null)]
    [InlineData("R2.5/R2.6", "child, no insured", BillingErrorCodes.ClaimInsuredMissing)]
    [InlineData("R2.5", "insured without address", BillingErrorCodes.ClaimInsuredIncomplete)]
    [InlineData("R2.5", "11d NO", null)]
    [InlineData("R2.5", "11d YES complete", null)]
    [InlineData("R2.5", "11d YES without plan", BillingErrorCodes.ClaimOtherCoverageIncomplete)]
    [InlineData("R2.5", "signatures on file", null)]
    [InlineData("R2.5", "item 12 not on file", BillingErrorCodes.ClaimPatientSignatureNotOnFile)]
    [InlineData("R2.5", "item 13 not on file, assignment accepted", BillingErrorCodes.ClaimAssignmentNotOnFile)]
    [InlineData("R2.5", "item 13 not on file, assignment not accepted", null)]
    [InlineData("R2.5", "onset before service", null)]
    [InlineData("R2.5", "onset on the date of service", null)]
    [InlineData("R2.5", "onset after service", BillingErrorCodes.ClaimOnsetAfterService)]
    [InlineData("R2.5", "referring DN with NPI", null)]
    [InlineData("R2.5", "referring NPI wrong", BillingErrorCodes.ClaimNpiInvalid)]
    [InlineData("R2.5", "referring without name", BillingErrorCodes.ClaimReferringProviderNameMissing)]
    [InlineData("R2.5/R2.6", "facility complete", null)]
    [InlineData("R2.5/R2.6", "facility without address", BillingErrorCodes.ClaimServiceFacilityIncomplete)]
    [InlineData("R2.5", "facility NPI wrong", BillingErrorCodes.ClaimNpiInvalid)]
    public void Items(string rule, string @case, string? error)
    {
        var errors = Errors(Case(@case));

        Assert.True(error is null ? errors.Length == 0 : errors.Contains(error), $"{rule} {@case}: {string.Join(",", errors)}");
    }

    [Theory]
    [InlineData("R2.5", ReferringProviderQualifier.Referring, "DN")]
    [InlineData("R2.5", ReferringProviderQualifier.Ordering, "DK")]
    [InlineData("R2.5", ReferringProviderQualifier.Supervising, "DQ")]
    public void Item17Qualifier(string rule, ReferringProviderQualifier qualifier, string code) =>
        Assert.True(code == new ReferringProvider(qualifier, "Lee, Ann MD", OtherNpi).QualifierCode, rule);

    [Fact]
    public void R2_5_Item14_UsesQualifier431_AndItems12And13PrintSignatureOnFile()
    {
        var claim = Claim() with { OnsetDate = Dos.PlusDays(-30), Signatures = ClaimSignatures.OnFile, OtherCoverage = OtherCoverage.None };

        Assert.Equal("431", claim.Item14Qualifier);
        Assert.Equal(("SIGNATURE ON FILE", "SIGNATURE ON FILE", "NO"), (claim.Signatures!.Item12, claim.Signatures.Item13, claim.OtherCoverage!.Item11d));
        Assert.Equal(string.Empty, Claim().Item14Qualifier);
    }

    [Theory]
    [InlineData("R2.6", RelationshipToInsured.Self, false)]
    [InlineData("R2.6", RelationshipToInsured.Child, true)]
    [InlineData("R2.6", RelationshipToInsured.Spouse, true)]
    [InlineData("R2.6", RelationshipToInsured.Other, true)]
    public void Loop2000C_OnlyWhenThePatientIsNotTheSubscriber(string rule, RelationshipToInsured relationship, bool required) =>
        Assert.True(required == (Claim() with { Patient = BillingFixture.Patient with { Relationship = relationship } }).RequiresPatientLoop, $"{rule} {relationship}");

    [Theory]
    [InlineData("R2.5", "rendering NPI equals 33a: not reported", "1234567893", false)]
    [InlineData("R2.5", "rendering NPI differs from 33a: reported", OtherNpi, true)]
    public void RenderingOnlyWhenItDiffersFromTheBillingProvider(string rule, string @case, string renderingNpi, bool reported)
    {
        var rendering = new RenderingProvider("Pat Lee, LPC", renderingNpi, TaxonomyCodes.ProfessionalCounselor);

        Assert.True(reported == rendering.DiffersFrom(BillingFixture.Provider), $"{rule} {@case}");
        Assert.True(reported == (Claim() with { RenderingProvider = rendering }).ReportsRenderingProvider, $"{rule} {@case}");
    }
}
