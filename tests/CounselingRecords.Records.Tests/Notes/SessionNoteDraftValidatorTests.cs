using CounselingRecords.Identity;
using CounselingRecords.Records.Clinical;
using CounselingRecords.Records.Notes;
using CounselingRecords.Testing.Identity;
using FluentValidation;
using NodaTime;
using R = CounselingRecords.Records.Tests.Fixtures.Records;

namespace CounselingRecords.Records.Tests.Notes;

public sealed class SessionNoteDraftValidatorTests
{
    private static readonly SessionNoteDraftValidator Validator = new();
    private static readonly ClientId Client = TestIds.Numbered<ClientId>(1);

    private static readonly SessionParticipants Family = new(true, [new SessionParticipant(ParticipantKind.FamilyMember, "father")], null);
    private static readonly SessionParticipants FamilyWithoutClient = new(false, [new SessionParticipant(ParticipantKind.LegalGuardian, "mother")], null);
    private static readonly SessionParticipants ClientAbsentAlone = new(false, [], null);
    private static readonly SessionParticipants Group8 = new(true, [], 8);
    private static readonly SessionParticipants Group1 = new(true, [], 1);

    // R1.5: individual (and crisis) psychotherapy is with the client present. R1.12: family with the client present
    // (90847) or without (90846), listing family members. R1.13: a group note documents the number of participants.
    public static TheoryData<string, ServiceKind, SessionParticipants, string?> ParticipantRules() => new()
    {
        { "R1.5", ServiceKind.IndividualPsychotherapy, SessionParticipants.ClientOnly, null },
        { "R1.5", ServiceKind.IndividualPsychotherapy, ClientAbsentAlone, RecordsErrorCodes.NoteClientMustBePresent },
        { "R1.9", ServiceKind.CrisisPsychotherapy, ClientAbsentAlone, RecordsErrorCodes.NoteClientMustBePresent },
        { "R1.12", ServiceKind.FamilyPsychotherapyWithClient, Family, null },
        { "R1.12", ServiceKind.FamilyPsychotherapyWithClient, SessionParticipants.ClientOnly, RecordsErrorCodes.NoteFamilyParticipantMissing },
        { "R1.12", ServiceKind.FamilyPsychotherapyWithClient, FamilyWithoutClient, RecordsErrorCodes.NoteClientMustBePresent },
        { "R1.12", ServiceKind.FamilyPsychotherapyWithoutClient, FamilyWithoutClient, null },
        { "R1.12", ServiceKind.FamilyPsychotherapyWithoutClient, Family, RecordsErrorCodes.NoteClientMustBeAbsent },
        { "R1.12", ServiceKind.FamilyPsychotherapyWithoutClient, ClientAbsentAlone, RecordsErrorCodes.NoteFamilyParticipantMissing },
        { "R1.13", ServiceKind.GroupPsychotherapy, Group8, null },
        { "R1.13", ServiceKind.GroupPsychotherapy, SessionParticipants.ClientOnly, RecordsErrorCodes.NoteGroupSizeMissing },
        { "R1.13", ServiceKind.GroupPsychotherapy, Group1, RecordsErrorCodes.NoteGroupSizeMissing },
        { "R1.13", ServiceKind.MultipleFamilyGroupPsychotherapy, Group8, null },
        { "R1.13", ServiceKind.IndividualPsychotherapy, Group8, RecordsErrorCodes.NoteGroupSizeNotApplicable },
    };

    [Theory]
    [MemberData(nameof(ParticipantRules))]
    public void Validate_ParticipantsForServiceKind_FollowTheCodingRules(string ruleId, ServiceKind kind, SessionParticipants participants, string? expectedCode)
    {
        var result = Validator.Validate(R.NoteDraft(Client, serviceKind: kind, participants: participants));

        Assert.False(string.IsNullOrEmpty(ruleId));
        if (expectedCode is null)
        {
            Assert.True(result.IsValid, string.Join("; ", result.Errors.Select(e => e.ErrorCode)));
        }
        else
        {
            Assert.Contains(result.Errors, e => e.ErrorCode == expectedCode);
        }
    }

    [Fact]
    public void Validate_StopBeforeStart_And_TooLong_AreReported()
    {
        var reversed = new SessionPeriod(R.SessionEnd, R.SessionStart, R.NewYork);
        var thirteenHours = new SessionPeriod(R.SessionStart, R.SessionStart + Duration.FromHours(13), R.NewYork);

        Assert.Contains(Validator.Validate(R.NoteDraft(Client, period: reversed)).Errors, e => e.ErrorCode == RecordsErrorCodes.NoteTimesOutOfOrder);
        Assert.Contains(Validator.Validate(R.NoteDraft(Client, period: thirteenHours)).Errors, e => e.ErrorCode == RecordsErrorCodes.NoteSessionTooLong);
    }

    [Fact]
    public void Validate_MissingTimes_IsReported()
    {
        var draft = new SessionNoteDraft(Client, R.Author, null, null, NoteFormat.Soap, R.SectionsFor(NoteFormat.Soap), ServiceKind.IndividualPsychotherapy, null,
            Care.Modality.InPerson, Care.ClientLocationKind.PracticeOffice, false, null, InteractiveComplexityFactors.None, false, default, default, null, null, null, default, null, default, null);

        Assert.Contains(Validator.Validate(draft).Errors, e => e.ErrorCode == RecordsErrorCodes.NoteTimesMissing);
    }

    [Theory]
    [InlineData("F32.1", true, null)]
    [InlineData("Z63.0", true, null)]
    [InlineData("F4", true, RecordsErrorCodes.DiagnosisInvalidCode)]
    [InlineData("32.1", true, RecordsErrorCodes.DiagnosisInvalidCode)]
    [InlineData("F32.12345", true, RecordsErrorCodes.DiagnosisInvalidCode)]
    [InlineData("F32.1", false, RecordsErrorCodes.DiagnosisPrimaryRequired)]
    public void Validate_Diagnosis_IsAnIcd10CmCodeWithOnePrimary(string code, bool primary, string? expectedCode)
    {
        var result = Validator.Validate(R.NoteDraft(Client, diagnoses: [new DiagnosisInput(code, primary)]));

        if (expectedCode is null)
        {
            Assert.True(result.IsValid);
        }
        else
        {
            Assert.Contains(result.Errors, e => e.ErrorCode == expectedCode);
        }
    }

    [Fact]
    public void Validate_TwoPrimaryOrDuplicateDiagnoses_AreReported()
    {
        var twoPrimary = Validator.Validate(R.NoteDraft(Client, diagnoses: [DiagnosisInput.Primary("F32.1"), DiagnosisInput.Primary("F41.1")]));
        var duplicate = Validator.Validate(R.NoteDraft(Client, diagnoses: [DiagnosisInput.Primary("F32.1"), DiagnosisInput.Secondary("f321")]));

        Assert.Contains(twoPrimary.Errors, e => e.ErrorCode == RecordsErrorCodes.DiagnosisPrimaryRequired);
        Assert.Contains(duplicate.Errors, e => e.ErrorCode == RecordsErrorCodes.DiagnosisDuplicate);
    }

    [Fact]
    public void Validate_ObjectiveRatedTwice_AndBlankIntervention_AreReported()
    {
        var objective = TestIds.Numbered<ObjectiveId>(3);
        var result = Validator.Validate(R.NoteDraft(
            Client,
            interventions: ["Exposure", " "],
            objectiveProgress: [new ObjectiveProgressEntry(objective, ProgressRating.Improving, null), new ObjectiveProgressEntry(objective, ProgressRating.NoChange, null)]));

        Assert.Contains(result.Errors, e => e.ErrorCode == RecordsErrorCodes.NoteObjectiveDuplicate);
        Assert.Contains(result.Errors, e => e.ErrorCode == RecordsErrorCodes.NoteInterventionBlank);
    }

    [Fact]
    public void Validate_NextSessionOnTheDateOfService_IsReported()
    {
        var result = Validator.Validate(R.NoteDraft(Client, nextSession: R.DateOfService));

        Assert.Contains(result.Errors, e => e.ErrorCode == RecordsErrorCodes.NoteNextSessionNotAfterService);
    }

    [Fact]
    public void Validate_CoSignerIsTheAuthor_IsReported()
    {
        Assert.Contains(Validator.Validate(R.NoteDraft(Client, coSigner: R.Author)).Errors, e => e.ErrorCode == RecordsErrorCodes.CoSignerIsAuthor);
    }

    [Fact]
    public void Validate_EveryRuleCarriesAnErrorCode()
    {
        var empty = new SessionNoteDraft(default, default, default, null, (NoteFormat)9, [new NoteSectionText((NoteSection)77, "x")], (ServiceKind)9, null,
            (Care.Modality)9, (Care.ClientLocationKind)9, false, null, (InteractiveComplexityFactors)64, false, [new DiagnosisInput(null, true)], [""], null, null, null,
            [new ObjectiveProgressEntry(default, (ProgressRating)9, null)], new RiskAssessment((ScreenResult)9, ScreenResult.Negative, ScreenResult.Negative, RiskLevel.None, null, null),
            [new SessionMeasurement("", 1m)], null);

        var result = Validator.Validate(empty);

        Assert.False(result.IsValid);
        Assert.All(result.Errors, e => Assert.StartsWith("records.", e.ErrorCode, StringComparison.Ordinal));
        Assert.Throws<ValidationException>(() => Validator.ValidateAndThrow(empty));
    }
}
