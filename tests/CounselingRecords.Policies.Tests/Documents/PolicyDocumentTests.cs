using CounselingRecords.Integrity;
using CounselingRecords.Policies.Cancellations;
using CounselingRecords.Policies.Documents;
using CounselingRecords.Results;
using NodaTime;
using static CounselingRecords.Policies.Tests.Documents.DocumentFixtures;
using static CounselingRecords.Policies.Tests.Fixtures;

namespace CounselingRecords.Policies.Tests.Documents;

public sealed class PolicyDocumentTests
{
    [Fact]
    public void Create_HashesTheTextAndStartsAtVersionOne()
    {
        var document = Document(PolicyDocumentKind.Confidentiality);

        var version = Assert.Single(document.Versions);
        Assert.Equal(1, version.Number);
        Assert.Equal(CanonicalForm.Sha256Hex("Confidentiality policy text."), version.ContentSha256);
        Assert.Equal(0, document.Version);
    }

    [Fact]
    public void Create_CancellationDocumentWithoutTerms_IsRefused()
    {
        var result = PolicyDocument.Create(Testing.Identity.TestIds.Numbered<Identity.PolicyDocumentId>(1), PolicyDocumentKind.CancellationAndFees, "Fees", new PolicyDocumentDraft("Text", DocumentFixtures.Published), DocumentFixtures.Published, Staff);

        Assert.Equal(CoreErrorCodes.ValidationFailed, result.Error.Code);
        Assert.Equal(PoliciesErrorCodes.DocumentTermsRequired, Assert.Single(result.Error.Details).Code);
    }

    [Fact]
    public void Create_TermsOnAnotherKind_IsRefused()
    {
        var result = PolicyDocument.Create(Testing.Identity.TestIds.Numbered<Identity.PolicyDocumentId>(1), PolicyDocumentKind.Communication, "Communication", new PolicyDocumentDraft("Text", DocumentFixtures.Published, new CancellationPolicyReference(Pid, 1)), DocumentFixtures.Published, Staff);

        Assert.Equal(PoliciesErrorCodes.DocumentTermsNotAllowed, Assert.Single(result.Error.Details).Code);
    }

    [Fact]
    public void Create_WithoutTitleOrText_IsRefused()
    {
        var id = Testing.Identity.TestIds.Numbered<Identity.PolicyDocumentId>(1);

        Assert.Equal(PoliciesErrorCodes.DocumentTitleRequired, PolicyDocument.Create(id, PolicyDocumentKind.Communication, " ", new PolicyDocumentDraft("Text", DocumentFixtures.Published), DocumentFixtures.Published, Staff).Error.Code);
        Assert.Equal(PoliciesErrorCodes.DocumentTextRequired, Assert.Single(PolicyDocument.Create(id, PolicyDocumentKind.Communication, "Title", new PolicyDocumentDraft(string.Empty, DocumentFixtures.Published), DocumentFixtures.Published, Staff).Error.Details).Code);
    }

    [Fact]
    public void Publish_EffectiveBeforePublication_IsRefused()
    {
        var document = Document(PolicyDocumentKind.Communication);

        var result = document.Publish(new PolicyDocumentDraft("New text", Ny(2026, 2, 1, 9)), Ny(2026, 2, 2, 9), Staff);

        Assert.Equal(PoliciesErrorCodes.DocumentEffectiveBeforePublication, result.Error.Code);
    }

    [Fact]
    public void Publish_NotAfterThePreviousVersion_IsRefused()
    {
        var document = Document(PolicyDocumentKind.Communication);

        var result = document.Publish(new PolicyDocumentDraft("New text", DocumentFixtures.Published), DocumentFixtures.Published, Staff);

        Assert.Equal(PoliciesErrorCodes.DocumentEffectiveNotAfterPrevious, result.Error.Code);
    }

    [Fact]
    public void InEffectAt_PicksTheLatestVersionThatTookEffect()
    {
        var document = Document(PolicyDocumentKind.Communication)
            .Publish(new PolicyDocumentDraft("Version 2", Ny(2026, 4, 1, 0)), Ny(2026, 3, 1, 9), Staff).Value;

        Assert.Equal(1, document.InEffectAt(Ny(2026, 3, 31, 23)).Value.Number);
        Assert.Equal(2, document.InEffectAt(Ny(2026, 4, 1, 0)).Value.Number);
        Assert.Equal(PoliciesErrorCodes.DocumentNoVersionInEffect, document.InEffectAt(Ny(2025, 1, 1, 0)).Error.Code);
    }

    [Fact]
    public void Version_TamperedText_IsRejectedOnReload()
    {
        var version = Document(PolicyDocumentKind.Communication).Latest();

        Assert.Throws<ArgumentException>(() => new PolicyDocumentVersion(1, "Altered text", version.ContentSha256, version.EffectiveFrom, version.PublishedAt, version.PublishedBy, null));
    }

    [Fact]
    public void Constructor_KindAndTermsMismatch_Throws()
    {
        var version = Document(PolicyDocumentKind.Communication).Latest();

        Assert.Throws<ArgumentException>(() => new PolicyDocument(Testing.Identity.TestIds.Numbered<Identity.PolicyDocumentId>(1), PolicyDocumentKind.CancellationAndFees, "Fees", [version], 0));
    }

    [Fact]
    public void WithVersion_KeepsTheVersions()
    {
        var document = Document(PolicyDocumentKind.Communication);

        Assert.Equal(document.Versions, document.WithVersion(3).Versions);
        Assert.Equal(3, document.WithVersion(3).Version);
        Assert.Equal(Duration.Zero, document.Latest().EffectiveFrom - document.Latest().PublishedAt);
    }
}
