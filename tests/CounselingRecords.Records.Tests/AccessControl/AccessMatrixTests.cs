using System.Collections.Immutable;
using CounselingRecords.Access;
using CounselingRecords.Auditing;
using CounselingRecords.Identity;
using CounselingRecords.Records.AccessControl;
using CounselingRecords.Testing.Access;
using CounselingRecords.Testing.Identity;

namespace CounselingRecords.Records.Tests.AccessControl;

/// <summary>
/// The full access matrix of the issue, every role x record type x action, asserted as a table. Letters: R read,
/// C create, U update, S sign, A amend, E export, P print, D disclose, X delete; "-" nothing.
/// </summary>
public sealed class AccessMatrixTests
{
    private static readonly ClientId Client = TestIds.Numbered<ClientId>(1);
    private static readonly ClinicianId CoTherapist = TestIds.Numbered<ClinicianId>(9);

    private static readonly Dictionary<string, Actor> Actors = new()
    {
        ["client-self"] = TestActors.Client,
        ["other-client"] = Actor.ForClient(TestIds.Numbered<UserId>(20), TestIds.Numbered<ClientId>(2), "Client Two"),
        ["author"] = TestActors.Clinician,
        ["treating-non-author"] = Actor.ForClinician(TestIds.Numbered<UserId>(9), CoTherapist, "Co-therapist"),
        ["supervisor"] = TestActors.Supervisor,
        ["non-treating-clinician"] = TestActors.OtherClinician,
        ["biller"] = TestActors.Biller,
        ["front-desk"] = TestActors.FrontDesk,
        ["practice-admin"] = TestActors.PracticeAdmin,
        ["system"] = TestActors.System,
    };

    // role -> kind -> granted actions. The rule ids are those of docs/records.md.
    private static readonly (string Role, RecordKind Kind, string Granted, string RuleId)[] Matrix =
    [
        ("client-self", RecordKind.Demographics, "REP", "RA2"),
        ("client-self", RecordKind.IntakeAssessment, "REP", "RA2"),
        ("client-self", RecordKind.SessionNote, "REP", "RA2"),
        ("client-self", RecordKind.ServiceFacts, "REP", "RA2"),
        ("client-self", RecordKind.PsychotherapyNote, "-", "R7.3"),
        ("client-self", RecordKind.ProgressReport, "REP", "RA2"),
        ("client-self", RecordKind.AmendmentRequest, "RCEP", "RA2"),
        ("client-self", RecordKind.AccessRequest, "RCEP", "RA2"),

        ("other-client", RecordKind.Demographics, "-", "RA9"),
        ("other-client", RecordKind.IntakeAssessment, "-", "RA9"),
        ("other-client", RecordKind.SessionNote, "-", "RA9"),
        ("other-client", RecordKind.ServiceFacts, "-", "RA9"),
        ("other-client", RecordKind.PsychotherapyNote, "-", "RA1"),
        ("other-client", RecordKind.ProgressReport, "-", "RA9"),
        ("other-client", RecordKind.AmendmentRequest, "-", "RA9"),
        ("other-client", RecordKind.AccessRequest, "-", "RA9"),

        ("author", RecordKind.Demographics, "RCUEPD", "RA3"),
        ("author", RecordKind.IntakeAssessment, "RCUSAEPD", "RA3"),
        ("author", RecordKind.SessionNote, "RCUSAEPD", "RA3"),
        ("author", RecordKind.ServiceFacts, "REP", "RA3"),
        ("author", RecordKind.PsychotherapyNote, "RCUSAPX", "RA1"),
        ("author", RecordKind.ProgressReport, "RCUSAEPD", "RA3"),
        ("author", RecordKind.AmendmentRequest, "RCUP", "RA3"),
        ("author", RecordKind.AccessRequest, "RCUP", "RA3"),

        ("treating-non-author", RecordKind.Demographics, "RCUEPD", "RA3"),
        ("treating-non-author", RecordKind.IntakeAssessment, "RCUSAEPD", "RA3"),
        ("treating-non-author", RecordKind.SessionNote, "RCUSAEPD", "RA3"),
        ("treating-non-author", RecordKind.ServiceFacts, "REP", "RA3"),
        ("treating-non-author", RecordKind.PsychotherapyNote, "-", "RA1"),
        ("treating-non-author", RecordKind.ProgressReport, "RCUSAEPD", "RA3"),
        ("treating-non-author", RecordKind.AmendmentRequest, "RCUP", "RA3"),
        ("treating-non-author", RecordKind.AccessRequest, "RCUP", "RA3"),

        ("supervisor", RecordKind.Demographics, "RCUEPD", "RA4"),
        ("supervisor", RecordKind.IntakeAssessment, "RCUSAEPD", "RA4"),
        ("supervisor", RecordKind.SessionNote, "RCUSAEPD", "RA4"),
        ("supervisor", RecordKind.ServiceFacts, "REP", "RA4"),
        ("supervisor", RecordKind.PsychotherapyNote, "-", "RA1"),
        ("supervisor", RecordKind.ProgressReport, "RCUSAEPD", "RA4"),
        ("supervisor", RecordKind.AmendmentRequest, "RCUP", "RA4"),
        ("supervisor", RecordKind.AccessRequest, "RCUP", "RA4"),

        ("non-treating-clinician", RecordKind.Demographics, "-", "RA9"),
        ("non-treating-clinician", RecordKind.IntakeAssessment, "-", "RA9"),
        ("non-treating-clinician", RecordKind.SessionNote, "-", "RA9"),
        ("non-treating-clinician", RecordKind.ServiceFacts, "-", "RA9"),
        ("non-treating-clinician", RecordKind.PsychotherapyNote, "-", "RA1"),
        ("non-treating-clinician", RecordKind.ProgressReport, "-", "RA9"),
        ("non-treating-clinician", RecordKind.AmendmentRequest, "-", "RA9"),
        ("non-treating-clinician", RecordKind.AccessRequest, "-", "RA9"),

        ("biller", RecordKind.Demographics, "REP", "RA5"),
        ("biller", RecordKind.IntakeAssessment, "-", "RA5"),
        ("biller", RecordKind.SessionNote, "-", "RA5"),
        ("biller", RecordKind.ServiceFacts, "REP", "RA5"),
        ("biller", RecordKind.PsychotherapyNote, "-", "RA1"),
        ("biller", RecordKind.ProgressReport, "-", "RA5"),
        ("biller", RecordKind.AmendmentRequest, "-", "RA5"),
        ("biller", RecordKind.AccessRequest, "-", "RA5"),

        ("front-desk", RecordKind.Demographics, "RCUP", "RA6"),
        ("front-desk", RecordKind.IntakeAssessment, "-", "RA6"),
        ("front-desk", RecordKind.SessionNote, "-", "RA6"),
        ("front-desk", RecordKind.ServiceFacts, "-", "RA6"),
        ("front-desk", RecordKind.PsychotherapyNote, "-", "RA1"),
        ("front-desk", RecordKind.ProgressReport, "-", "RA6"),
        ("front-desk", RecordKind.AmendmentRequest, "-", "RA6"),
        ("front-desk", RecordKind.AccessRequest, "-", "RA6"),

        ("practice-admin", RecordKind.Demographics, "RCUEPX", "RA7"),
        ("practice-admin", RecordKind.IntakeAssessment, "X", "RA7"),
        ("practice-admin", RecordKind.SessionNote, "X", "RA7"),
        ("practice-admin", RecordKind.ServiceFacts, "R", "RA7"),
        ("practice-admin", RecordKind.PsychotherapyNote, "-", "RA1"),
        ("practice-admin", RecordKind.ProgressReport, "X", "RA7"),
        ("practice-admin", RecordKind.AmendmentRequest, "RCUPX", "RA7"),
        ("practice-admin", RecordKind.AccessRequest, "RCUEPX", "RA7"),

        ("system", RecordKind.Demographics, "R", "RA8"),
        ("system", RecordKind.IntakeAssessment, "-", "RA8"),
        ("system", RecordKind.SessionNote, "-", "RA8"),
        ("system", RecordKind.ServiceFacts, "RE", "RA8"),
        ("system", RecordKind.PsychotherapyNote, "-", "RA1"),
        ("system", RecordKind.ProgressReport, "-", "RA8"),
        ("system", RecordKind.AmendmentRequest, "-", "RA8"),
        ("system", RecordKind.AccessRequest, "-", "RA8"),
    ];

    public static TheoryData<string, RecordKind, AccessAction, bool, string> Cases()
    {
        var data = new TheoryData<string, RecordKind, AccessAction, bool, string>();
        foreach (var (role, kind, granted, ruleId) in Matrix)
        {
            foreach (var action in Enum.GetValues<AccessAction>())
            {
                var allowed = granted.Contains(Letter(action), StringComparison.Ordinal);
                var expectedRule = kind == RecordKind.PsychotherapyNote && action is AccessAction.Export or AccessAction.Disclose ? "R7.2" : ruleId;
                data.Add(role, kind, action, allowed, expectedRule);
            }
        }

        return data;
    }

    [Fact]
    public void Matrix_CoversEveryRoleAndEveryRecordKind()
    {
        Assert.Equal(Actors.Count * Enum.GetValues<RecordKind>().Length, Matrix.Length);
        Assert.Equal(Actors.Keys.Order(), Matrix.Select(m => m.Role).Distinct().Order());
        Assert.Equal(Actors.Count * Enum.GetValues<RecordKind>().Length * Enum.GetValues<AccessAction>().Length, Cases().Count());
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Decide_RoleKindAction_FollowsTheMatrix(string role, RecordKind kind, AccessAction action, bool allowed, string ruleId)
    {
        var decision = ClinicalRecordAccessPolicy.Instance.Decide(Actors[role], action, Facts(kind));

        Assert.Equal(allowed, decision.IsAllowed);
        Assert.False(decision.IsBreakGlass);
        Assert.Equal(ruleId, decision.RuleId);
        Assert.False(string.IsNullOrWhiteSpace(decision.Reason));
    }

    [Theory]
    [InlineData(Role.Client, RecordKind.AmendmentRequest, "RCEP")]
    [InlineData(Role.Clinician, RecordKind.SessionNote, "RCUSAEPD")]
    [InlineData(Role.Biller, RecordKind.ServiceFacts, "REP")]
    [InlineData(Role.FrontDesk, RecordKind.SessionNote, "")]
    public void GrantedActions_DescribeTheMatrixRow(Role role, RecordKind kind, string letters)
    {
        Assert.Equal(letters, string.Concat(ClinicalRecordAccessPolicy.GrantedActions(role, kind).Select(Letter)));
    }

    [Fact]
    public void Decide_ActorWithTwoRoles_GetsTheUnionOfTheirRows()
    {
        var billerAndFrontDesk = Actor.ForStaff(TestIds.Numbered<UserId>(30), Role.Biller | Role.FrontDesk);

        Assert.True(ClinicalRecordAccessPolicy.Instance.Decide(billerAndFrontDesk, AccessAction.Update, Facts(RecordKind.Demographics)).IsAllowed);
        Assert.True(ClinicalRecordAccessPolicy.Instance.Decide(billerAndFrontDesk, AccessAction.Export, Facts(RecordKind.ServiceFacts)).IsAllowed);
        Assert.False(ClinicalRecordAccessPolicy.Instance.Decide(billerAndFrontDesk, AccessAction.Read, Facts(RecordKind.SessionNote)).IsAllowed);
    }

    [Fact]
    public void Decide_BillerOnANote_SaysWhyInWords()
    {
        var decision = ClinicalRecordAccessPolicy.Instance.Decide(TestActors.Biller, AccessAction.Read, Facts(RecordKind.SessionNote));

        Assert.Contains("never note content", decision.Reason, StringComparison.Ordinal);
    }

    internal static RecordAccessFacts Facts(RecordKind kind) =>
        new(
            kind,
            new RecordReference(RecordKinds.RecordType(kind), "rec_1"),
            Client,
            TestActors.Clinician.ClinicianId,
            ImmutableArray.Create(TestActors.Clinician.ClinicianId!.Value, CoTherapist),
            ImmutableArray.Create(TestActors.Supervisor.ClinicianId!.Value));

    private static string Letter(AccessAction action) => action switch
    {
        AccessAction.Read => "R",
        AccessAction.Create => "C",
        AccessAction.Update => "U",
        AccessAction.Sign => "S",
        AccessAction.Amend => "A",
        AccessAction.Export => "E",
        AccessAction.Print => "P",
        AccessAction.Disclose => "D",
        _ => "X",
    };
}
