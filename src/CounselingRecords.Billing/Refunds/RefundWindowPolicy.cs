namespace CounselingRecords.Billing.Refunds;

/// <summary>
/// A jurisdiction's deadlines for refunding or returning an overpayment (R6.4), in calendar days: "within N days
/// of X" ends on X + N days (day N is on time, day N + 1 is late). Which windows apply is data, so a practice
/// configures its state or payer program; <see cref="CaliforniaBpc732"/> and <see cref="MedicareOverpayment"/>
/// are the two the rules name.
/// </summary>
public sealed class RefundWindowPolicy
{
    /// <summary>Initializes a new instance of the <see cref="RefundWindowPolicy"/> class.</summary>
    /// <param name="name">The jurisdiction or program and its citation, as shown in explanations.</param>
    /// <param name="ruleId">The rule id explanations cite (for example <c>R6.4</c>).</param>
    /// <param name="refundAfterRequestDays">Days after the patient's request to refund, if the jurisdiction sets it.</param>
    /// <param name="notifyAfterIdentificationDays">Days after identifying the overpayment to notify the patient when there is no request, if set.</param>
    /// <param name="refundAfterNotificationDays">Days after that notice to refund; requires <paramref name="notifyAfterIdentificationDays"/>.</param>
    /// <param name="returnAfterIdentificationDays">Days after identification to report and return the overpayment, if set.</param>
    public RefundWindowPolicy(string name, string ruleId, int? refundAfterRequestDays, int? notifyAfterIdentificationDays, int? refundAfterNotificationDays, int? returnAfterIdentificationDays)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(ruleId);
        foreach (var days in new[] { refundAfterRequestDays, notifyAfterIdentificationDays, refundAfterNotificationDays, returnAfterIdentificationDays })
        {
            if (days is < 1)
            {
                throw new ArgumentOutOfRangeException(nameof(refundAfterRequestDays), days, "A refund window is at least one day.");
            }
        }

        if ((notifyAfterIdentificationDays is null) != (refundAfterNotificationDays is null))
        {
            throw new ArgumentException("A notification window and the refund window after the notice go together.", nameof(refundAfterNotificationDays));
        }

        if (refundAfterRequestDays is null && notifyAfterIdentificationDays is null && returnAfterIdentificationDays is null)
        {
            throw new ArgumentException("A refund window policy sets at least one window.", nameof(returnAfterIdentificationDays));
        }

        Name = name;
        RuleId = ruleId;
        RefundAfterRequestDays = refundAfterRequestDays;
        NotifyAfterIdentificationDays = notifyAfterIdentificationDays;
        RefundAfterNotificationDays = refundAfterNotificationDays;
        ReturnAfterIdentificationDays = returnAfterIdentificationDays;
    }

    /// <summary>
    /// Gets California's rule for duplicate third-party payments (Cal. BPC §732, R6.4): refund within 30 days of the
    /// patient's request; without a request, notify within 90 days and refund within 30 days of the notice.
    /// </summary>
    public static RefundWindowPolicy CaliforniaBpc732 { get; } = new("California Business and Professions Code §732", "R6.4", 30, 90, 30, null);

    /// <summary>
    /// Gets the Medicare overpayment rule (SSA §1128J(d), 42 U.S.C. 1320a-7k(d), R6.4): report and return within 60
    /// days of identification. The statute text was not retrieved for the rules (rules §9 item 10).
    /// </summary>
    public static RefundWindowPolicy MedicareOverpayment { get; } = new("Medicare overpayments, SSA §1128J(d)", "R6.4", null, null, null, 60);

    /// <summary>Gets the jurisdiction or program and its citation.</summary>
    public string Name { get; }

    /// <summary>Gets the rule id explanations cite.</summary>
    public string RuleId { get; }

    /// <summary>Gets the days after a patient's request to refund, if set.</summary>
    public int? RefundAfterRequestDays { get; }

    /// <summary>Gets the days after identification to notify the patient when there is no request, if set.</summary>
    public int? NotifyAfterIdentificationDays { get; }

    /// <summary>Gets the days after the notice to refund, if set.</summary>
    public int? RefundAfterNotificationDays { get; }

    /// <summary>Gets the days after identification to report and return the overpayment, if set.</summary>
    public int? ReturnAfterIdentificationDays { get; }

    /// <summary>Computes the deadlines for one overpayment.</summary>
    /// <param name="facts">When it was identified, requested and notified.</param>
    /// <returns>The deadlines with their explanations.</returns>
    public RefundDeadlines DeadlinesFor(OverpaymentFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return RefundDeadlines.Compute(this, facts);
    }

    /// <inheritdoc />
    public override string ToString() => Name;
}
