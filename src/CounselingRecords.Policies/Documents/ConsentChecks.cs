using System.Collections.Immutable;
using CounselingRecords.Care;
using CounselingRecords.Policies.Cancellations;
using NodaTime;

namespace CounselingRecords.Policies.Documents;

/// <summary>
/// Answers two questions from a client's acknowledgments: may the client be seen (every required document
/// acknowledged before the service and not withdrawn), and may the client be charged a cancellation fee (only
/// under a cancellation-policy version they accepted before the event, R4.8, R5.8). Pure functions.
/// </summary>
public static class ConsentChecks
{
    /// <summary>The rule id cited for documents with no domain rule of their own.</summary>
    public const string RequiredAcknowledgmentRuleId = "policy.required-acknowledgment";

    /// <summary>Decides whether the client may be seen at <paramref name="serviceStart"/>.</summary>
    /// <param name="acknowledgments">The client's acknowledgments.</param>
    /// <param name="documents">The practice's policy documents.</param>
    /// <param name="requirements">Which documents are required.</param>
    /// <param name="serviceStart">When the service starts.</param>
    /// <param name="modality">How the service is delivered; telehealth may need telehealth consent.</param>
    /// <param name="payerClass">The client's primary payer class; Medicaid members are not asked to accept missed-appointment fees (R4.6).</param>
    /// <returns>The answer with what is missing and the rules checked.</returns>
    public static ServiceReadiness MayBeSeen(
        ClientAcknowledgments acknowledgments,
        IEnumerable<PolicyDocument> documents,
        PolicyRequirements requirements,
        Instant serviceStart,
        Modality modality,
        PayerClass payerClass)
    {
        ArgumentNullException.ThrowIfNull(acknowledgments);
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(requirements);
        var all = documents.ToList();
        var kinds = requirements.RequiredBeforeService.ToList();
        if (modality != Modality.InPerson && requirements.TelehealthConsentRequired && !kinds.Contains(PolicyDocumentKind.TelehealthConsent))
        {
            kinds.Add(PolicyDocumentKind.TelehealthConsent);
        }

        var rules = ImmutableArray.CreateBuilder<AppliedRule>();
        var missing = ImmutableArray.CreateBuilder<MissingAcknowledgment>();
        foreach (var kind in kinds)
        {
            if (kind == PolicyDocumentKind.CancellationAndFees && payerClass is PayerClass.Medicaid or PayerClass.DualEligible)
            {
                rules.Add(Rule(
                    PolicyRuleIds.Medicaid,
                    ConsentRuleKeys.MedicaidNotAsked,
                    "Medicaid members are not asked to accept fees for missed appointments, so the cancellation-and-fees document is not required.",
                    ("kind", kind.ToString()),
                    ("payer-class", payerClass.ToString())));
                continue;
            }

            var ofKind = all.Where(d => d.Kind == kind).ToList();
            var inEffect = ofKind.Select(d => (Document: d, Version: d.InEffectAt(serviceStart))).Where(x => x.Version.Success).ToList();
            if (inEffect.Count == 0)
            {
                var sentence = $"The practice has no {KindName(kind)} document in effect, so it cannot be acknowledged.";
                rules.Add(Rule(RuleIdFor(kind), ConsentRuleKeys.NoDocument, sentence, ("kind", kind.ToString())));
                missing.Add(new MissingAcknowledgment(kind, null, null, sentence));
                continue;
            }

            foreach (var (document, version) in inEffect)
            {
                var required = requirements.RequireCurrentVersion ? version.Value.Number : 1;
                var found = acknowledgments.Acknowledgments
                    .Where(a => a.DocumentId == document.Id && a.DocumentVersion >= required && a.InForceAt(serviceStart))
                    .OrderByDescending(a => a.DocumentVersion)
                    .FirstOrDefault();
                if (found is not null)
                {
                    rules.Add(Rule(
                        RuleIdFor(kind),
                        ConsentRuleKeys.Acknowledged,
                        $"The {KindName(kind)} document (version {Describe.Number(found.DocumentVersion)}) was acknowledged on {Describe.Iso(found.AcknowledgedAt)}.",
                        ("kind", kind.ToString()),
                        ("document", document.Id.ToString()),
                        ("version", Describe.Number(found.DocumentVersion)),
                        ("acknowledged-at", Describe.Iso(found.AcknowledgedAt))));
                    continue;
                }

                var sentence = $"The {KindName(kind)} document (version {Describe.Number(required)}{(requirements.RequireCurrentVersion ? string.Empty : " or later")}) has not been acknowledged, or the acknowledgment was withdrawn, before the service.";
                rules.Add(Rule(
                    RuleIdFor(kind),
                    ConsentRuleKeys.NotAcknowledged,
                    sentence,
                    ("kind", kind.ToString()),
                    ("document", document.Id.ToString()),
                    ("required-version", Describe.Number(required))));
                missing.Add(new MissingAcknowledgment(kind, document.Id, required, sentence));
            }
        }

        return new ServiceReadiness(missing.Count == 0, missing.ToImmutable(), rules.ToImmutable());
    }

    /// <summary>Decides whether a fee under <paramref name="policy"/> may be charged for an event at <paramref name="eventAt"/>.</summary>
    /// <param name="acknowledgments">The client's acknowledgments.</param>
    /// <param name="policy">The cancellation-policy version the fee is charged under.</param>
    /// <param name="eventAt">When the late cancellation was received, or when the missed appointment started.</param>
    /// <returns>The answer.</returns>
    public static FeeAgreement MayBeCharged(ClientAcknowledgments acknowledgments, CancellationPolicyReference policy, Instant eventAt)
    {
        ArgumentNullException.ThrowIfNull(acknowledgments);
        var found = acknowledgments.Acknowledgments
            .Where(a => a.Terms == policy && a.InForceAt(eventAt))
            .OrderBy(a => a.AcknowledgedAt)
            .FirstOrDefault();
        if (found is not null)
        {
            return new FeeAgreement(true, found, Rule(
                PolicyRuleIds.DisclosureAndCap,
                ConsentRuleKeys.FeeAccepted,
                $"The client accepted version {Describe.Number(policy.Version)} of the cancellation policy on {Describe.Iso(found.AcknowledgedAt)}, before the event.",
                ("policy", policy.ToString()),
                ("document", found.DocumentId.ToString()),
                ("document-version", Describe.Number(found.DocumentVersion)),
                ("acknowledged-at", Describe.Iso(found.AcknowledgedAt)),
                ("event-at", Describe.Iso(eventAt))));
        }

        var accepted = string.Join(",", acknowledgments.Acknowledgments.Where(a => a.Terms is { } t && t.PolicyId == policy.PolicyId).Select(a => a.Terms!.Value.Version).Distinct().Order().Select(v => Describe.Number(v)));
        return new FeeAgreement(false, null, Rule(
            PolicyRuleIds.DisclosureAndCap,
            ConsentRuleKeys.FeeNotAccepted,
            $"The client had not accepted version {Describe.Number(policy.Version)} of the cancellation policy before the event, so no fee may be charged under it.",
            ("policy", policy.ToString()),
            ("event-at", Describe.Iso(eventAt)),
            ("accepted-versions", accepted.Length == 0 ? "none" : accepted)));
    }

    /// <summary>Decides whether the fee of a cancellation decision may be charged.</summary>
    /// <param name="acknowledgments">The client's acknowledgments.</param>
    /// <param name="decision">The decision.</param>
    /// <returns>The answer; not chargeable when the decision charges nothing.</returns>
    /// <exception cref="ArgumentException">The decision is about another client.</exception>
    public static FeeAgreement MayBeCharged(ClientAcknowledgments acknowledgments, CancellationDecision decision)
    {
        ArgumentNullException.ThrowIfNull(acknowledgments);
        ArgumentNullException.ThrowIfNull(decision);
        if (decision.ClientId != acknowledgments.ClientId)
        {
            throw new ArgumentException($"Decision {decision.AppointmentId} is about client {decision.ClientId}, not {acknowledgments.ClientId}.", nameof(decision));
        }

        if (!decision.Fee.IsPositive)
        {
            return new FeeAgreement(false, null, Rule(
                PolicyRuleIds.DisclosureAndCap,
                ConsentRuleKeys.NoFee,
                "The decision charges no fee.",
                ("policy", decision.Policy.ToString()),
                ("outcome", decision.Outcome.ToString())));
        }

        var eventAt = decision.Classification == CancellationClassification.NoShow || decision.ReceivedAt is null
            ? decision.AppointmentStart
            : decision.ReceivedAt.Value;
        return MayBeCharged(acknowledgments, decision.Policy, eventAt);
    }

    private static string RuleIdFor(PolicyDocumentKind kind) => kind switch
    {
        PolicyDocumentKind.CancellationAndFees => PolicyRuleIds.DisclosureAndCap,
        PolicyDocumentKind.FinancialResponsibility => "R5.8",
        _ => RequiredAcknowledgmentRuleId,
    };

    private static string KindName(PolicyDocumentKind kind) => kind switch
    {
        PolicyDocumentKind.Confidentiality => "confidentiality",
        PolicyDocumentKind.CancellationAndFees => "cancellation-and-fees",
        PolicyDocumentKind.Communication => "communication",
        PolicyDocumentKind.TelehealthConsent => "telehealth consent",
        _ => "financial responsibility",
    };

    private static AppliedRule Rule(string ruleId, string key, string sentence, params (string Name, string Value)[] inputs) =>
        new(ruleId, key, inputs.Select(i => new RuleInput(i.Name, i.Value)).ToImmutableArray(), sentence, null);
}
