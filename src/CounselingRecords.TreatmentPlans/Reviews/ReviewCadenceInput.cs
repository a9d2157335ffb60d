namespace CounselingRecords.TreatmentPlans.Reviews;

/// <summary>A <see cref="ReviewCadence"/> as read from outside (a payer or state profile table).</summary>
public sealed record ReviewCadenceInput
{
    /// <summary>Gets the stable code.</summary>
    public string Code { get; init; } = string.Empty;

    /// <summary>Gets the name for people.</summary>
    public string Name { get; init; } = string.Empty;

    /// <summary>Gets the days between reviews.</summary>
    public int IntervalDays { get; init; }

    /// <summary>Gets a value indicating whether a recorded material change makes a review due at once.</summary>
    public bool ReviewOnMaterialChange { get; init; } = true;

    /// <summary>Gets the state or payer, if any.</summary>
    public string? Jurisdiction { get; init; }

    /// <summary>Gets the rule id.</summary>
    public string RuleId { get; init; } = "R7.13";

    /// <summary>Gets the regulation or policy it comes from.</summary>
    public string Source { get; init; } = string.Empty;
}
