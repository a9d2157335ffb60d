namespace CounselingRecords.Policies.Documents;

/// <summary>
/// The answer to "may this client be charged this fee?": chargeable only under a cancellation-policy version the
/// client accepted before the event and had not withdrawn (R4.8, R5.8), with the acknowledgment relied on.
/// </summary>
public sealed class FeeAgreement
{
    /// <summary>Initializes a new instance of the <see cref="FeeAgreement"/> class.</summary>
    /// <param name="isChargeable">Whether the fee may be charged.</param>
    /// <param name="acknowledgment">The acknowledgment relied on, when chargeable.</param>
    /// <param name="rule">The rule that decided, with its inputs and reason.</param>
    public FeeAgreement(bool isChargeable, PolicyAcknowledgment? acknowledgment, AppliedRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        if (isChargeable && acknowledgment is null)
        {
            throw new ArgumentException("A chargeable fee rests on an acknowledgment.", nameof(acknowledgment));
        }

        IsChargeable = isChargeable;
        Acknowledgment = acknowledgment;
        Rule = rule;
    }

    /// <summary>Gets a value indicating whether the fee may be charged.</summary>
    public bool IsChargeable { get; }

    /// <summary>Gets the acknowledgment relied on.</summary>
    public PolicyAcknowledgment? Acknowledgment { get; }

    /// <summary>Gets the rule that decided.</summary>
    public AppliedRule Rule { get; }

    /// <inheritdoc />
    public override string ToString() => $"{(IsChargeable ? "Chargeable" : "Not chargeable")}: {Rule.Explanation}";
}
