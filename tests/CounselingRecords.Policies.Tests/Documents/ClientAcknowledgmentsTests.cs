using CounselingRecords.Care;
using CounselingRecords.Policies.Cancellations;
using CounselingRecords.Policies.Documents;
using static CounselingRecords.Policies.Tests.Documents.DocumentFixtures;
using static CounselingRecords.Policies.Tests.Fixtures;

namespace CounselingRecords.Policies.Tests.Documents;

public sealed class ClientAcknowledgmentsTests
{
    private static readonly PolicyDocument Fees = Document(PolicyDocumentKind.CancellationAndFees, 2);

    [Fact]
    public void Acknowledge_RecordsVersionHashAndTerms()
    {
        var acknowledgments = ClientAcknowledgments.For(Client).Acknowledge(Fees, 1, Ny(2026, 1, 5, 10));

        var entry = Assert.Single(acknowledgments.Acknowledgments);
        Assert.Equal(Fees.Latest().ContentSha256, entry.ContentSha256);
        Assert.Equal(new CancellationPolicyReference(Pid, 1), entry.Terms);
        Assert.Equal(Client.ToString(), acknowledgments.Key);
    }

    [Fact]
    public void Acknowledge_UnknownVersionBeforePublicationOrTwice_IsRefused()
    {
        var empty = ClientAcknowledgments.For(Client);
        var once = empty.Acknowledge(Fees, 1, Ny(2026, 1, 5, 10));

        Assert.Equal(PoliciesErrorCodes.DocumentUnknownVersion, empty.Acknowledge(Fees, 2, Ny(2026, 1, 5, 10), AcknowledgmentMethod.PortalAcceptance, AcknowledgingParty.Client, Staff).Error.Code);
        Assert.Equal(PoliciesErrorCodes.AcknowledgmentBeforePublication, empty.Acknowledge(Fees, 1, Ny(2026, 1, 1, 10), AcknowledgmentMethod.PortalAcceptance, AcknowledgingParty.Client, Staff).Error.Code);
        Assert.Equal(PoliciesErrorCodes.AcknowledgmentDuplicate, once.Acknowledge(Fees, 1, Ny(2026, 1, 6, 10), AcknowledgmentMethod.PortalAcceptance, AcknowledgingParty.Client, Staff).Error.Code);
    }

    [Fact]
    public void Acknowledge_FeeDocumentByAMedicaidMember_IsRefusedUnderR46()
    {
        var result = ClientAcknowledgments.For(Client).Acknowledge(Fees, 1, Ny(2026, 1, 5, 10), AcknowledgmentMethod.ElectronicSignature, AcknowledgingParty.Client, Staff, PayerClass.DualEligible);

        Assert.Equal(PoliciesErrorCodes.AcknowledgmentMedicaidFeeAgreement, result.Error.Code);
        Assert.Equal("R4.6", result.Error.RuleId);
    }

    [Fact]
    public void Acknowledge_OtherDocumentByAMedicaidMember_IsAllowed()
    {
        var confidentiality = Document(PolicyDocumentKind.Confidentiality, 3);

        Assert.True(ClientAcknowledgments.For(Client).Acknowledge(confidentiality, 1, Ny(2026, 1, 5, 10), AcknowledgmentMethod.ElectronicSignature, AcknowledgingParty.Client, Staff, PayerClass.Medicaid).Success);
    }

    [Fact]
    public void Withdraw_MarksTheAcknowledgmentAndAllowsANewOne()
    {
        var acknowledged = ClientAcknowledgments.For(Client).Acknowledge(Fees, 1, Ny(2026, 1, 5, 10));

        var withdrawn = acknowledged.Withdraw(Fees.Id, 1, Ny(2026, 2, 1, 10), Staff).Value;
        var again = withdrawn.Acknowledge(Fees, 1, Ny(2026, 3, 1, 10));

        Assert.Equal(Ny(2026, 2, 1, 10), withdrawn.Acknowledgments[0].WithdrawnAt);
        Assert.Equal(2, again.Acknowledgments.Length);
        Assert.Equal(
            new[] { (Ny(2026, 1, 5, 10), (NodaTime.Instant?)Ny(2026, 2, 1, 10)), (Ny(2026, 3, 1, 10), null) },
            again.PolicyAcceptances().Select(a => (a.AcceptedAt, a.WithdrawnAt)).ToArray());
    }

    [Fact]
    public void Withdraw_MissingTwiceOrBeforeGiven_IsRefused()
    {
        var acknowledged = ClientAcknowledgments.For(Client).Acknowledge(Fees, 1, Ny(2026, 1, 5, 10));
        var withdrawn = acknowledged.Withdraw(Fees.Id, 1, Ny(2026, 2, 1, 10), Staff).Value;

        Assert.Equal(PoliciesErrorCodes.AcknowledgmentNotFound, ClientAcknowledgments.For(Client).Withdraw(Fees.Id, 1, Ny(2026, 2, 1, 10), Staff).Error.Code);
        Assert.Equal(PoliciesErrorCodes.AcknowledgmentAlreadyWithdrawn, withdrawn.Withdraw(Fees.Id, 1, Ny(2026, 2, 2, 10), Staff).Error.Code);
        Assert.Equal(PoliciesErrorCodes.AcknowledgmentWithdrawnBeforeGiven, acknowledged.Withdraw(Fees.Id, 1, Ny(2026, 1, 4, 10), Staff).Error.Code);
    }

    [Fact]
    public void PolicyAcceptances_OnlyFromCancellationDocuments()
    {
        var acknowledgments = ClientAcknowledgments.For(Client)
            .Acknowledge(Document(PolicyDocumentKind.Confidentiality, 3), 1, Ny(2026, 1, 5, 10))
            .Acknowledge(Fees, 1, Ny(2026, 1, 5, 10));

        Assert.Equal(new CancellationPolicyReference(Pid, 1), Assert.Single(acknowledgments.PolicyAcceptances()).Policy);
    }

    [Fact]
    public void ToString_NamesTheClientIdOnly()
    {
        Assert.Equal($"ClientAcknowledgments {Client} (0 entries)", ClientAcknowledgments.For(Client).ToString());
    }
}
