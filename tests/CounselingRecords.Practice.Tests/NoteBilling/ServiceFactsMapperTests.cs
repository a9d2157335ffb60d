using System.Collections.Immutable;
using CounselingRecords.Billing;
using CounselingRecords.Billing.Coding;
using CounselingRecords.Billing.Payers;
using CounselingRecords.Care;
using CounselingRecords.Coding;
using CounselingRecords.Identity;
using CounselingRecords.Practice.NoteBilling;
using CounselingRecords.Practice.Tests.Support;
using CounselingRecords.Records.Notes;
using CounselingRecords.Testing.Identity;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using BillingComplexity = CounselingRecords.Billing.Coding.InteractiveComplexityFactors;
using BillingKind = CounselingRecords.Billing.Coding.ServiceKind;
using RecordsComplexity = CounselingRecords.Records.Notes.InteractiveComplexityFactors;
using RecordsKind = CounselingRecords.Records.Notes.ServiceKind;
using static CounselingRecords.Practice.Tests.Support.World;

namespace CounselingRecords.Practice.Tests.NoteBilling;

public sealed class ServiceFactsMapperTests
{
    private static readonly LocalDate Dos = new(2026, 3, 3);

    public static TheoryData<RecordsKind, bool, int, bool, int, int?, BillingKind, string, string> Kinds => new()
    {
        // Records kind, E/M in note, minutes, client present, family count, group size -> billing kind, first code, rule
        { RecordsKind.DiagnosticEvaluation, false, 60, true, 0, null, BillingKind.DiagnosticEvaluation, "90791", "R1.8" },
        { RecordsKind.IndividualPsychotherapy, false, 53, true, 0, null, BillingKind.IndividualPsychotherapy, "90837", "R1.1" },
        { RecordsKind.IndividualPsychotherapy, false, 38, true, 0, null, BillingKind.IndividualPsychotherapy, "90834", "R1.1" },
        { RecordsKind.FamilyPsychotherapyWithClient, false, 50, true, 2, null, BillingKind.FamilyWithPatient, "90847", "R1.12" },
        { RecordsKind.FamilyPsychotherapyWithoutClient, false, 26, false, 1, null, BillingKind.FamilyWithoutPatient, "90846", "R1.12" },
        { RecordsKind.GroupPsychotherapy, false, 90, true, 0, 6, BillingKind.Group, "90853", "R1.13" },
        { RecordsKind.MultipleFamilyGroupPsychotherapy, false, 90, true, 3, 8, BillingKind.MultipleFamilyGroup, "90849", "R1.13" },
        { RecordsKind.CrisisPsychotherapy, false, 80, true, 0, null, BillingKind.Crisis, "90839", "R1.9" },
    };

    [Theory]
    [MemberData(nameof(Kinds))]
    public void ToSessionFacts_EachServiceKind_MapsToItsBillingKindAndCode(
        RecordsKind kind, bool em, int minutes, bool present, int family, int? group, BillingKind expectedKind, string expectedCode, string expectedRule)
    {
        var facts = Facts(kind, minutes, clientPresent: present, family: family, group: group, em: em);

        var session = ResultAssert.Ok(ServiceFactsMapper.ToSessionFacts(facts, LicensedClinician, VisitHistory.None));
        var selection = CodeSelector.Default.Select(session, PayerProfile.SelfPay);

        Assert.Equal(expectedKind, session.Kind);
        Assert.False(selection.IsRefused, selection.ToString());
        Assert.Equal(expectedCode, selection[0].Code);
        Assert.Equal(expectedRule, selection[0].RuleId);
    }

    [Fact]
    public void ToSessionFacts_EveryField_IsCarried()
    {
        var history = new VisitHistory(true, new LocalDate(2026, 2, 24), new LocalDate(2026, 2, 17), new LocalDate(2026, 2, 24));
        var facts = Facts(
            RecordsKind.IndividualPsychotherapy, 45, Modality.Video, ClientLocationKind.Home, telehealthConsent: true, group: null,
            complexity: RecordsComplexity.CaregiverInterference, em: true, author: Prescriber);

        var session = ResultAssert.Ok(ServiceFactsMapper.ToSessionFacts(facts, PrescriberClinician, history, new SessionFactsOptions(null, "03")));

        Assert.Equal(Dos, session.DateOfService);
        Assert.Equal(BillingKind.IndividualPsychotherapy, session.Kind);
        Assert.Equal(45, session.Minutes);
        Assert.Equal(Modality.Video, session.Modality);
        Assert.Equal(ClientLocationKind.Home, session.ClientLocation);
        Assert.True(session.EvaluationAndManagementPerformed);
        Assert.True(session.ProviderMayBillEvaluationAndManagement);
        Assert.Equal(BillingComplexity.CaregiverInterference, session.InteractiveComplexity);
        Assert.Equal(0, session.GroupParticipants);
        Assert.Equal(PatientPresence.WholeSession, session.PatientPresence);
        Assert.Null(session.TimedUnitCode);
        Assert.True(session.HasPriorDiagnosticEvaluation);
        Assert.Equal(new LocalDate(2026, 2, 24), session.LastVisitDate);
        Assert.Equal(new LocalDate(2026, 2, 17), session.LastInPersonVisitDate);
        Assert.Equal(new LocalDate(2026, 2, 24), session.FirstTelehealthServiceDate);
        Assert.Equal("03", session.PlaceOfServiceOverride);
    }

    [Theory]
    [InlineData(RecordsComplexity.MaladaptiveCommunication, BillingComplexity.MaladaptiveCommunication)]
    [InlineData(RecordsComplexity.CaregiverInterference, BillingComplexity.CaregiverInterference)]
    [InlineData(RecordsComplexity.SentinelEventMandatedReport, BillingComplexity.SentinelEventWithMandatedReport)]
    [InlineData(RecordsComplexity.CommunicationBarrierAids, BillingComplexity.CommunicationBarrierAids)]
    [InlineData(RecordsComplexity.None, BillingComplexity.None)]
    [InlineData(RecordsComplexity.MaladaptiveCommunication | RecordsComplexity.CommunicationBarrierAids, BillingComplexity.MaladaptiveCommunication | BillingComplexity.CommunicationBarrierAids)]
    public void ComplexityFor_EachFactor_MapsToTheSameR111Factor(RecordsComplexity records, BillingComplexity billing)
    {
        Assert.Equal(billing, ServiceFactsMapper.ComplexityFor(records));
    }

    [Fact]
    public void ToSessionFacts_InteractiveComplexity_AddsThe90785AddOn()
    {
        var facts = Facts(RecordsKind.IndividualPsychotherapy, 53, complexity: RecordsComplexity.MaladaptiveCommunication);

        var selection = CodeSelector.Default.Select(ResultAssert.Ok(ServiceFactsMapper.ToSessionFacts(facts, LicensedClinician, VisitHistory.None)), PayerProfile.SelfPay);

        Assert.Equal(new[] { "90837", "90785" }, selection.ToImmutableArray().Select(l => l.Code));
    }

    [Fact]
    public void ToSessionFacts_DiagnosticEvaluationWithMedicalServices_Is90792ForAPrescriberOnly()
    {
        var facts = Facts(RecordsKind.DiagnosticEvaluation, 60, em: true, author: Prescriber);
        var counselorFacts = Facts(RecordsKind.DiagnosticEvaluation, 60, em: true);

        var prescriber = ResultAssert.Ok(ServiceFactsMapper.ToSessionFacts(facts, PrescriberClinician, VisitHistory.None));
        var counselor = ResultAssert.Ok(ServiceFactsMapper.ToSessionFacts(counselorFacts, LicensedClinician, VisitHistory.None));

        Assert.Equal(BillingKind.DiagnosticEvaluationWithMedicalServices, prescriber.Kind);
        Assert.False(prescriber.EvaluationAndManagementPerformed);
        Assert.Equal("90792", CodeSelector.Default.Select(prescriber, PayerProfile.SelfPay)[0].Code);
        Assert.Equal(BillingErrorCodes.CodingMedicalEvaluationRequiresPrescriber, CodeSelector.Default.Select(counselor, PayerProfile.SelfPay).ErrorCode);
    }

    [Fact]
    public void ToSessionFacts_ClientAbsentFromIndividualSession_IsRefusedByR15()
    {
        var session = ResultAssert.Ok(ServiceFactsMapper.ToSessionFacts(Facts(RecordsKind.IndividualPsychotherapy, 53, clientPresent: false), LicensedClinician, VisitHistory.None));

        Assert.Equal(PatientPresence.LessThanMajority, session.PatientPresence);
        Assert.Equal("R1.5", CodeSelector.Default.Select(session, PayerProfile.SelfPay).RuleId);
    }

    [Fact]
    public void ToSessionFacts_TimedUnitCode_BillsIndividualCounselingBy8MinuteRule()
    {
        var session = ResultAssert.Ok(ServiceFactsMapper.ToSessionFacts(Facts(RecordsKind.IndividualPsychotherapy, 53), LicensedClinician, VisitHistory.None, new SessionFactsOptions("H0004")));
        var selection = CodeSelector.Default.Select(session, PayerProfile.SelfPay);

        Assert.Equal(BillingKind.TimedUnits, session.Kind);
        Assert.Equal("H0004", selection[0].Code);
        Assert.Equal(4, selection[0].Units); // R1.14: 53–67 minutes are 4 units
    }

    [Fact]
    public void ToSessionFacts_TelehealthWithoutConsent_IsRefused()
    {
        var facts = Facts(RecordsKind.IndividualPsychotherapy, 53, Modality.Video, ClientLocationKind.Home, telehealthConsent: false);

        ResultAssert.Fails(ServiceFactsMapper.ToSessionFacts(facts, LicensedClinician, VisitHistory.None), PracticeErrorCodes.TelehealthConsentMissing);
    }

    [Fact]
    public void ToSessionFacts_FamilySessionWithoutFamily_IsRefusedByR112()
    {
        var error = ResultAssert.Fails(
            ServiceFactsMapper.ToSessionFacts(Facts(RecordsKind.FamilyPsychotherapyWithClient, 50, family: 0), LicensedClinician, VisitHistory.None),
            PracticeErrorCodes.CodesRefused);

        Assert.Equal("R1.12", error.RuleId);
    }

    [Fact]
    public void ToSessionFacts_ClinicianOtherThanTheRenderingOne_Throws()
    {
        Assert.Throws<ArgumentException>(() => ServiceFactsMapper.ToSessionFacts(Facts(RecordsKind.IndividualPsychotherapy, 53), SupervisorClinician, VisitHistory.None));
    }

    [Fact]
    public void KindFor_EveryRecordsKind_HasABillingKind()
    {
        foreach (var kind in Enum.GetValues<RecordsKind>())
        {
            Assert.True(Enum.IsDefined(ServiceFactsMapper.KindFor(kind)));
        }
    }

    [Property(Arbitrary = [typeof(MapperArbs)], MaxTest = 200)]
    public void ToSessionFacts_AnyIndividualSession_KeepsDateMinutesModalityAndLocation(int minutes, ClientLocationKind location, bool video)
    {
        var modality = video ? Modality.Video : Modality.InPerson;
        var session = ServiceFactsMapper.ToSessionFacts(Facts(RecordsKind.IndividualPsychotherapy, minutes, modality, location, telehealthConsent: true), LicensedClinician, VisitHistory.None).Value;
        var selection = CodeSelector.Default.Select(session, PayerProfile.SelfPay);

        Assert.Equal(minutes, session.Minutes);
        Assert.Equal(modality, session.Modality);
        Assert.Equal(location, session.ClientLocation);
        Assert.Equal(Dos, session.DateOfService);

        // R1.1: the band is decided by the minutes alone.
        var expected = minutes < 16 ? null : minutes <= 37 ? "90832" : minutes <= 52 ? "90834" : "90837";
        if (expected is null)
        {
            Assert.Equal(BillingErrorCodes.CodingBelowMinimumTime, selection.ErrorCode);
        }
        else
        {
            Assert.False(selection.IsRefused, selection.ToString());
            Assert.Equal(expected, selection[0].Code);
        }
    }

    [Fact]
    public void VisitHistory_From_UsesOnlyEarlierServices()
    {
        var earlier = new[]
        {
            Facts(RecordsKind.DiagnosticEvaluation, 60, date: new LocalDate(2026, 1, 5)),
            Facts(RecordsKind.IndividualPsychotherapy, 53, Modality.Video, ClientLocationKind.Home, telehealthConsent: true, date: new LocalDate(2026, 1, 12)),
            Facts(RecordsKind.IndividualPsychotherapy, 53, date: new LocalDate(2026, 1, 19)),
            Facts(RecordsKind.IndividualPsychotherapy, 53, Modality.Video, ClientLocationKind.Home, telehealthConsent: true, date: Dos),
        };

        var history = VisitHistory.From(earlier, Dos);

        Assert.True(history.HasPriorDiagnosticEvaluation);
        Assert.Equal(new LocalDate(2026, 1, 19), history.LastVisitDate);
        Assert.Equal(new LocalDate(2026, 1, 19), history.LastInPersonVisitDate);
        Assert.Equal(new LocalDate(2026, 1, 12), history.FirstTelehealthServiceDate);
        Assert.Equal(VisitHistory.None, VisitHistory.From([], Dos));
    }

    internal static SessionServiceFacts Facts(
        RecordsKind kind,
        int minutes,
        Modality modality = Modality.InPerson,
        ClientLocationKind location = ClientLocationKind.PracticeOffice,
        bool telehealthConsent = false,
        bool clientPresent = true,
        int family = 0,
        int? group = null,
        RecordsComplexity complexity = RecordsComplexity.None,
        bool em = false,
        ClinicianId? author = null,
        LocalDate? date = null)
    {
        var day = date ?? Dos;
        var start = NewYork.AtStrictly(day.At(new LocalTime(10, 0))).ToInstant();
        return new SessionServiceFacts(
            TestIds.Numbered<NoteId>(1),
            TestIds.Numbered<ClientId>(1),
            author ?? Licensed,
            null,
            null,
            day,
            start,
            start + Duration.FromMinutes(minutes),
            NewYork,
            minutes,
            kind,
            modality,
            location,
            telehealthConsent,
            clientPresent,
            family,
            group,
            complexity,
            em,
            [DiagnosisCode.Parse("F32.1")],
            start + Duration.FromHours(2),
            "hash");
    }

    public static class MapperArbs
    {
        public static Arbitrary<int> Minutes() => Gen.Choose(0, 180).ToArbitrary();

        public static Arbitrary<ClientLocationKind> Locations() =>
            Gen.Elements(ClientLocationKind.PracticeOffice, ClientLocationKind.Home).ToArbitrary();
    }
}
