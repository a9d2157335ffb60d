using CounselingRecords.Access;
using CounselingRecords.Identity;
using CounselingRecords.Testing.Identity;

namespace CounselingRecords.Core.Tests.Access;

public sealed class AccessTests
{
    [Fact]
    public void Actor_ClinicianWithoutClinicianId_IsRejected()
    {
        Assert.Throws<ArgumentException>(() => new Actor(TestIds.Numbered<UserId>(1), Role.Clinician));
        Assert.Throws<ArgumentException>(() => new Actor(TestIds.Numbered<UserId>(1), Role.Client));
        Assert.Throws<ArgumentException>(() => new Actor(default, Role.Biller));
    }

    [Fact]
    public void Actor_Has_RequiresEveryRole()
    {
        var supervisor = Actor.ForSupervisor(TestIds.Numbered<UserId>(1), TestIds.Numbered<ClinicianId>(1));

        Assert.True(supervisor.Has(Role.Supervisor));
        Assert.True(supervisor.Has(Role.Clinician | Role.Supervisor));
        Assert.False(supervisor.Has(Role.Biller));
        Assert.False(supervisor.Has(Role.None));
    }

    [Fact]
    public void AccessDecision_CarriesRuleReasonAndBreakGlass()
    {
        var denied = AccessDecision.Deny("R7.2", "Psychotherapy notes are readable by their author only.");
        var glass = AccessDecision.AllowBreakGlass("access.break-glass", "Imminent risk");

        Assert.False(denied.IsAllowed);
        Assert.Equal("R7.2", denied.RuleId);
        Assert.True(glass.IsAllowed);
        Assert.True(glass.IsBreakGlass);
        Assert.StartsWith("Denied by R7.2", denied.ToString(), StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => AccessDecision.Allow("", "x"));
    }
}
