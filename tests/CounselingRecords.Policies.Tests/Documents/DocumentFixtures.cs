using CounselingRecords.Identity;
using CounselingRecords.Policies.Cancellations;
using CounselingRecords.Policies.Documents;
using CounselingRecords.Testing.Identity;
using NodaTime;
using static CounselingRecords.Policies.Tests.Fixtures;

namespace CounselingRecords.Policies.Tests.Documents;

internal static class DocumentFixtures
{
    public static readonly Instant Published = Ny(2026, 1, 2, 9);

    public static PolicyDocument Document(PolicyDocumentKind kind, int number = 1, CancellationPolicyReference? terms = null)
    {
        var draft = new PolicyDocumentDraft(
            $"{kind} policy text.",
            Published,
            kind == PolicyDocumentKind.CancellationAndFees ? terms ?? new CancellationPolicyReference(Pid, 1) : null);
        return PolicyDocument.Create(TestIds.Numbered<PolicyDocumentId>(number), kind, $"{kind} policy", draft, Published, Staff).Value;
    }

    public static ClientAcknowledgments Acknowledge(this ClientAcknowledgments acknowledgments, PolicyDocument document, int version, Instant at) =>
        acknowledgments.Acknowledge(document, version, at, AcknowledgmentMethod.ElectronicSignature, AcknowledgingParty.Client, Staff).Value;
}
