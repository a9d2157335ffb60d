using CounselingRecords.Billing.Coding;
using CounselingRecords.Billing.Payers;
using CounselingRecords.Care;
using CounselingRecords.Identity;
using CounselingRecords.Testing.Identity;
using NodaTime;

namespace CounselingRecords.Billing.Tests.Coding;

public sealed class CodeSelectorTests
{
    private static readonly LocalDate Day = new(2026, 1, 14);
    private static readonly PayerProfile SelfPay = PayerProfile.SelfPay;
    private static readonly PayerProfile Medicare = PayerProfile.Medicare(TestIds.Numbered<PayerId>(9));

    private static CodeSelection Select(SessionFacts facts, PayerProfile? payer = null) => CodeSelector.Default.Select(facts, payer ?? SelfPay);

    [Theory]
    [InlineData(15, null)]
    [InlineData(16, "90832")]
    [InlineData(37, "90832")]
    [InlineData(38, "90834")]
    [InlineData(52, "90834")]
    [InlineData(53, "90837")]
    [InlineData(75, "90837")]
    public void Select_IndividualMinutes_FollowsTheR11Bands(int minutes, string? code)
    {
        var selection = Select(SessionFacts.Individual(Day, minutes));

        if (code is null)
        {
            Assert.True(selection.IsRefused);
            Assert.Equal(BillingErrorCodes.CodingBelowMinimumTime, selection.ErrorCode);
            Assert.Equal("R1.1", selection.RuleId);
        }
        else
        {
            Assert.Equal(1, selection.Count);
            Assert.Equal(code, selection[0].Code);
            Assert.Equal(1, selection[0].Units);
            Assert.Equal("R1.1", selection[0].RuleId);
        }
    }

    [Fact]
    public void Select_WithEvaluationAndManagement_ReportsTheAddOnBand()
    {
        var selection = Select(SessionFacts.Individual(Day, 40) with { EvaluationAndManagementPerformed = true, ProviderMayBillEvaluationAndManagement = true });

        Assert.Equal("90836", selection[0].Code);
        Assert.True(selection[0].IsAddOn);
        Assert.Equal("R1.6", selection[0].RuleId);
    }

    [Fact]
    public void Select_EvaluationAndManagementUnderSixteenMinutes_ReportsTheEvaluationOnly()
    {
        var selection = Select(SessionFacts.Individual(Day, 12) with { EvaluationAndManagementPerformed = true, ProviderMayBillEvaluationAndManagement = true });

        Assert.Equal(CodeSelectionOutcome.EvaluationAndManagementOnly, selection.Outcome);
        Assert.Equal(0, selection.Count);
        Assert.Contains(selection.Explain(), e => e.RuleId == "R1.6");
    }

    [Fact]
    public void Select_EvaluationAndManagementByACounselor_IsRefusedByR17()
    {
        var selection = Select(SessionFacts.Individual(Day, 40) with { EvaluationAndManagementPerformed = true });

        Assert.Equal(BillingErrorCodes.CodingEvaluationAndManagementNotPermitted, selection.ErrorCode);
        Assert.Equal("R1.7", selection.RuleId);
    }

    [Fact]
    public void Select_PatientAbsentForMostOfTheSession_IsRefused()
    {
        var selection = Select(SessionFacts.Individual(Day, 50) with { PatientPresence = PatientPresence.LessThanMajority });

        Assert.Equal(BillingErrorCodes.CodingPatientNotPresent, selection.ErrorCode);
        Assert.Equal("R1.5", selection.RuleId);
    }

    [Theory]
    [InlineData(29, "90832", 0)]
    [InlineData(30, "90839", 0)]
    [InlineData(74, "90839", 0)]
    [InlineData(75, "90839", 1)]
    [InlineData(104, "90839", 1)]
    [InlineData(105, "90839", 2)]
    [InlineData(134, "90839", 2)]
    [InlineData(135, "90839", 3)]
    [InlineData(164, "90839", 3)]
    [InlineData(165, "90839", 4)]
    public void Select_Crisis_FollowsTheR19Table(int minutes, string first, int additionalUnits)
    {
        var selection = Select(new SessionFacts(Day, ServiceKind.Crisis, minutes, Modality.InPerson, ClientLocationKind.PracticeOffice));

        Assert.Equal(first, selection[0].Code);
        Assert.Equal(1, selection[0].Units);
        if (additionalUnits == 0)
        {
            Assert.Equal(1, selection.Count);
        }
        else
        {
            Assert.Equal(2, selection.Count);
            Assert.Equal("90840", selection[1].Code);
            Assert.Equal(additionalUnits, selection[1].Units);
        }
    }

    [Fact]
    public void Select_CrisisUnderThirtyMinutesWithEvaluationAndManagement_ReportsTheAddOn()
    {
        var selection = Select(new SessionFacts(Day, ServiceKind.Crisis, 25, Modality.InPerson, ClientLocationKind.PracticeOffice, true, true));

        Assert.Equal("90833", selection[0].Code);
        Assert.Equal("R1.9", selection[0].RuleId);
    }

    [Fact]
    public void Select_CrisisWithInteractiveComplexity_IsRefusedByR110()
    {
        var selection = Select(new SessionFacts(Day, ServiceKind.Crisis, 60, Modality.InPerson, ClientLocationKind.PracticeOffice, InteractiveComplexity: InteractiveComplexityFactors.SentinelEventWithMandatedReport));

        Assert.Equal(BillingErrorCodes.CodingExcludedCombination, selection.ErrorCode);
        Assert.Equal("R1.10", selection.RuleId);
    }

    [Fact]
    public void Select_InteractiveComplexityWithQualifyingFactor_AddsPlus90785WithoutChangingTheTimeCode()
    {
        var selection = Select(SessionFacts.Individual(Day, 45) with { InteractiveComplexity = InteractiveComplexityFactors.CaregiverInterference });

        Assert.Equal(2, selection.Count);
        Assert.Equal("90834", selection[0].Code);
        Assert.Equal("90785", selection[1].Code);
        Assert.Equal("R1.11", selection[1].RuleId);
    }

    [Fact]
    public void Select_InterpreterOnly_IsNotInteractiveComplexity()
    {
        var selection = Select(SessionFacts.Individual(Day, 45) with { InteractiveComplexity = InteractiveComplexityFactors.InterpreterOrTranslationOnly });

        Assert.Equal(BillingErrorCodes.CodingInteractiveComplexityInterpreterOnly, selection.ErrorCode);
        Assert.Equal("R1.11", selection.RuleId);
    }

    [Theory]
    [InlineData(ServiceKind.FamilyWithPatient)]
    [InlineData(ServiceKind.FamilyWithoutPatient)]
    public void Select_FamilyWithInteractiveComplexity_IsRefused(ServiceKind kind)
    {
        var selection = Select(new SessionFacts(Day, kind, 50, Modality.InPerson, ClientLocationKind.PracticeOffice, InteractiveComplexity: InteractiveComplexityFactors.MaladaptiveCommunication));

        Assert.Equal(BillingErrorCodes.CodingInteractiveComplexityNotAllowed, selection.ErrorCode);
    }

    [Fact]
    public void Select_InteractiveComplexityWithEvaluationAndManagementAlone_IsRefused()
    {
        var selection = Select(SessionFacts.Individual(Day, 10) with { EvaluationAndManagementPerformed = true, ProviderMayBillEvaluationAndManagement = true, InteractiveComplexity = InteractiveComplexityFactors.MaladaptiveCommunication });

        Assert.Equal(BillingErrorCodes.CodingInteractiveComplexityNotAllowed, selection.ErrorCode);
    }

    [Theory]
    [InlineData(ServiceKind.FamilyWithoutPatient, 25, null)]
    [InlineData(ServiceKind.FamilyWithoutPatient, 26, "90846")]
    [InlineData(ServiceKind.FamilyWithPatient, 25, null)]
    [InlineData(ServiceKind.FamilyWithPatient, 26, "90847")]
    public void Select_Family_NeedsTwentySixMinutes(ServiceKind kind, int minutes, string? code)
    {
        var selection = Select(new SessionFacts(Day, kind, minutes, Modality.InPerson, ClientLocationKind.PracticeOffice));

        Assert.Equal(code, selection.IsRefused ? null : selection[0].Code);
        if (code is null)
        {
            Assert.Equal(BillingErrorCodes.CodingFamilyBelowMinimumTime, selection.ErrorCode);
        }
    }

    [Theory]
    [InlineData(0, BillingErrorCodes.CodingGroupParticipantsNotDocumented)]
    [InlineData(1, BillingErrorCodes.CodingGroupTooSmall)]
    [InlineData(2, null)]
    [InlineData(12, null)]
    [InlineData(13, BillingErrorCodes.CodingGroupTooLarge)]
    public void Select_Group_NeedsADocumentedCountUpToTheMaximum(int participants, string? error)
    {
        var selection = Select(new SessionFacts(Day, ServiceKind.Group, 90, Modality.InPerson, ClientLocationKind.PracticeOffice, GroupParticipants: participants));

        Assert.Equal(error, selection.ErrorCode);
        if (error is null)
        {
            Assert.Equal("90853", selection[0].Code);
            Assert.Equal(1, selection[0].Units);
        }
    }

    [Fact]
    public void Select_GroupMaximum_IsAPayerSetting()
    {
        var payer = SelfPay.WithGroupSettings(8, true);

        var selection = Select(new SessionFacts(Day, ServiceKind.Group, 90, Modality.InPerson, ClientLocationKind.PracticeOffice, GroupParticipants: 9), payer);

        Assert.Equal(BillingErrorCodes.CodingGroupTooLarge, selection.ErrorCode);
        Assert.Equal(8, selection.Limit);
    }

    [Fact]
    public void Select_MultipleFamilyGroup_DependsOnThePayer()
    {
        var facts = new SessionFacts(Day, ServiceKind.MultipleFamilyGroup, 90, Modality.InPerson, ClientLocationKind.PracticeOffice, GroupParticipants: 6);

        Assert.Equal("90849", Select(facts)[0].Code);
        Assert.Equal(BillingErrorCodes.CodingMultipleFamilyGroupNotCovered, Select(facts, SelfPay.WithGroupSettings(12, false)).ErrorCode);
    }

    [Fact]
    public void Select_DiagnosticEvaluationWithMedicalServices_NeedsAPrescriber()
    {
        var counselor = Select(new SessionFacts(Day, ServiceKind.DiagnosticEvaluationWithMedicalServices, 60, Modality.InPerson, ClientLocationKind.PracticeOffice));
        var prescriber = Select(new SessionFacts(Day, ServiceKind.DiagnosticEvaluationWithMedicalServices, 60, Modality.InPerson, ClientLocationKind.PracticeOffice, ProviderMayBillEvaluationAndManagement: true));

        Assert.Equal(BillingErrorCodes.CodingMedicalEvaluationRequiresPrescriber, counselor.ErrorCode);
        Assert.Equal("90792", prescriber[0].Code);
    }

    [Fact]
    public void Select_DiagnosticEvaluationRepeatedWithinThePayerBreak_IsRefused()
    {
        var payer = SelfPay.WithDiagnosticEvaluationRepeatBreak(Period.FromMonths(6));
        var facts = new SessionFacts(Day, ServiceKind.DiagnosticEvaluation, 60, Modality.InPerson, ClientLocationKind.PracticeOffice, HasPriorDiagnosticEvaluation: true, LastVisitDate: Day.PlusMonths(-5));

        Assert.Equal(BillingErrorCodes.CodingDiagnosticEvaluationTooSoon, Select(facts, payer).ErrorCode);
        Assert.Equal("90791", Select(facts with { LastVisitDate = Day.PlusMonths(-6) }, payer)[0].Code);
        Assert.Equal("90791", Select(facts)[0].Code);
    }

    [Theory]
    [InlineData(7, 0)]
    [InlineData(8, 1)]
    [InlineData(22, 1)]
    [InlineData(23, 2)]
    [InlineData(37, 2)]
    [InlineData(38, 3)]
    public void Select_TimedCode_UsesTheUnitTable(int minutes, int units)
    {
        var selection = Select(new SessionFacts(Day, ServiceKind.TimedUnits, minutes, Modality.InPerson, ClientLocationKind.PracticeOffice, TimedUnitCode: "H0004"));

        if (units == 0)
        {
            Assert.Equal(BillingErrorCodes.CodingTimedServiceBelowMinimum, selection.ErrorCode);
        }
        else
        {
            Assert.Equal(units, selection[0].Units);
        }
    }

    [Fact]
    public void Select_TimedCodeThePayerDoesNotTime_IsRefused()
    {
        var selection = Select(new SessionFacts(Day, ServiceKind.TimedUnits, 30, Modality.InPerson, ClientLocationKind.PracticeOffice, TimedUnitCode: "H0004"), Medicare);

        Assert.Equal(BillingErrorCodes.CodingCodeNotTimedForPayer, selection.ErrorCode);
    }

    [Theory]
    [InlineData(Modality.InPerson, ClientLocationKind.PracticeOffice, "11", 0)]
    [InlineData(Modality.InPerson, ClientLocationKind.Home, "12", 0)]
    [InlineData(Modality.Video, ClientLocationKind.Home, "10", 95)]
    [InlineData(Modality.Video, ClientLocationKind.OtherNonFacility, "10", 95)]
    [InlineData(Modality.Video, ClientLocationKind.Facility, "02", 95)]
    [InlineData(Modality.AudioOnly, ClientLocationKind.Home, "10", 93)]
    public void Select_PlaceOfServiceAndModifier_FollowWhereTheClientIs(Modality modality, ClientLocationKind location, string pos, int modifier)
    {
        var selection = Select(SessionFacts.Individual(Day, 45, modality, location));

        Assert.Equal(pos, selection.PlaceOfServiceCode);
        Assert.Equal(modifier == 0 ? ModifierSet.Empty : ModifierSet.Of(modifier.ToString(System.Globalization.CultureInfo.InvariantCulture)), selection[0].Modifiers);
    }

    [Fact]
    public void Select_InPersonAtAFacility_NeedsAnExplicitPlaceOfService()
    {
        var facts = SessionFacts.Individual(Day, 45, Modality.InPerson, ClientLocationKind.Facility);

        Assert.Equal(BillingErrorCodes.CodingPlaceOfServiceUndetermined, Select(facts).ErrorCode);
        Assert.Equal("31", Select(facts with { PlaceOfServiceOverride = "31" }).PlaceOfServiceCode);
        Assert.Equal(BillingErrorCodes.CodingInvalidFacts, Select(facts with { PlaceOfServiceOverride = "3A" }).ErrorCode);
    }

    [Fact]
    public void Select_PayerSettings_ChooseGtFqAndTheOfficeCode()
    {
        var payer = SelfPay.WithTelehealth(TelehealthPlaceOfServiceRule.OfficeCodeWithModifier, AudioVideoModifierRule.ModifierGT, AudioOnlyModifierRule.ModifierFQ);

        var video = Select(SessionFacts.Individual(Day, 45, Modality.Video, ClientLocationKind.Home), payer);
        var audio = Select(SessionFacts.Individual(Day, 45, Modality.AudioOnly, ClientLocationKind.Home), payer);

        Assert.Equal("11", video.PlaceOfServiceCode);
        Assert.Equal(ModifierSet.Of("GT"), video[0].Modifiers);
        Assert.Equal(ModifierSet.Of("FQ"), audio[0].Modifiers);
    }

    [Fact]
    public void Select_MedicareAudioOnlyAwayFromHome_IsRefused()
    {
        var selection = Select(SessionFacts.Individual(Day, 45, Modality.AudioOnly, ClientLocationKind.OtherNonFacility), Medicare);

        Assert.Equal(BillingErrorCodes.CodingAudioOnlyNotPermitted, selection.ErrorCode);
        Assert.Equal("R1.16", selection.RuleId);
    }

    [Fact]
    public void Select_InPersonRequirement_AppliesOnlyFromItsEnforcementDate()
    {
        var requirement = new InPersonVisitRequirement(new LocalDate(2028, 1, 1), Period.FromMonths(6), Period.FromMonths(12));
        var payer = Medicare.WithTelehealthInPersonRequirement(requirement);
        var before = SessionFacts.Individual(new LocalDate(2027, 12, 31), 45, Modality.Video, ClientLocationKind.Home);
        var after = SessionFacts.Individual(new LocalDate(2028, 3, 1), 45, Modality.Video, ClientLocationKind.Home);

        Assert.False(Select(before, payer).IsRefused);
        Assert.Equal(BillingErrorCodes.CodingInPersonVisitRequired, Select(after, payer).ErrorCode);
        Assert.False(Select(after with { LastInPersonVisitDate = new LocalDate(2027, 10, 1) }, payer).IsRefused);
        Assert.True(Select(after with { LastInPersonVisitDate = new LocalDate(2027, 8, 31) }, payer).IsRefused);
        Assert.False(Select(after with { LastInPersonVisitDate = new LocalDate(2027, 4, 1), FirstTelehealthServiceDate = new LocalDate(2027, 6, 1) }, payer).IsRefused);
        Assert.True(Select(after with { LastInPersonVisitDate = new LocalDate(2027, 2, 28), FirstTelehealthServiceDate = new LocalDate(2027, 6, 1) }, payer).IsRefused);
    }

    [Fact]
    public void Select_NegativeMinutes_AreInvalidFacts()
    {
        Assert.Equal(BillingErrorCodes.CodingInvalidFacts, Select(SessionFacts.Individual(Day, -1)).ErrorCode);
    }

    [Fact]
    public void Explain_NamesEveryRuleAndTheRefusalBecomesADomainError()
    {
        var selection = Select(SessionFacts.Individual(Day, 45, Modality.Video, ClientLocationKind.Home) with { InteractiveComplexity = InteractiveComplexityFactors.CommunicationBarrierAids });
        var refused = Select(SessionFacts.Individual(Day, 10));

        Assert.Equal(["R1.1", "R1.11", "R1.15"], selection.Explain().Select(e => e.RuleId));
        Assert.Contains("45 face-to-face psychotherapy minutes", selection.Explain()[0].Sentence, StringComparison.Ordinal);
        Assert.True(selection.ToResult().Success);
        Assert.Equal(BillingErrorCodes.CodingBelowMinimumTime, refused.ToResult().Error.Code);
        Assert.Equal("R1.1", refused.ToDomainError().RuleId);
        Assert.Equal("90834 × 1 [95], 90785 × 1 [95] @ POS 10", selection.ToString());
    }
}
