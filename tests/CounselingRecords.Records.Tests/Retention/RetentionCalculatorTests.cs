using System.Collections.Immutable;
using CounselingRecords.Records.Retention;
using CounselingRecords.Results;
using NodaTime;
using static CounselingRecords.Records.Tests.Fixtures.ResultAssert;
using R = CounselingRecords.Records.Tests.Fixtures.Records;

namespace CounselingRecords.Records.Tests.Retention;

public sealed class RetentionCalculatorTests
{
    private static RetentionDecision Decide(RetentionPolicy policy, LocalDate born, LocalDate lastService, params LegalHold[] holds) =>
        Ok(RetentionCalculator.Decide(policy, new RetentionFacts(born, lastService, [.. holds])));

    // R7.11 expected dates, worked by hand from each rule's text.
    public static TheoryData<string, RetentionPolicy, LocalDate, LocalDate, LocalDate, string> Cases() => new()
    {
        // APA: 7 years after the last service, or 3 years past majority for a minor, whichever is later.
        { "APA adult", RetentionPresets.Apa, new LocalDate(1980, 5, 10), new LocalDate(2020, 3, 15), new LocalDate(2027, 3, 15), "apa.after-last-service" },
        { "APA minor, majority wins", RetentionPresets.Apa, new LocalDate(2008, 6, 1), new LocalDate(2020, 5, 1), new LocalDate(2029, 6, 1), "apa.after-majority" },
        { "APA minor, 7 years wins", RetentionPresets.Apa, new LocalDate(2004, 1, 1), new LocalDate(2021, 12, 1), new LocalDate(2028, 12, 1), "apa.after-last-service" },
        { "APA last service on the 18th birthday is an adult", RetentionPresets.Apa, new LocalDate(2002, 3, 1), new LocalDate(2020, 3, 1), new LocalDate(2027, 3, 1), "apa.after-last-service" },
        // Texas LPC: 7 years from termination or 5 years after majority, whichever is greater.
        { "Texas minor", RetentionPresets.TexasLpc, new LocalDate(2010, 9, 15), new LocalDate(2018, 3, 1), new LocalDate(2033, 9, 15), "tx-lpc.after-majority" },
        { "Texas adult", RetentionPresets.TexasLpc, new LocalDate(1990, 1, 1), new LocalDate(2019, 6, 30), new LocalDate(2026, 6, 30), "tx-lpc.after-termination" },
        // California LPCC: minors 7 years after age 18.
        { "California minor", RetentionPresets.CaliforniaLpcc, new LocalDate(2012, 1, 20), new LocalDate(2020, 1, 10), new LocalDate(2037, 1, 20), "ca-lpcc.after-age-18" },
        { "California adult", RetentionPresets.CaliforniaLpcc, new LocalDate(1985, 1, 20), new LocalDate(2020, 1, 10), new LocalDate(2027, 1, 10), "ca-lpcc.after-termination" },
        // Arizona: adults 6 years; minors 3 years after 18 or 6 years after the last service, whichever is later.
        { "Arizona adult", RetentionPresets.Arizona, new LocalDate(1970, 1, 1), new LocalDate(2020, 7, 1), new LocalDate(2026, 7, 1), "az.after-last-service" },
        { "Arizona minor", RetentionPresets.Arizona, new LocalDate(2008, 2, 10), new LocalDate(2022, 2, 1), new LocalDate(2029, 2, 10), "az.after-age-18" },
        // A 29 February birth reaches majority on 28 February in a common year.
        { "APA leap-day minor", RetentionPresets.Apa, new LocalDate(2008, 2, 29), new LocalDate(2020, 1, 1), new LocalDate(2029, 2, 28), "apa.after-majority" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Decide_Preset_GivesTheLatestApplicableRule(string name, RetentionPolicy policy, LocalDate born, LocalDate lastService, LocalDate expected, string rule)
    {
        var decision = Decide(policy, born, lastService);

        Assert.False(string.IsNullOrEmpty(name));
        Assert.Equal(expected, decision.EarliestDestructionDate);
        Assert.Equal(rule, decision.DecidingRuleId);
        Assert.Contains(rule, decision.Explanation, StringComparison.Ordinal);
        Assert.Contains("R7.11", decision.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Decide_AdultClient_MinorsRuleDoesNotApplyAndSaysWhy()
    {
        var decision = Decide(RetentionPresets.Apa, new LocalDate(1980, 5, 10), new LocalDate(2020, 3, 15));

        var minors = decision.Outcomes.Single(o => o.RuleId == "apa.after-majority");
        Assert.False(minors.Applies);
        Assert.Null(minors.RetainUntil);
        Assert.Contains("18 or older at the last service on 2020-03-15", minors.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Decide_ConfiguredAgeOfMajority_MovesTheMinorsDate()
    {
        var decision = Decide(RetentionPresets.Apa.WithAgeOfMajority(19), new LocalDate(2008, 6, 1), new LocalDate(2020, 5, 1));

        Assert.Equal(new LocalDate(2030, 6, 1), decision.EarliestDestructionDate);
    }

    [Fact]
    public void Decide_StatePresetWithMedicareAdvantageOverlay_TakesTheContractYearRule()
    {
        var decision = Decide(RetentionPresets.Apa.Including(RetentionPresets.MedicareAdvantageOverlay), new LocalDate(1950, 1, 1), new LocalDate(2020, 3, 15));

        Assert.Equal(new LocalDate(2030, 12, 31), decision.EarliestDestructionDate);
        Assert.Equal("medicare-advantage.after-contract-year", decision.DecidingRuleId);
        Assert.Equal(3, decision.Outcomes.Length);
    }

    [Fact]
    public void MayDestroyOn_UnderLegalHold_IsNeverTrue_UntilReleased()
    {
        var hold = new LegalHold("CASE-1", "Malpractice claim", new LocalDate(2027, 1, 1), new LocalDate(2031, 1, 1));
        var decision = Decide(RetentionPresets.Apa, new LocalDate(1980, 5, 10), new LocalDate(2020, 3, 15), hold);

        Assert.Equal(new LocalDate(2027, 3, 15), decision.EarliestDestructionDate);
        Assert.False(decision.MayDestroyOn(new LocalDate(2027, 3, 14)));
        Assert.False(decision.MayDestroyOn(new LocalDate(2027, 3, 15)));
        Assert.False(decision.MayDestroyOn(new LocalDate(2030, 12, 31)));
        Assert.True(decision.MayDestroyOn(new LocalDate(2031, 1, 1)));
        Assert.Single(decision.HoldsInForceOn(new LocalDate(2028, 1, 1)));
    }

    [Fact]
    public void MayDestroyOn_OpenLegalHold_BlocksForeverAndIsExplained()
    {
        var decision = Decide(RetentionPresets.Apa, new LocalDate(1980, 5, 10), new LocalDate(2020, 3, 15), new LegalHold("SUB-9", "Subpoena", new LocalDate(2021, 1, 1), null));

        Assert.False(decision.MayDestroyOn(new LocalDate(2099, 1, 1)));
        Assert.Contains("legal hold", decision.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void MayDestroyOn_WithoutHold_FromTheEarliestDate()
    {
        var decision = Decide(RetentionPresets.Apa, new LocalDate(1980, 5, 10), new LocalDate(2020, 3, 15));

        Assert.False(decision.MayDestroyOn(new LocalDate(2027, 3, 14)));
        Assert.True(decision.MayDestroyOn(new LocalDate(2027, 3, 15)));
    }

    [Fact]
    public void Facts_ForClient_UseTheClientsBirthDateAndHolds()
    {
        var client = Ok(R.ActiveClient().PlaceLegalHold(new LegalHold("CASE-2", "Custody", new LocalDate(2026, 2, 1), null)));

        var facts = RetentionFacts.For(client, new LocalDate(2026, 6, 1));

        Assert.Equal(new LocalDate(1990, 4, 12), facts.DateOfBirth);
        Assert.Single(facts.LegalHolds);
    }

    [Fact]
    public void Decide_MalformedPolicy_IsAValidationFailure()
    {
        var onlyMinors = new RetentionPolicy("x", 18, [new RetentionRule("m", "minors", "c", RetentionAnchor.MajorityDate, Period.FromYears(3), true)]);
        var badAge = RetentionPresets.Apa.WithAgeOfMajority(30);
        var timePeriod = new RetentionPolicy("x", 18, [new RetentionRule("t", "hours", "c", RetentionAnchor.LastServiceDate, Period.FromHours(5), false)]);
        var duplicate = new RetentionPolicy("x", 18, [.. RetentionPresets.Apa.Rules, RetentionPresets.Apa.Rules[0]]);
        var facts = new RetentionFacts(new LocalDate(1990, 1, 1), new LocalDate(2020, 1, 1), ImmutableArray<LegalHold>.Empty);

        FailsWithDetail(RetentionCalculator.Decide(onlyMinors, facts), CoreErrorCodes.ValidationFailed, RecordsErrorCodes.RetentionNoGeneralRule);
        FailsWithDetail(RetentionCalculator.Decide(badAge, facts), CoreErrorCodes.ValidationFailed, RecordsErrorCodes.RetentionAgeOfMajorityInvalid);
        FailsWithDetail(RetentionCalculator.Decide(timePeriod, facts), CoreErrorCodes.ValidationFailed, RecordsErrorCodes.RetentionPeriodInvalid);
        FailsWithDetail(RetentionCalculator.Decide(duplicate, facts), CoreErrorCodes.ValidationFailed, RecordsErrorCodes.RetentionRuleDuplicate);
    }

    [Fact]
    public void Presets_AreAllValid()
    {
        var validator = new RetentionPolicyValidator();

        Assert.All(RetentionPresets.All, p => Assert.True(validator.Validate(p).IsValid, p.Name));
    }
}
