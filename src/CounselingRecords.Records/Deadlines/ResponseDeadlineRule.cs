namespace CounselingRecords.Records.Deadlines;

/// <summary>
/// How long a practice has to act on a client's request, counted in calendar days from receipt, and the one
/// extension it may take (with written notice sent before the first deadline). The HIPAA presets are
/// <see cref="HipaaAccess"/> (R7.3: 30 days + one 30-day extension) and <see cref="HipaaAmendment"/> (R7.8:
/// 60 days + one 30-day extension); state law may shorten them.
/// </summary>
public sealed class ResponseDeadlineRule
{
    /// <summary>Initializes a new instance of the <see cref="ResponseDeadlineRule"/> class.</summary>
    /// <param name="responseDays">Calendar days after receipt to act; positive.</param>
    /// <param name="maxExtensionDays">The longest single extension in days; 0 when none is allowed.</param>
    /// <param name="ruleId">The rule this implements, for example <c>R7.3</c>.</param>
    public ResponseDeadlineRule(int responseDays, int maxExtensionDays, string ruleId)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(responseDays);
        ArgumentOutOfRangeException.ThrowIfNegative(maxExtensionDays);
        ArgumentException.ThrowIfNullOrWhiteSpace(ruleId);
        ResponseDays = responseDays;
        MaxExtensionDays = maxExtensionDays;
        RuleId = ruleId;
    }

    /// <summary>Gets the right of access (45 CFR 164.524, R7.3): act within 30 days, one extension of at most 30 days.</summary>
    public static ResponseDeadlineRule HipaaAccess { get; } = new(30, 30, "R7.3");

    /// <summary>Gets the right to amend (45 CFR 164.526, R7.8): act within 60 days, one extension of at most 30 days.</summary>
    public static ResponseDeadlineRule HipaaAmendment { get; } = new(60, 30, "R7.8");

    /// <summary>Gets the calendar days to act.</summary>
    public int ResponseDays { get; }

    /// <summary>Gets the longest extension in days.</summary>
    public int MaxExtensionDays { get; }

    /// <summary>Gets the rule id.</summary>
    public string RuleId { get; }

    /// <inheritdoc />
    public override string ToString() => $"{RuleId}: {ResponseDays} days, one extension of up to {MaxExtensionDays} days";
}
