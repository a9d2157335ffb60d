using CounselingRecords.Integrity;
using FsCheck.Xunit;
using NodaTime;

namespace CounselingRecords.Core.Tests.Integrity;

public sealed class CanonicalFormTests
{
    [Fact]
    public void ToText_WritesLengthPrefixedFields()
    {
        var text = new CanonicalForm("Thing", 1).Add("a", "x=y").Add("b", (string?)null).Add("when", Instant.FromUtc(2026, 1, 1, 0, 0)).ToText();

        Assert.Equal("kind=5:Thing\nencoding=1:1\na=3:x=y\nb=-\nwhen=20:2026-01-01T00:00:00Z\n", text);
    }

    [Property(MaxTest = 300)]
    public bool DifferentFieldSplits_NeverCollide(string left, string right)
    {
        left ??= string.Empty;
        right ??= string.Empty;
        var one = new CanonicalForm("T", 1).Add("a", left + "\nb=0:").Add("b", right).ComputeSha256();
        var two = new CanonicalForm("T", 1).Add("a", left).Add("b", "\nb=0:" + right).ComputeSha256();
        return one != two;
    }

    [Fact]
    public void ToString_DoesNotExposeContent()
    {
        Assert.DoesNotContain("secret", new CanonicalForm("T", 1).Add("a", "secret").ToString(), StringComparison.Ordinal);
    }
}
