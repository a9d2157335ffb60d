using CounselingRecords.Finance;
using CounselingRecords.Identity;
using CounselingRecords.Policies.Cancellations;
using CounselingRecords.Results;
using CounselingRecords.Testing.Identity;
using NodaTime;
using static CounselingRecords.Policies.Tests.Fixtures;

namespace CounselingRecords.Policies.Tests.Cancellations;

public sealed class CancellationPolicyHistoryTests
{
    private static readonly CancellationPolicy First = Policy(effectiveFrom: new LocalDate(2026, 1, 1));

    [Fact]
    public void Start_VersionOne_IsStoredAsNeverSaved()
    {
        var history = CancellationPolicyHistory.Start(First).Value;

        Assert.Equal(0, history.Version);
        Assert.Equal(Pid.ToString(), history.Key);
        Assert.Same(First, history.Latest());
    }

    [Fact]
    public void Start_NotVersionOne_IsRefused()
    {
        var result = CancellationPolicyHistory.Start(Policy(version: 2));

        Assert.Equal(PoliciesErrorCodes.PolicyVersionOutOfSequence, result.Error.Code);
    }

    [Fact]
    public void Start_InvalidPolicy_ReturnsTheValidationFailure()
    {
        var result = CancellationPolicyHistory.Start(Policy(late: FeeRule.PercentOfSessionFee(150m)));

        Assert.Equal(CoreErrorCodes.ValidationFailed, result.Error.Code);
        Assert.Equal(PoliciesErrorCodes.PolicyPercentageAbove100, Assert.Single(result.Error.Details).Code);
    }

    [Fact]
    public void Publish_NextVersion_PicksByAppointmentDate()
    {
        var history = CancellationPolicyHistory.Start(First).Value;
        var second = First.Revise(new LocalDate(2026, 6, 1), lateCancellationFee: FeeRule.PercentOfSessionFee(50m));

        var published = history.Publish(second, Ny(2026, 5, 1, 9)).Value;

        Assert.Equal(1, published.InEffectFor(Ny(2026, 5, 31, 23)).Value.Version);
        Assert.Equal(2, published.InEffectFor(Ny(2026, 6, 1, 0)).Value.Version);
        Assert.Same(second, published.Find(2));
        Assert.Null(published.Find(3));
    }

    [Fact]
    public void Publish_Retroactive_IsRefusedUnderR48()
    {
        var history = CancellationPolicyHistory.Start(First).Value;

        var result = history.Publish(First.Revise(new LocalDate(2026, 3, 1)), Ny(2026, 3, 2, 9));

        Assert.Equal(PoliciesErrorCodes.PolicyRetroactive, result.Error.Code);
        Assert.Equal("R4.8", result.Error.RuleId);
    }

    [Fact]
    public void Publish_EffectiveSameDayAsPublication_IsAllowed()
    {
        var history = CancellationPolicyHistory.Start(First).Value;

        Assert.True(history.Publish(First.Revise(new LocalDate(2026, 3, 2)), Ny(2026, 3, 2, 9)).Success);
    }

    [Fact]
    public void Publish_OutOfSequenceOrNotLaterOrOtherPolicy_IsRefused()
    {
        var history = CancellationPolicyHistory.Start(First).Value;
        var skip = new CancellationPolicy(Pid, 3, "x", new LocalDate(2026, 6, 1), NewYork, Currency.Usd, NoticeRule.Hours(24), FeeRule.FullSessionFee, FeeRule.FullSessionFee, FeeCap.None, null, false, PayerRules.Default, true, []);
        var other = new CancellationPolicy(TestIds.Numbered<PolicyId>(9), 2, "x", new LocalDate(2026, 6, 1), NewYork, Currency.Usd, NoticeRule.Hours(24), FeeRule.FullSessionFee, FeeRule.FullSessionFee, FeeCap.None, null, false, PayerRules.Default, true, []);

        Assert.Equal(PoliciesErrorCodes.PolicyVersionOutOfSequence, history.Publish(skip, Ny(2026, 1, 2, 9)).Error.Code);
        Assert.Equal(PoliciesErrorCodes.PolicyWrongId, history.Publish(other, Ny(2026, 1, 2, 9)).Error.Code);
        Assert.Equal(PoliciesErrorCodes.PolicyEffectiveNotAfterPrevious, history.Publish(First.Revise(new LocalDate(2026, 1, 1)), Ny(2025, 12, 1, 9)).Error.Code);
    }

    [Fact]
    public void InEffectFor_BeforeTheFirstVersion_IsRefused()
    {
        var history = CancellationPolicyHistory.Start(First).Value;

        Assert.Equal(PoliciesErrorCodes.PolicyNoVersionInEffect, history.InEffectFor(Ny(2025, 12, 31, 12)).Error.Code);
    }

    [Fact]
    public void Constructor_OutOfOrderVersions_Throws()
    {
        Assert.Throws<ArgumentException>(() => new CancellationPolicyHistory(Pid, [Policy(version: 2)], 0));
        Assert.Throws<ArgumentException>(() => new CancellationPolicyHistory(Pid, [], 0));
    }

    [Fact]
    public void WithVersion_ChangesOnlyTheStorageVersion()
    {
        var history = CancellationPolicyHistory.Start(First).Value;

        var stamped = history.WithVersion(4);

        Assert.Equal(4, stamped.Version);
        Assert.Equal(history.Versions, stamped.Versions);
    }
}
