using CounselingRecords.Care;
using CounselingRecords.Finance;
using CounselingRecords.Policies.Cancellations;
using CounselingRecords.Policies.Documents;
using NodaTime;
using static CounselingRecords.Policies.Tests.Documents.DocumentFixtures;
using static CounselingRecords.Policies.Tests.Fixtures;

namespace CounselingRecords.Policies.Tests.Documents;

public sealed class ConsentChecksTests
{
    private static readonly PolicyDocument Confidentiality = Document(PolicyDocumentKind.Confidentiality, 1);
    private static readonly PolicyDocument Fees = Document(PolicyDocumentKind.CancellationAndFees, 2);
    private static readonly PolicyDocument Financial = Document(PolicyDocumentKind.FinancialResponsibility, 3);
    private static readonly PolicyDocument Telehealth = Document(PolicyDocumentKind.TelehealthConsent, 4);
    private static readonly PolicyDocument[] All = [Confidentiality, Fees, Financial, Telehealth];
    private static readonly Instant Session = Ny(2026, 1, 12, 10);

    private static ClientAcknowledgments Signed(params PolicyDocument[] documents) =>
        documents.Aggregate(ClientAcknowledgments.For(Client), (a, d) => a.Acknowledge(d, d.Latest().Number, Ny(2026, 1, 5, 10)));

    [Fact]
    public void MayBeSeen_AllRequiredSigned_InPerson_IsAllowed()
    {
        var readiness = ConsentChecks.MayBeSeen(Signed(Confidentiality, Fees, Financial), All, PolicyRequirements.Default, Session, Modality.InPerson, PayerClass.Commercial);

        Assert.True(readiness.IsAllowed);
        Assert.Equal(3, readiness.Rules.Count(r => r.Key == ConsentRuleKeys.Acknowledged));
    }

    [Fact]
    public void MayBeSeen_Telehealth_NeedsTelehealthConsent()
    {
        var readiness = ConsentChecks.MayBeSeen(Signed(Confidentiality, Fees, Financial), All, PolicyRequirements.Default, Session, Modality.Video, PayerClass.Commercial);

        Assert.False(readiness.IsAllowed);
        var missing = Assert.Single(readiness.Missing);
        Assert.Equal(PolicyDocumentKind.TelehealthConsent, missing.Kind);
        Assert.Equal(Telehealth.Id, missing.DocumentId);
    }

    [Fact]
    public void MayBeSeen_Medicaid_IsNotAskedForTheFeeDocument()
    {
        var readiness = ConsentChecks.MayBeSeen(Signed(Confidentiality, Financial), All, PolicyRequirements.Default, Session, Modality.InPerson, PayerClass.Medicaid);

        Assert.True(readiness.IsAllowed);
        Assert.Equal("R4.6", readiness.Rules.Single(r => r.Key == ConsentRuleKeys.MedicaidNotAsked).RuleId);
    }

    [Fact]
    public void MayBeSeen_AcknowledgedAfterTheSessionStart_DoesNotCount()
    {
        var late = ClientAcknowledgments.For(Client)
            .Acknowledge(Confidentiality, 1, Session + Duration.FromMinutes(5))
            .Acknowledge(Fees, 1, Ny(2026, 1, 5, 10))
            .Acknowledge(Financial, 1, Ny(2026, 1, 5, 10));

        var readiness = ConsentChecks.MayBeSeen(late, All, PolicyRequirements.Default, Session, Modality.InPerson, PayerClass.SelfPay);

        Assert.Equal(PolicyDocumentKind.Confidentiality, Assert.Single(readiness.Missing).Kind);
    }

    [Fact]
    public void MayBeSeen_NewVersionInEffect_RequiresItUnlessAnyVersionDoes()
    {
        var revised = Confidentiality.Publish(new PolicyDocumentDraft("Revised limits of confidentiality.", Ny(2026, 1, 10, 0)), Ny(2026, 1, 8, 9), Staff).Value;
        var documents = new[] { revised, Fees, Financial };
        var acknowledgments = Signed(Confidentiality, Fees, Financial);

        var strict = ConsentChecks.MayBeSeen(acknowledgments, documents, PolicyRequirements.Default, Session, Modality.InPerson, PayerClass.SelfPay);
        var lenient = ConsentChecks.MayBeSeen(acknowledgments, documents, new PolicyRequirements(PolicyRequirements.Default.RequiredBeforeService, true, false), Session, Modality.InPerson, PayerClass.SelfPay);

        Assert.Equal(2, Assert.Single(strict.Missing).RequiredVersion);
        Assert.True(lenient.IsAllowed);
    }

    [Fact]
    public void MayBeSeen_WithdrawnConsent_IsMissing()
    {
        var acknowledgments = Signed(Confidentiality, Fees, Financial, Telehealth).Withdraw(Telehealth.Id, 1, Ny(2026, 1, 8, 10), Staff).Value;

        var readiness = ConsentChecks.MayBeSeen(acknowledgments, All, PolicyRequirements.Default, Session, Modality.AudioOnly, PayerClass.SelfPay);

        Assert.Equal(PolicyDocumentKind.TelehealthConsent, Assert.Single(readiness.Missing).Kind);
    }

    [Fact]
    public void MayBeSeen_NoDocumentOfARequiredKind_IsMissingWithoutAnId()
    {
        var readiness = ConsentChecks.MayBeSeen(Signed(Confidentiality), [Confidentiality], new PolicyRequirements([PolicyDocumentKind.Confidentiality, PolicyDocumentKind.Communication], false, true), Session, Modality.InPerson, PayerClass.SelfPay);

        var missing = Assert.Single(readiness.Missing);
        Assert.Equal(PolicyDocumentKind.Communication, missing.Kind);
        Assert.Null(missing.DocumentId);
    }

    [Fact]
    public void MayBeCharged_AcceptedBeforeTheEvent_IsChargeable()
    {
        var agreement = ConsentChecks.MayBeCharged(Signed(Fees), new CancellationPolicyReference(Pid, 1), Session);

        Assert.True(agreement.IsChargeable);
        Assert.Equal(Fees.Id, agreement.Acknowledgment!.DocumentId);
        Assert.Equal("R4.8", agreement.Rule.RuleId);
    }

    [Fact]
    public void MayBeCharged_OtherVersionOnly_IsNotChargeableAndSaysWhichWasAccepted()
    {
        var agreement = ConsentChecks.MayBeCharged(Signed(Fees), new CancellationPolicyReference(Pid, 2), Session);

        Assert.False(agreement.IsChargeable);
        Assert.Equal("1", agreement.Rule.Input("accepted-versions"));
    }

    [Fact]
    public void MayBeCharged_Decision_UsesTheCancellationReceipt()
    {
        var policy = Policy(requiresAcceptance: false);
        var start = Ny(2026, 1, 12, 10);
        var decision = Cancel(policy, Appointment(start), start - Duration.FromHours(2));
        var acceptedAfterCancelling = ClientAcknowledgments.For(Client).Acknowledge(Fees, 1, start - Duration.FromHours(1));

        Assert.True(decision.Fee.IsPositive);
        Assert.False(ConsentChecks.MayBeCharged(acceptedAfterCancelling, decision).IsChargeable);
        Assert.True(ConsentChecks.MayBeCharged(Signed(Fees), decision).IsChargeable);
    }

    [Fact]
    public void MayBeCharged_DecisionWithoutFee_IsNotChargeable()
    {
        var start = Ny(2026, 1, 12, 10);
        var decision = Cancel(Policy(), Appointment(start, Money.Usd(150m)), start - Duration.FromHours(48));

        Assert.Equal(ConsentRuleKeys.NoFee, ConsentChecks.MayBeCharged(Signed(Fees), decision).Rule.Key);
    }

    [Fact]
    public void MayBeCharged_DecisionAboutAnotherClient_Throws()
    {
        var start = Ny(2026, 1, 12, 10);
        var decision = Cancel(Policy(), Appointment(start), start - Duration.FromHours(2));

        Assert.Throws<ArgumentException>(() => ConsentChecks.MayBeCharged(ClientAcknowledgments.For(Testing.Identity.TestIds.Numbered<Identity.ClientId>(2)), decision));
    }

    [Fact]
    public void EngineAndCheck_AgreeThroughPolicyAcceptances()
    {
        var start = Ny(2026, 1, 12, 10);
        var acknowledgments = Signed(Fees);
        var history = new ClientHistory([], acknowledgments.PolicyAcceptances());

        var decision = Cancel(Policy(requiresAcceptance: true), Appointment(start), start - Duration.FromHours(2), history);

        Assert.Equal(FeeOutcome.Charged, decision.Outcome);
        Assert.True(ConsentChecks.MayBeCharged(acknowledgments, decision).IsChargeable);
    }
}
