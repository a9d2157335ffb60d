using CounselingRecords.Billing.Claims;
using CounselingRecords.Billing.Ledger;
using CounselingRecords.Billing.Tests.Support;
using CounselingRecords.Finance;
using static CounselingRecords.Billing.Tests.Support.ClaimFixture;
using static CounselingRecords.Billing.Tests.Support.Dates;

namespace CounselingRecords.Billing.Tests.Claims;

public sealed class ClaimBuilderTests
{
    private static LedgerScenario Insured(params (int Charge, NodaTime.LocalDate Date, string Code)[] charges)
    {
        var s = new LedgerScenario();
        foreach (var (charge, date, code) in charges)
        {
            s.Charge(s.InsuredCharge(charge, date, 150m, code: code));
        }

        return s;
    }

    [Fact]
    public void Build_CollectsUniqueDiagnosesAndPointsEachLineAtItsOwn()
    {
        var s = Insured((1, Jan(5), "90834"), (2, Jan(12), "90834"));

        var claim = ClaimBuilder.Build(s.Ledger, Request(Feb(1), Line(1, true, "F41.1", "F32.1"), Line(2, true, "F32.1"))).Value;

        Assert.Equal(new[] { "F41.1", "F32.1" }, claim.Diagnoses.Select(d => d.Value));
        Assert.Equal(new[] { 1, 2 }, claim.Lines[0].DiagnosisPointers);
        Assert.Equal(new[] { 2 }, claim.Lines[1].DiagnosisPointers);
        Assert.Equal("AB", claim.Lines[0].PointerLetters);
        Assert.Equal("1:2", claim.Lines[0].CompositePointer);
        Assert.Equal(new[] { "A F411", "B F321" }, claim.Item21);
        Assert.Equal(new[] { "ABK:F411", "ABF:F321" }, claim.HealthCareDiagnosisCodes);
        Assert.Equal("11:B:1", claim.Clm05);
        Assert.Equal(Money.Usd(300m), claim.TotalCharge);
        Assert.Equal("HC:90834", claim.Lines[0].ProcedureComposite);
    }

    [Fact]
    public void Build_UnsignedDocumentation_IsRefusedByR76()
    {
        var s = Insured((1, Jan(5), "90834"));

        var result = ClaimBuilder.Build(s.Ledger, Request(Feb(1), Line(1, false, "F41.1")));

        Assert.Equal(BillingErrorCodes.ClaimDocumentationUnsigned, result.Error.Code);
        Assert.Equal("R7.6", result.Error.RuleId);
    }

    [Fact]
    public void Build_MissedAppointmentFee_IsNeverClaimed()
    {
        var s = new LedgerScenario();
        s.Charge(ChargeRequest.ForMissedAppointmentFee(s.Post(Jan(5)), LedgerScenario.ChargeNo(1), ChargeKind.NoShowFee, Jan(5), Money.Usd(75m), "No-show", "R4.2"));

        var result = ClaimBuilder.Build(s.Ledger, Request(Feb(1), Line(1, true, "F41.1")));

        Assert.Equal(BillingErrorCodes.ClaimChargeNotClaimable, result.Error.Code);
        Assert.Equal("R4.4", result.Error.RuleId);
    }

    [Fact]
    public void Build_SelfPayCharge_IsNotBilledToThePayer()
    {
        var s = new LedgerScenario().SelfPay(1, Jan(5), 150m);

        Assert.Equal(BillingErrorCodes.ClaimChargeNotBilledToPayer, ClaimBuilder.Build(s.Ledger, Request(Feb(1), Line(1, true, "F41.1"))).Error.Code);
        Assert.Equal(BillingErrorCodes.ClaimSelfPayPayer, ClaimBuilder.Build(s.Ledger, Request(Feb(1), Line(1, true, "F41.1")) with { Payer = CounselingRecords.Billing.Payers.PayerProfile.SelfPay }).Error.Code);
    }

    [Fact]
    public void Build_ThirteenDiagnoses_AsksToSplit_AndPartitionKeepsTwelvePerClaim()
    {
        var codes = new[] { "F41.1", "F32.1", "F43.10", "F40.10", "F42.2", "F50.00", "F51.01", "F60.3", "F90.0", "F84.0", "F33.1", "F34.1", "F41.0" };
        var s = Insured((1, Jan(5), "90834"), (2, Jan(12), "90834"), (3, Jan(19), "90834"), (4, Jan(26), "90834"));
        var lines = new[]
        {
            Line(1, true, codes[0], codes[1], codes[2], codes[3]),
            Line(2, true, codes[4], codes[5], codes[6], codes[7]),
            Line(3, true, codes[8], codes[9], codes[10], codes[11]),
            Line(4, true, codes[12]),
        };

        var result = ClaimBuilder.Build(s.Ledger, Request(Feb(1), lines));
        var groups = ClaimBuilder.PartitionByDiagnosisLimit([.. lines], s.Ledger.Snapshot().Lines.ToDictionary(l => l.Charge, l => l.DateOfService));

        Assert.Equal(BillingErrorCodes.ClaimTooManyDiagnoses, result.Error.Code);
        Assert.Equal("R2.2", result.Error.RuleId);
        Assert.Equal(new[] { 3, 1 }, groups.Select(g => g.Length));
        Assert.All(groups, g => Assert.True(ClaimBuilder.Build(s.Ledger, Request(Feb(1), [.. g])).Success));
    }

    [Fact]
    public void Build_ExcludedCodesOnOneDate_AreRefusedWithTheRule()
    {
        var s = Insured((1, Jan(5), "90839"), (2, Jan(5), "90791"));

        var result = ClaimBuilder.Build(s.Ledger, Request(Feb(1), Line(1, true, "F43.0"), Line(2, true, "F43.0")));

        Assert.Equal(BillingErrorCodes.CodingExcludedCombination, result.Error.Code);
        Assert.Equal("R1.8", result.Error.RuleId);
    }

    [Fact]
    public void Build_AfterTheTimelyFilingLimit_IsRefused()
    {
        var s = Insured((1, Jan(5), "90834"));

        Assert.True(ClaimBuilder.Build(s.Ledger, Request(Jan(5).PlusDays(180), Line(1, true, "F41.1"))).Success);
        var late = ClaimBuilder.Build(s.Ledger, Request(Jan(5).PlusDays(181), Line(1, true, "F41.1")));
        Assert.Equal(BillingErrorCodes.ClaimTimelyFilingExpired, late.Error.Details.Single().Code);
    }

    [Fact]
    public void Build_UnknownCharge_IsRefused()
    {
        var s = Insured((1, Jan(5), "90834"));

        Assert.Equal(BillingErrorCodes.ClaimUnknownCharge, ClaimBuilder.Build(s.Ledger, Request(Feb(1), Line(7, true, "F41.1"))).Error.Code);
    }

    [Fact]
    public void PaperFormPages_HoldSixLinesEach()
    {
        var s = new LedgerScenario();
        for (var i = 1; i <= 7; i++)
        {
            s.Charge(s.InsuredCharge(i, Jan(i * 3), 150m, code: "90834"));
        }

        var claim = ClaimBuilder.Build(s.Ledger, Request(Feb(1), [.. Enumerable.Range(1, 7).Select(i => Line(i, true, "F41.1"))])).Value;

        Assert.Equal(new[] { 6, 1 }, claim.PaperFormPages().Select(p => p.Length));
    }
    [Fact]
    public void Build_RenderingSameAsBillingProvider_IsOmitted_AndADifferentOneIsKept()
    {
        var s = Insured((1, Jan(5), "90834"));
        var same = new RenderingProvider("Riverside Counseling", ValidNpi, TaxonomyCodes.ProfessionalCounselor);
        var other = new RenderingProvider("Pat Lee, LPC", NpiFrom("124531959"), TaxonomyCodes.ProfessionalCounselor);

        var omitted = ClaimBuilder.Build(s.Ledger, Request(Feb(1), Line(1, true, "F41.1")) with { RenderingProvider = same }).Value;
        var kept = ClaimBuilder.Build(s.Ledger, Request(Feb(1), Line(1, true, "F41.1")) with { RenderingProvider = other }).Value;

        Assert.Null(omitted.RenderingProvider);
        Assert.Equal(other, kept.RenderingProvider);
    }

    [Fact]
    public void Build_CarriesTheSupplementaryItemsToTheClaim()
    {
        var s = Insured((1, Jan(5), "90834"));
        var request = Request(Feb(1), Line(1, true, "F41.1")) with
        {
            Patient = Patient with { Relationship = RelationshipToInsured.Child },
            Insured = new InsuredParty("Doe", "Sam", Street, "GRP-77"),
            OtherCoverage = OtherCoverage.None,
            Signatures = ClaimSignatures.OnFile,
            OnsetDate = Jan(2),
            ReferringProvider = new ReferringProvider(ReferringProviderQualifier.Referring, "Lee, Ann MD", NpiFrom("124531959")),
            ServiceFacility = new ServiceFacility("Riverside Annex", Street, null),
        };

        var claim = ClaimBuilder.Build(s.Ledger, request).Value;

        Assert.Equal(("GRP-77", "NO", "Y", "431", "DN", "Riverside Annex"), (claim.Insured!.GroupNumber, claim.OtherCoverage!.Item11d, claim.Signatures!.Clm08, claim.Item14Qualifier, claim.ReferringProvider!.QualifierCode, claim.ServiceFacility!.Name));
        Assert.True(claim.RequiresPatientLoop);
    }

    [Fact]
    public void Build_ChildWithoutInsured_IsRefused()
    {
        var s = Insured((1, Jan(5), "90834"));

        var result = ClaimBuilder.Build(s.Ledger, Request(Feb(1), Line(1, true, "F41.1")) with { Patient = Patient with { Relationship = RelationshipToInsured.Child } });

        Assert.Contains(result.Error.Details, d => d.Code == BillingErrorCodes.ClaimInsuredMissing);
    }
}
