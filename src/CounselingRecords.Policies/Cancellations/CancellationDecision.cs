using System.Collections.Immutable;
using CounselingRecords.Finance;
using CounselingRecords.Identity;
using CounselingRecords.Privacy;
using NodaTime;

namespace CounselingRecords.Policies.Cancellations;

/// <summary>
/// The explained outcome of a cancellation or missed appointment under one policy version: the classification,
/// the fee (possibly zero) and what became of it, who it is billed to (the client only, R4.4), the ordered rules
/// that produced it with their inputs and a sentence a client could read, and any escalations. A preview
/// ("if you cancel now…") is the same value with <see cref="IsPreview"/> set. The decision may carry the reason
/// of a discretionary exception, so it prints ids only.
/// </summary>
[ProtectedHealthInformation]
public sealed class CancellationDecision
{
    /// <summary>Initializes a new instance of the <see cref="CancellationDecision"/> class.</summary>
    /// <param name="policy">The policy version applied.</param>
    /// <param name="appointmentId">The appointment.</param>
    /// <param name="clientId">The client.</param>
    /// <param name="appointmentStart">When the appointment was to start.</param>
    /// <param name="classification">The classification.</param>
    /// <param name="party">Who cancelled.</param>
    /// <param name="channel">How the cancellation was received.</param>
    /// <param name="receivedAt">When it was received, if anyone cancelled.</param>
    /// <param name="deemedReceivedAt">When it counts as received under deemed receipt (R4.10 a), if that applied.</param>
    /// <param name="notice">The notice as the policy measures it, for client cancellations before the start.</param>
    /// <param name="onTimeDeadline">The latest receipt that would have been on time, for client cancellations before the start.</param>
    /// <param name="assessedFee">The fee under the fee rule and caps, before exemptions and waivers.</param>
    /// <param name="fee">The fee charged; zero or the assessed fee.</param>
    /// <param name="outcome">What became of the fee.</param>
    /// <param name="billTo">Who the fee is billed to.</param>
    /// <param name="exception">The discretionary exception granted, if any.</param>
    /// <param name="rules">The rules applied, in order.</param>
    /// <param name="escalations">The escalations triggered.</param>
    /// <param name="isPreview">Whether this is a preview of a cancellation not yet made.</param>
    public CancellationDecision(
        CancellationPolicyReference policy,
        AppointmentId appointmentId,
        ClientId clientId,
        Instant appointmentStart,
        CancellationClassification classification,
        CancellationParty party,
        CancellationChannel channel,
        Instant? receivedAt,
        Instant? deemedReceivedAt,
        Duration? notice,
        Instant? onTimeDeadline,
        Money assessedFee,
        Money fee,
        FeeOutcome outcome,
        FeeBillTo billTo,
        FeeException? exception,
        ImmutableArray<AppliedRule> rules,
        ImmutableArray<EscalationOutcome> escalations,
        bool isPreview)
    {
        if (assessedFee.IsNegative || fee.IsNegative || fee > assessedFee)
        {
            throw new ArgumentException("A fee is never negative and never above the assessed fee.", nameof(fee));
        }

        if ((outcome == FeeOutcome.Charged) != fee.IsPositive || (billTo == FeeBillTo.ClientOnly) != fee.IsPositive)
        {
            throw new ArgumentException("A decision charges and bills the client exactly when its fee is above zero.", nameof(outcome));
        }

        rules = rules.IsDefault ? [] : rules;
        if (rules.IsEmpty || rules.Any(r => r is null))
        {
            throw new ArgumentException("A decision lists at least one rule.", nameof(rules));
        }

        Policy = policy;
        AppointmentId = appointmentId;
        ClientId = clientId;
        AppointmentStart = appointmentStart;
        Classification = classification;
        Party = party;
        Channel = channel;
        ReceivedAt = receivedAt;
        DeemedReceivedAt = deemedReceivedAt;
        Notice = notice;
        OnTimeDeadline = onTimeDeadline;
        AssessedFee = assessedFee;
        Fee = fee;
        Outcome = outcome;
        BillTo = billTo;
        Exception = exception;
        Rules = rules;
        Escalations = escalations.IsDefault ? [] : escalations;
        IsPreview = isPreview;
    }

    /// <summary>Gets the policy version applied.</summary>
    public CancellationPolicyReference Policy { get; }

    /// <summary>Gets the appointment.</summary>
    public AppointmentId AppointmentId { get; }

    /// <summary>Gets the client.</summary>
    public ClientId ClientId { get; }

    /// <summary>Gets when the appointment was to start.</summary>
    public Instant AppointmentStart { get; }

    /// <summary>Gets the classification.</summary>
    public CancellationClassification Classification { get; }

    /// <summary>Gets who cancelled.</summary>
    public CancellationParty Party { get; }

    /// <summary>Gets how the cancellation was received.</summary>
    public CancellationChannel Channel { get; }

    /// <summary>Gets when the cancellation was received, if anyone cancelled.</summary>
    public Instant? ReceivedAt { get; }

    /// <summary>Gets when the cancellation counts as received under deemed receipt, if that applied.</summary>
    public Instant? DeemedReceivedAt { get; }

    /// <summary>Gets the notice as the policy measures it (clock time, or office time for R4.10 b).</summary>
    public Duration? Notice { get; }

    /// <summary>Gets the latest receipt that would have been on time.</summary>
    public Instant? OnTimeDeadline { get; }

    /// <summary>Gets the fee before exemptions and waivers.</summary>
    public Money AssessedFee { get; }

    /// <summary>Gets the fee charged.</summary>
    public Money Fee { get; }

    /// <summary>Gets what became of the fee.</summary>
    public FeeOutcome Outcome { get; }

    /// <summary>Gets who the fee is billed to: the client only, never a payer (R4.4).</summary>
    public FeeBillTo BillTo { get; }

    /// <summary>Gets the discretionary exception granted, if any.</summary>
    public FeeException? Exception { get; }

    /// <summary>Gets the rules applied, in order.</summary>
    public ImmutableArray<AppliedRule> Rules { get; }

    /// <summary>Gets the escalations triggered.</summary>
    public ImmutableArray<EscalationOutcome> Escalations { get; }

    /// <summary>Gets a value indicating whether this is a preview of a cancellation not yet made.</summary>
    public bool IsPreview { get; }

    /// <summary>Returns the first applied rule with the given key, or <see langword="null"/>.</summary>
    /// <param name="key">A key from <see cref="CancellationRuleKeys"/>.</param>
    /// <returns>The rule.</returns>
    public AppliedRule? Find(string key) => Rules.FirstOrDefault(r => string.Equals(r.Key, key, StringComparison.Ordinal));

    /// <summary>Returns the explanation for a client: each rule's sentence in order, then each escalation's.</summary>
    /// <returns>The text.</returns>
    public string Explain() =>
        string.Join(" ", Rules.Select(r => r.Explanation).Concat(Escalations.Select(e => e.Explanation)));

    /// <inheritdoc />
    public override string ToString() =>
        $"CancellationDecision {AppointmentId} {Classification} fee {Fee} ({Outcome}) under {Policy}{(IsPreview ? " [preview]" : string.Empty)}";
}
