using CounselingRecords.Records.Signing;
using NodaTime;

namespace CounselingRecords.Records.Tests.Signing;

public sealed class DocumentationPolicyTests
{
    [Fact]
    public void Default_IsDueIn72HoursAndSignableFor45Days()
    {
        var policy = DocumentationPolicy.Default;
        var end = Instant.FromUtc(2026, 1, 5, 16, 0);

        Assert.Equal(end + Duration.FromHours(72), policy.DueAt(end));
        Assert.Equal(new LocalDate(2026, 2, 19), policy.LastSigningDate(new LocalDate(2026, 1, 5)));
    }

    [Fact]
    public void Constructor_NonPositiveDueOrTimeWindow_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new DocumentationPolicy(Duration.Zero, null));
        Assert.Throws<ArgumentOutOfRangeException>(() => new DocumentationPolicy(Duration.FromHours(1), Period.FromHours(3)));
        Assert.Throws<ArgumentOutOfRangeException>(() => new DocumentationPolicy(Duration.FromHours(1), Period.FromDays(-1)));
        Assert.Null(new DocumentationPolicy(Duration.FromHours(24), null).LastSigningDate(new LocalDate(2026, 1, 5)));
    }
}
