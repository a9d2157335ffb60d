using CounselingRecords.Access;
using CounselingRecords.Policies.Complaints;
using CounselingRecords.Testing.Access;
using static CounselingRecords.Policies.Tests.Complaints.ComplaintFixtures;

namespace CounselingRecords.Policies.Tests.Complaints;

public sealed class ComplaintAccessPolicyTests
{
    private static readonly ComplaintAccessPolicy Policy = ComplaintAccessPolicy.Instance;

    public static TheoryData<string, AccessAction, ComplaintCategory, bool, string> Cases => new()
    {
        { "PracticeAdmin", AccessAction.Read, ComplaintCategory.Conduct, true, ComplaintAccessPolicy.ComplaintOfficerRuleId },
        { "PracticeAdmin", AccessAction.Delete, ComplaintCategory.Conduct, false, ComplaintAccessPolicy.RetainedRuleId },
        { "Clinician", AccessAction.Read, ComplaintCategory.Conduct, false, ComplaintAccessPolicy.SubjectExcludedRuleId },
        { "Clinician", AccessAction.Create, ComplaintCategory.Conduct, false, ComplaintAccessPolicy.SubjectExcludedRuleId },
        { "OtherClinician", AccessAction.Read, ComplaintCategory.Conduct, false, ComplaintAccessPolicy.NeedToKnowRuleId },
        { "OtherClinician", AccessAction.Create, ComplaintCategory.Conduct, true, ComplaintAccessPolicy.IntakeRuleId },
        { "Biller", AccessAction.Read, ComplaintCategory.Billing, true, ComplaintAccessPolicy.BillingStaffRuleId },
        { "Biller", AccessAction.Read, ComplaintCategory.Clinical, false, ComplaintAccessPolicy.NeedToKnowRuleId },
        { "Biller", AccessAction.Update, ComplaintCategory.Billing, false, ComplaintAccessPolicy.NeedToKnowRuleId },
        { "FrontDesk", AccessAction.Create, ComplaintCategory.Access, true, ComplaintAccessPolicy.IntakeRuleId },
        { "FrontDesk", AccessAction.Read, ComplaintCategory.Access, false, ComplaintAccessPolicy.NeedToKnowRuleId },
        { "Client", AccessAction.Create, ComplaintCategory.Billing, true, ComplaintAccessPolicy.IntakeRuleId },
        { "Client", AccessAction.Read, ComplaintCategory.Billing, false, ComplaintAccessPolicy.NeedToKnowRuleId },
        { "System", AccessAction.Create, ComplaintCategory.Other, true, ComplaintAccessPolicy.IntakeRuleId },
    };

    private static Actor ActorNamed(string name) => name switch
    {
        "PracticeAdmin" => TestActors.PracticeAdmin,
        "Clinician" => TestActors.Clinician,
        "OtherClinician" => TestActors.OtherClinician,
        "Biller" => TestActors.Biller,
        "FrontDesk" => TestActors.FrontDesk,
        "Client" => TestActors.Client,
        _ => TestActors.System,
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Decide_ByRoleActionAndCategory(string actor, AccessAction action, ComplaintCategory category, bool allowed, string ruleId)
    {
        var decision = Policy.Decide(ActorNamed(actor), action, NewComplaint(Details(category)));

        Assert.Equal((allowed, ruleId), (decision.IsAllowed, decision.RuleId));
    }

    [Fact]
    public void Decide_AssignedInvestigator_MayReadAndUpdate()
    {
        var complaint = NewComplaint().Acknowledge(Received, TestActors.PracticeAdmin.UserId).Value
            .StartInvestigation(TestActors.Supervisor, Received, TestActors.PracticeAdmin.UserId).Value;

        Assert.True(Policy.Decide(TestActors.Supervisor, AccessAction.Read, complaint).IsAllowed);
        Assert.True(Policy.Decide(TestActors.Supervisor, AccessAction.Update, complaint).IsAllowed);
        Assert.False(Policy.Decide(TestActors.Supervisor, AccessAction.Export, complaint).IsAllowed);
    }

    [Fact]
    public void Decide_StaffMemberComplainedAbout_IsExcluded()
    {
        var complaint = NewComplaint(Details(against: ComplaintSubject.AgainstStaff(TestActors.FrontDesk.UserId)));

        Assert.Equal(ComplaintAccessPolicy.SubjectExcludedRuleId, Policy.Decide(TestActors.FrontDesk, AccessAction.Create, complaint).RuleId);
    }
}
