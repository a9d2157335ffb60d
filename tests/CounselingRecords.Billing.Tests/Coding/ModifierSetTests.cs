using CounselingRecords.Billing.Coding;

namespace CounselingRecords.Billing.Tests.Coding;

public sealed class ModifierSetTests
{
    [Fact]
    public void Of_KeepsOrderAndIgnoresDuplicates()
    {
        var set = ModifierSet.Of("95", "59", "95");

        Assert.Equal(2, set.Count);
        Assert.Equal("95 59", set.ToString());
        Assert.True(set.Contains("59"));
    }

    [Fact]
    public void Of_MoreThanFour_Throws()
    {
        Assert.Throws<ArgumentException>(() => ModifierSet.Of("95", "59", "GT", "HO", "HN"));
    }

    [Fact]
    public void TryAdd_Malformed_Throws()
    {
        Assert.Throws<ArgumentException>(() => ModifierSet.Empty.TryAdd("9", out _));
    }

    [Fact]
    public void Equality_IsByContent()
    {
        Assert.True(ModifierSet.Of("95") == ModifierSet.Of("95"));
        Assert.True(ModifierSet.Of("95") != ModifierSet.Of("93"));
    }
}
