using CounselingRecords.Billing;
using CounselingRecords.Billing.Coding;
using CounselingRecords.Billing.Payers;
using CounselingRecords.Care;
using CounselingRecords.Identity;
using CounselingRecords.Testing.Identity;
using NodaTime;

namespace CounselingRecords.Acceptance.Tests.Billing;

/// <summary>The cases of R1.1–R1.16 (R1.17 is flagged for verification and kept configurable; unit-tested only).</summary>
public sealed class CodeSelectionRules
{
    private static readonly LocalDate Day = new(2026, 3, 10);

    private static string Codes(CodeSelection selection) => selection.IsRefused
        ? selection.ErrorCode!
        : selection.Outcome == CodeSelectionOutcome.EvaluationAndManagementOnly ? "E/M only" : string.Join("+", selection.ToImmutableArray().Select(l => $"{l.Code}x{l.Units}"));

    private static PayerProfile Payer(string name) => name switch
    {
        "medicare" => PayerProfile.Medicare(TestIds.Numbered<PayerId>(9)),
        "no-90849" => PayerProfile.SelfPay.WithGroupSettings(12, false),
        "6-month-intake" => PayerProfile.SelfPay.WithDiagnosticEvaluationRepeatBreak(Period.FromMonths(6)),
        _ => PayerProfile.SelfPay,
    };

    [Theory]
    [InlineData("R1.1", "15 minutes: no psychotherapy code", ServiceKind.IndividualPsychotherapy, 15, false, false, InteractiveComplexityFactors.None, 0, "billing.coding.below_minimum_time")]
    [InlineData("R1.1", "16 minutes", ServiceKind.IndividualPsychotherapy, 16, false, false, InteractiveComplexityFactors.None, 0, "90832x1")]
    [InlineData("R1.1", "37 minutes", ServiceKind.IndividualPsychotherapy, 37, false, false, InteractiveComplexityFactors.None, 0, "90832x1")]
    [InlineData("R1.1", "38 minutes", ServiceKind.IndividualPsychotherapy, 38, false, false, InteractiveComplexityFactors.None, 0, "90834x1")]
    [InlineData("R1.1", "52 minutes", ServiceKind.IndividualPsychotherapy, 52, false, false, InteractiveComplexityFactors.None, 0, "90834x1")]
    [InlineData("R1.1", "53 minutes", ServiceKind.IndividualPsychotherapy, 53, false, false, InteractiveComplexityFactors.None, 0, "90837x1")]
    [InlineData("R1.2", "16 = midpoint of the 30-minute code", ServiceKind.IndividualPsychotherapy, 16, false, false, InteractiveComplexityFactors.None, 0, "90832x1")]
    [InlineData("R1.2", "23 minutes (half of 45) is still closest to 30", ServiceKind.IndividualPsychotherapy, 23, false, false, InteractiveComplexityFactors.None, 0, "90832x1")]
    [InlineData("R1.2", "37 minutes is closer to 30 than to 45 (cut at 37.5)", ServiceKind.IndividualPsychotherapy, 37, false, false, InteractiveComplexityFactors.None, 0, "90832x1")]
    [InlineData("R1.2", "30 minutes (half of 60) is not 90837", ServiceKind.IndividualPsychotherapy, 30, false, false, InteractiveComplexityFactors.None, 0, "90832x1")]
    [InlineData("R1.2", "52 minutes is closer to 45 than to 60 (cut at 52.5)", ServiceKind.IndividualPsychotherapy, 52, false, false, InteractiveComplexityFactors.None, 0, "90834x1")]
    [InlineData("R1.3", "75 minutes: 90837 x 1, not 90834 + 90832", ServiceKind.IndividualPsychotherapy, 75, false, false, InteractiveComplexityFactors.None, 0, "90837x1")]
    [InlineData("R1.6", "E/M with 16 minutes", ServiceKind.IndividualPsychotherapy, 16, true, true, InteractiveComplexityFactors.None, 0, "90833x1")]
    [InlineData("R1.6", "E/M with 38 minutes", ServiceKind.IndividualPsychotherapy, 38, true, true, InteractiveComplexityFactors.None, 0, "90836x1")]
    [InlineData("R1.6", "E/M with 53 minutes", ServiceKind.IndividualPsychotherapy, 53, true, true, InteractiveComplexityFactors.None, 0, "90838x1")]
    [InlineData("R1.6", "E/M with 37 minutes: still +90833", ServiceKind.IndividualPsychotherapy, 37, true, true, InteractiveComplexityFactors.None, 0, "90833x1")]
    [InlineData("R1.6", "E/M with 52 minutes: still +90836", ServiceKind.IndividualPsychotherapy, 52, true, true, InteractiveComplexityFactors.None, 0, "90836x1")]
    [InlineData("R1.6", "E/M with 90 minutes: +90838 x 1 (one unit)", ServiceKind.IndividualPsychotherapy, 90, true, true, InteractiveComplexityFactors.None, 0, "90838x1")]
    [InlineData("R1.6", "E/M with 15 minutes: E/M only", ServiceKind.IndividualPsychotherapy, 15, true, true, InteractiveComplexityFactors.None, 0, "E/M only")]
    [InlineData("R1.7", "counselor without E/M eligibility", ServiceKind.IndividualPsychotherapy, 45, true, false, InteractiveComplexityFactors.None, 0, "billing.coding.evaluation_and_management_not_permitted")]
    [InlineData("R1.8", "diagnostic evaluation", ServiceKind.DiagnosticEvaluation, 0, false, false, InteractiveComplexityFactors.None, 0, "90791x1")]
    [InlineData("R1.8", "with medical services, prescriber", ServiceKind.DiagnosticEvaluationWithMedicalServices, 0, false, true, InteractiveComplexityFactors.None, 0, "90792x1")]
    [InlineData("R1.8", "with medical services, counselor", ServiceKind.DiagnosticEvaluationWithMedicalServices, 0, false, false, InteractiveComplexityFactors.None, 0, "billing.coding.medical_evaluation_requires_prescriber")]
    [InlineData("R1.8", "may carry +90785", ServiceKind.DiagnosticEvaluation, 0, false, false, InteractiveComplexityFactors.CaregiverInterference, 0, "90791x1+90785x1")]
    [InlineData("R1.9", "crisis < 30 minutes", ServiceKind.Crisis, 29, false, false, InteractiveComplexityFactors.None, 0, "90832x1")]
    [InlineData("R1.9", "crisis < 30 minutes with E/M", ServiceKind.Crisis, 29, true, true, InteractiveComplexityFactors.None, 0, "90833x1")]
    [InlineData("R1.9", "crisis 30 minutes", ServiceKind.Crisis, 30, false, false, InteractiveComplexityFactors.None, 0, "90839x1")]
    [InlineData("R1.9", "crisis 74 minutes", ServiceKind.Crisis, 74, false, false, InteractiveComplexityFactors.None, 0, "90839x1")]
    [InlineData("R1.9", "crisis 75 minutes", ServiceKind.Crisis, 75, false, false, InteractiveComplexityFactors.None, 0, "90839x1+90840x1")]
    [InlineData("R1.9", "crisis 104 minutes", ServiceKind.Crisis, 104, false, false, InteractiveComplexityFactors.None, 0, "90839x1+90840x1")]
    [InlineData("R1.9", "crisis 105 minutes", ServiceKind.Crisis, 105, false, false, InteractiveComplexityFactors.None, 0, "90839x1+90840x2")]
    [InlineData("R1.9", "crisis 134 minutes", ServiceKind.Crisis, 134, false, false, InteractiveComplexityFactors.None, 0, "90839x1+90840x2")]
    [InlineData("R1.9", "crisis 135 minutes", ServiceKind.Crisis, 135, false, false, InteractiveComplexityFactors.None, 0, "90839x1+90840x3")]
    [InlineData("R1.9", "crisis 164 minutes", ServiceKind.Crisis, 164, false, false, InteractiveComplexityFactors.None, 0, "90839x1+90840x3")]
    [InlineData("R1.9", "crisis 165 minutes: a fourth 30-minute block beyond 74", ServiceKind.Crisis, 165, false, false, InteractiveComplexityFactors.None, 0, "90839x1+90840x4")]
    [InlineData("R1.9", "crisis 194 minutes", ServiceKind.Crisis, 194, false, false, InteractiveComplexityFactors.None, 0, "90839x1+90840x4")]
    [InlineData("R1.9", "crisis 195 minutes", ServiceKind.Crisis, 195, false, false, InteractiveComplexityFactors.None, 0, "90839x1+90840x5")]
    [InlineData("R1.9", "crisis 90 minutes, not 90839 + 90840 for only 16 more minutes past 74", ServiceKind.Crisis, 90, false, false, InteractiveComplexityFactors.None, 0, "90839x1+90840x1")]
    [InlineData("R1.9", "crisis 89 minutes (a source's 16-minute reading is ignored)", ServiceKind.Crisis, 89, false, false, InteractiveComplexityFactors.None, 0, "90839x1+90840x1")]
    [InlineData("R1.10", "crisis with +90785", ServiceKind.Crisis, 60, false, false, InteractiveComplexityFactors.MaladaptiveCommunication, 0, "billing.coding.excluded_combination")]
    [InlineData("R1.11", "+90785 with 90834", ServiceKind.IndividualPsychotherapy, 45, false, false, InteractiveComplexityFactors.SentinelEventWithMandatedReport, 0, "90834x1+90785x1")]
    [InlineData("R1.11", "+90785 with +90836", ServiceKind.IndividualPsychotherapy, 45, true, true, InteractiveComplexityFactors.CommunicationBarrierAids, 0, "90836x1+90785x1")]
    [InlineData("R1.11", "+90785 with 90853", ServiceKind.Group, 0, false, false, InteractiveComplexityFactors.MaladaptiveCommunication, 6, "90853x1+90785x1")]
    [InlineData("R1.11", "not with 90846", ServiceKind.FamilyWithoutPatient, 50, false, false, InteractiveComplexityFactors.MaladaptiveCommunication, 0, "billing.coding.interactive_complexity_not_allowed")]
    [InlineData("R1.11", "not with 90847", ServiceKind.FamilyWithPatient, 50, false, false, InteractiveComplexityFactors.MaladaptiveCommunication, 0, "billing.coding.interactive_complexity_not_allowed")]
    [InlineData("R1.11", "not with 90849", ServiceKind.MultipleFamilyGroup, 0, false, false, InteractiveComplexityFactors.MaladaptiveCommunication, 6, "billing.coding.interactive_complexity_not_allowed")]
    [InlineData("R1.11", "not with E/M alone", ServiceKind.IndividualPsychotherapy, 10, true, true, InteractiveComplexityFactors.MaladaptiveCommunication, 0, "billing.coding.interactive_complexity_not_allowed")]
    [InlineData("R1.11", "not for an interpreter alone", ServiceKind.IndividualPsychotherapy, 45, false, false, InteractiveComplexityFactors.InterpreterOrTranslationOnly, 0, "billing.coding.interactive_complexity_interpreter_only")]
    [InlineData("R1.11", "interpreter overcoming a barrier (factor 4)", ServiceKind.IndividualPsychotherapy, 45, false, false, InteractiveComplexityFactors.CommunicationBarrierAids | InteractiveComplexityFactors.InterpreterOrTranslationOnly, 0, "90834x1+90785x1")]
    [InlineData("R1.12", "family without patient, 25 minutes", ServiceKind.FamilyWithoutPatient, 25, false, false, InteractiveComplexityFactors.None, 0, "billing.coding.family_below_minimum_time")]
    [InlineData("R1.12", "family without patient, 26 minutes", ServiceKind.FamilyWithoutPatient, 26, false, false, InteractiveComplexityFactors.None, 0, "90846x1")]
    [InlineData("R1.12", "family with patient, 26 minutes", ServiceKind.FamilyWithPatient, 26, false, false, InteractiveComplexityFactors.None, 0, "90847x1")]
    [InlineData("R1.13", "group, 8 participants", ServiceKind.Group, 0, false, false, InteractiveComplexityFactors.None, 8, "90853x1")]
    [InlineData("R1.13", "group, count not documented", ServiceKind.Group, 0, false, false, InteractiveComplexityFactors.None, 0, "billing.coding.group_participants_not_documented")]
    [InlineData("R1.13", "group, 12 participants", ServiceKind.Group, 0, false, false, InteractiveComplexityFactors.None, 12, "90853x1")]
    [InlineData("R1.13", "group, 13 participants", ServiceKind.Group, 0, false, false, InteractiveComplexityFactors.None, 13, "billing.coding.group_too_large")]
    [InlineData("R1.13", "multiple-family group", ServiceKind.MultipleFamilyGroup, 0, false, false, InteractiveComplexityFactors.None, 6, "90849x1")]
    public void Select_ReproducesTheRule(string rule, string @case, ServiceKind kind, int minutes, bool em, bool eligible, InteractiveComplexityFactors factors, int participants, string expected)
    {
        var facts = new SessionFacts(Day, kind, minutes, Modality.InPerson, ClientLocationKind.PracticeOffice, em, eligible, factors, participants);

        var selection = CodeSelector.Default.Select(facts, PayerProfile.SelfPay);

        Assert.True(expected == Codes(selection), $"{rule} {@case}: expected {expected}, got {Codes(selection)}");
        if (selection.IsRefused)
        {
            Assert.StartsWith("R1.", selection.RuleId, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("R1.4", "10:00:00 to 10:15:59 is 15 whole minutes: no psychotherapy code", "2026-03-10T14:00:00Z", "2026-03-10T14:15:59Z", "billing.coding.below_minimum_time")]
    [InlineData("R1.4", "10:00:00 to 10:16:00 is 16 minutes", "2026-03-10T14:00:00Z", "2026-03-10T14:16:00Z", "90832x1")]
    [InlineData("R1.4", "37 minutes 59 seconds counts as 37", "2026-03-10T14:00:00Z", "2026-03-10T14:37:59Z", "90832x1")]
    [InlineData("R1.4", "52 minutes 59 seconds counts as 52", "2026-03-10T14:00:00Z", "2026-03-10T14:52:59Z", "90834x1")]
    [InlineData("R1.4", "spring forward: 01:30 EST to 03:10 EDT is 40 elapsed minutes, not 100", "2026-03-08T06:30:00Z", "2026-03-08T07:10:00Z", "90834x1")]
    [InlineData("R1.4", "fall back: 01:20 EDT to 01:10 EST is 50 elapsed minutes, not -10", "2026-11-01T05:20:00Z", "2026-11-01T06:10:00Z", "90834x1")]
    [InlineData("R1.4", "fall back: 00:50 EDT to 01:15 EST is 85 elapsed minutes", "2026-11-01T04:50:00Z", "2026-11-01T06:15:00Z", "90837x1")]
    public void Select_FaceToFaceMinutesFromStartAndStop_AreWholeElapsedMinutes(string rule, string @case, string start, string stop, string expected)
    {
        var zone = DateTimeZoneProviders.Tzdb["America/New_York"];
        var period = new CounselingRecords.Records.Notes.SessionPeriod(
            NodaTime.Text.InstantPattern.General.Parse(start).Value, NodaTime.Text.InstantPattern.General.Parse(stop).Value, zone);

        var selection = CodeSelector.Default.Select(SessionFacts.Individual(period.DateOfService(), period.Minutes()), PayerProfile.SelfPay);

        Assert.True(expected == Codes(selection), $"{rule} {@case}: {period.Minutes()} minutes, got {Codes(selection)}");
    }

    [Theory]
    [InlineData("R1.5", "patient present for the majority", PatientPresence.Majority, "90834x1")]
    [InlineData("R1.5", "patient present for less than half", PatientPresence.LessThanMajority, "billing.coding.patient_not_present")]
    public void Select_PatientPresence(string rule, string @case, PatientPresence presence, string expected)
    {
        var selection = CodeSelector.Default.Select(SessionFacts.Individual(Day, 45) with { PatientPresence = presence }, PayerProfile.SelfPay);

        Assert.True(expected == Codes(selection), $"{rule} {@case}");
    }

    [Theory]
    [InlineData("R1.8", "repeat within 6 months of the last visit", 5, "billing.coding.diagnostic_evaluation_too_soon")]
    [InlineData("R1.8", "repeat after a 6-month break", 6, "90791x1")]
    public void Select_DiagnosticEvaluationRepeat(string rule, string @case, int monthsSinceLastVisit, string expected)
    {
        var facts = new SessionFacts(Day, ServiceKind.DiagnosticEvaluation, 0, Modality.InPerson, ClientLocationKind.PracticeOffice, HasPriorDiagnosticEvaluation: true, LastVisitDate: Day.PlusMonths(-monthsSinceLastVisit));

        Assert.True(expected == Codes(CodeSelector.Default.Select(facts, Payer("6-month-intake"))), $"{rule} {@case}");
    }

    [Theory]
    [InlineData("R1.13", "90849 not covered by the payer", "no-90849", "billing.coding.multiple_family_group_not_covered")]
    [InlineData("R1.13", "90849 covered by default", "self", "90849x1")]
    public void Select_MultipleFamilyGroupIsAPayerSetting(string rule, string @case, string payer, string expected)
    {
        var facts = new SessionFacts(Day, ServiceKind.MultipleFamilyGroup, 0, Modality.InPerson, ClientLocationKind.PracticeOffice, GroupParticipants: 6);

        Assert.True(expected == Codes(CodeSelector.Default.Select(facts, Payer(payer))), $"{rule} {@case}");
    }

    [Theory]
    [InlineData("R1.14", 7, 0)]
    [InlineData("R1.14", 8, 1)]
    [InlineData("R1.14", 22, 1)]
    [InlineData("R1.14", 23, 2)]
    [InlineData("R1.14", 37, 2)]
    [InlineData("R1.14", 38, 3)]
    [InlineData("R1.14", 52, 3)]
    [InlineData("R1.14", 53, 4)]
    [InlineData("R1.14", 67, 4)]
    [InlineData("R1.14", 68, 5)]
    [InlineData("R1.14", 82, 5)]
    [InlineData("R1.14", 83, 6)]
    [InlineData("R1.14", 97, 6)]
    [InlineData("R1.14", 98, 7)]
    [InlineData("R1.14", 112, 7)]
    [InlineData("R1.14", 113, 8)]
    [InlineData("R1.14", 127, 8)]
    [InlineData("R1.14", 128, 9)]
    public void Select_FifteenMinuteCode_FollowsTheUnitTable(string rule, int minutes, int units)
    {
        var facts = new SessionFacts(Day, ServiceKind.TimedUnits, minutes, Modality.InPerson, ClientLocationKind.PracticeOffice, TimedUnitCode: "H0004");

        var expected = units == 0 ? "billing.coding.timed_service_below_minimum" : $"H0004x{units}";
        Assert.True(expected == Codes(CodeSelector.Default.Select(facts, PayerProfile.SelfPay)), $"{rule} {minutes} min");
    }

    [Theory]
    [InlineData("R1.14", "total-time rule: 33 + 7 minutes = 40 → 3 units", new[] { 33, 7 }, new[] { 2, 1 })]
    [InlineData("R1.14", "two services ≤ 7 minutes totalling ≥ 8 → 1 unit to the longer", new[] { 5, 4 }, new[] { 1, 0 })]
    [InlineData("R1.14", "two services ≤ 7 minutes totalling < 8 → none", new[] { 3, 4 }, new[] { 0, 0 })]
    public void Distribute_SeveralTimedServicesOnOneDay(string rule, string @case, int[] minutes, int[] expected)
    {
        var units = new int[minutes.Length];

        TimedUnitTable.Cms.Distribute(minutes, units);

        Assert.True(expected.SequenceEqual(units), $"{rule} {@case}");
    }

    [Theory]
    [InlineData("R1.15", "in person at the office", Modality.InPerson, ClientLocationKind.PracticeOffice, "11")]
    [InlineData("R1.15", "in person at home", Modality.InPerson, ClientLocationKind.Home, "12")]
    [InlineData("R1.15", "telehealth, client at home", Modality.Video, ClientLocationKind.Home, "10")]
    [InlineData("R1.15", "telehealth, client in a car or at work (not a facility)", Modality.Video, ClientLocationKind.OtherNonFacility, "10")]
    [InlineData("R1.15", "telehealth, client at a facility", Modality.Video, ClientLocationKind.Facility, "02")]
    [InlineData("R1.15", "telehealth, client at another office (not home)", Modality.AudioOnly, ClientLocationKind.PracticeOffice, "02")]
    public void Select_PlaceOfServiceFollowsTheClient(string rule, string @case, Modality modality, ClientLocationKind location, string pos)
    {
        var selection = CodeSelector.Default.Select(SessionFacts.Individual(Day, 45, modality, location), PayerProfile.SelfPay);

        Assert.True(pos == selection.PlaceOfServiceCode, $"{rule} {@case}");
    }

    [Theory]
    [InlineData("R1.16", "audio-video: 95", Modality.Video, AudioVideoModifierRule.Modifier95, AudioOnlyModifierRule.Modifier93, "95")]
    [InlineData("R1.16", "audio-only: 93", Modality.AudioOnly, AudioVideoModifierRule.Modifier95, AudioOnlyModifierRule.Modifier93, "93")]
    [InlineData("R1.16", "audio-only at an RHC/FQHC: FQ", Modality.AudioOnly, AudioVideoModifierRule.Modifier95, AudioOnlyModifierRule.ModifierFQ, "FQ")]
    [InlineData("R1.16", "payer still requiring GT", Modality.Video, AudioVideoModifierRule.ModifierGT, AudioOnlyModifierRule.Modifier93, "GT")]
    [InlineData("R1.16", "in person: no telehealth modifier", Modality.InPerson, AudioVideoModifierRule.Modifier95, AudioOnlyModifierRule.Modifier93, "")]
    public void Select_TelehealthModifierIsAPayerSetting(string rule, string @case, Modality modality, AudioVideoModifierRule audioVideo, AudioOnlyModifierRule audioOnly, string modifier)
    {
        var payer = PayerProfile.SelfPay.WithTelehealth(TelehealthPlaceOfServiceRule.ByClientLocation, audioVideo, audioOnly);
        var location = modality == Modality.InPerson ? ClientLocationKind.PracticeOffice : ClientLocationKind.Home;

        var selection = CodeSelector.Default.Select(SessionFacts.Individual(Day, 45, modality, location), payer);

        Assert.True(modifier == selection[0].Modifiers.ToString(), $"{rule} {@case}");
    }

    [Fact]
    public void R1_16_MedicareAudioOnly_NeedsTheClientAtHome()
    {
        var medicare = Payer("medicare");

        Assert.False(CodeSelector.Default.Select(SessionFacts.Individual(Day, 45, Modality.AudioOnly, ClientLocationKind.Home), medicare).IsRefused);
        Assert.Equal(BillingErrorCodes.CodingAudioOnlyNotPermitted, CodeSelector.Default.Select(SessionFacts.Individual(Day, 45, Modality.AudioOnly, ClientLocationKind.Facility), medicare).ErrorCode);
    }

    [Theory]
    [InlineData("R1.3", "two time-based codes on one date", "billing.coding.multiple_time_based_codes", "90834", "90832")]
    [InlineData("R1.6", "add-on without an E/M on the claim", "billing.coding.add_on_without_primary", "90836")]
    [InlineData("R1.6", "add-on with an E/M (99202–99255)", null, "99214", "90836")]
    [InlineData("R1.6", "add-on with a nursing-facility E/M (99304–99337)", null, "99310", "90833")]
    [InlineData("R1.6", "add-on with a home E/M (99341–99350)", null, "99349", "90838")]
    [InlineData("R1.7", "add-on with 90832", "billing.coding.excluded_combination", "99214", "90833", "90832")]
    [InlineData("R1.7", "add-on with 90839", "billing.coding.excluded_combination", "99214", "90833", "90839")]
    [InlineData("R1.7", "individual and family on one date allowed by CPT (modifier 59)", null, "90834", "90847")]
    [InlineData("R1.8", "90791 with 90839", "billing.coding.excluded_combination", "90791", "90839")]
    [InlineData("R1.8", "90792 with +90840", "billing.coding.excluded_combination", "90792", "90839", "90840")]
    [InlineData("R1.9", "90839 reported twice on one date", "billing.coding.crisis_code_repeated", "90839", "90839")]
    [InlineData("R1.10", "+90840 without 90839", "billing.coding.add_on_without_primary", "90840")]
    [InlineData("R1.10", "90839 with 90834", "billing.coding.excluded_combination", "90839", "90834")]
    [InlineData("R1.10", "90839 with 90846", "billing.coding.excluded_combination", "90839", "90846")]
    [InlineData("R1.10", "90839 with 90847", "billing.coding.excluded_combination", "90839", "90847")]
    [InlineData("R1.11", "+90785 with 90847", "billing.coding.excluded_combination", "90847", "90785", "90834")]
    [InlineData("R1.11", "+90785 with an E/M alone", "billing.coding.add_on_without_primary", "99214", "90785")]
    public void Check_SameDateCombinations(string rule, string @case, string? error, params string[] codes)
    {
        var check = CodeCombinationChecker.Check(codes);

        Assert.True(error == check.ErrorCode, $"{rule} {@case}: {check.ErrorCode} [{check.RuleId}]");
        Assert.True(error is null || check.RuleId == rule, $"{rule} {@case}: decided by {check.RuleId}");
    }

    [Fact]
    public void R1_7_BarringAddOnsWithFamilyPsychotherapy_IsAPayerProfile()
    {
        var bcbs = PayerProfile.SelfPay.WithAdditionalExclusions([CodeCombinationChecker.AddOnsWithFamilyPsychotherapy]);
        string[] codes = ["99214", "90836", "90847"];

        Assert.True(CodeCombinationChecker.Check(codes).IsValid);
        Assert.Equal("R1.7", CodeCombinationChecker.Check(codes, bcbs).RuleId);
    }
}
