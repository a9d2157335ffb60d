using CounselingRecords.Policies.Documents;
using NodaTime;
using static CounselingRecords.Policies.Tests.Documents.DocumentFixtures;
using static CounselingRecords.Policies.Tests.Fixtures;

namespace CounselingRecords.Policies.Tests.Documents;

public sealed class DocumentRetentionTests
{
    [Fact]
    public void Compute_LastInEffectLaterThanCreation_RunsFromLastInEffect()
    {
        var retention = DocumentRetention.Compute(new LocalDate(2020, 1, 10), new LocalDate(2023, 6, 30));

        Assert.Equal(DocumentRetentionBasis.LastInEffect, retention.Basis);
        Assert.Equal(new LocalDate(2029, 6, 30), retention.RetainUntil);
        Assert.Contains("R7.10", retention.Explanation, StringComparison.Ordinal);
        Assert.Contains("2029-06-30", retention.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Compute_NotInEffectAfterCreation_RunsFromCreation()
    {
        var retention = DocumentRetention.Compute(new LocalDate(2020, 3, 1), new LocalDate(2020, 3, 1));

        Assert.Equal((DocumentRetentionBasis.Creation, (LocalDate?)new LocalDate(2026, 3, 1)), (retention.Basis, retention.RetainUntil));
        Assert.True(retention.MustRetainOn(new LocalDate(2026, 3, 1)));
        Assert.False(retention.MustRetainOn(new LocalDate(2026, 3, 2)));
    }

    [Fact]
    public void Compute_StillInEffect_HasNoEndAndIsAlwaysKept()
    {
        var retention = DocumentRetention.Compute(new LocalDate(2010, 1, 1), null);

        Assert.Equal(DocumentRetentionBasis.StillInEffect, retention.Basis);
        Assert.Null(retention.RetainUntil);
        Assert.True(retention.MustRetainOn(new LocalDate(2100, 1, 1)));
    }

    [Fact]
    public void Compute_LastInEffectBeforeCreation_Throws() =>
        Assert.Throws<ArgumentException>(() => DocumentRetention.Compute(new LocalDate(2020, 3, 1), new LocalDate(2020, 2, 28)));

    [Fact]
    public void RetentionOf_SupersededVersion_RunsFromTheNextVersionsEffectiveDate()
    {
        var document = Document(PolicyDocumentKind.Confidentiality)
            .Publish(new PolicyDocumentDraft("Revised limits of confidentiality.", Ny(2026, 3, 1, 0)), Ny(2026, 2, 20, 9), Staff).Value;

        var first = document.RetentionOf(1, NewYork);
        var second = document.RetentionOf(2, NewYork);

        Assert.Equal((new LocalDate(2026, 1, 2), (LocalDate?)new LocalDate(2026, 3, 1), (LocalDate?)new LocalDate(2032, 3, 1)), (first.CreatedOn, first.LastInEffectOn, first.RetainUntil));
        Assert.Equal(DocumentRetentionBasis.StillInEffect, second.Basis);
        Assert.Throws<ArgumentOutOfRangeException>(() => document.RetentionOf(3, NewYork));
    }
}
