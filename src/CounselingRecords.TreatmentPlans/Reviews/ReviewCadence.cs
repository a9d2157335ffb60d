using CounselingRecords.Results;
using CounselingRecords.Validation;

namespace CounselingRecords.TreatmentPlans.Reviews;

/// <summary>
/// How often a plan must be reviewed, as data (R7.13: there is no single federal interval; review every 90 days
/// and on material change by default, configurable per payer and state). The interval counts calendar days from
/// the later of the current version's effective date and the last review.
/// </summary>
public sealed record ReviewCadence
{
    /// <summary>Initializes a new instance of the <see cref="ReviewCadence"/> class.</summary>
    /// <param name="code">A stable code, for example <c>us-mt-outpatient</c>.</param>
    /// <param name="name">A name for people.</param>
    /// <param name="intervalDays">The days between reviews, 1–366.</param>
    /// <param name="reviewOnMaterialChange">Whether a recorded material change makes a review due at once.</param>
    /// <param name="jurisdiction">The state or payer the cadence belongs to, for example <c>US-MT</c>, if any.</param>
    /// <param name="ruleId">The rule id, for example <c>R7.13</c>.</param>
    /// <param name="source">The regulation or policy it comes from.</param>
    /// <exception cref="ArgumentException">The cadence is not well formed.</exception>
    public ReviewCadence(string code, string name, int intervalDays, bool reviewOnMaterialChange, string? jurisdiction, string ruleId, string source)
    {
        Code = Internal.Required(code, nameof(code));
        Name = Internal.Required(name, nameof(name));
        ArgumentOutOfRangeException.ThrowIfLessThan(intervalDays, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(intervalDays, MaximumIntervalDays);
        IntervalDays = intervalDays;
        ReviewOnMaterialChange = reviewOnMaterialChange;
        Jurisdiction = string.IsNullOrWhiteSpace(jurisdiction) ? null : jurisdiction;
        RuleId = Internal.Required(ruleId, nameof(ruleId));
        Source = Internal.Required(source, nameof(source));
    }

    /// <summary>The longest interval accepted, in days.</summary>
    public const int MaximumIntervalDays = 366;

    /// <summary>Gets the stable code.</summary>
    public string Code { get; }

    /// <summary>Gets the name for people.</summary>
    public string Name { get; }

    /// <summary>Gets the days between reviews.</summary>
    public int IntervalDays { get; }

    /// <summary>Gets a value indicating whether a recorded material change makes a review due at once.</summary>
    public bool ReviewOnMaterialChange { get; }

    /// <summary>Gets the state or payer the cadence belongs to, if any.</summary>
    public string? Jurisdiction { get; }

    /// <summary>Gets the rule id.</summary>
    public string RuleId { get; }

    /// <summary>Gets the regulation or policy it comes from.</summary>
    public string Source { get; }

    /// <summary>Creates a cadence from input read from outside (a payer or state profile table).</summary>
    /// <param name="input">The input.</param>
    /// <returns>The cadence, or <see cref="CoreErrorCodes.ValidationFailed"/> with the failed rules' codes.</returns>
    public static Result<ReviewCadence> Create(ReviewCadenceInput? input) =>
        ReviewCadenceInputValidator.Instance.Check(input).Map(valid => new ReviewCadence(
            valid.Code, valid.Name, valid.IntervalDays, valid.ReviewOnMaterialChange, valid.Jurisdiction, valid.RuleId, valid.Source));

    /// <summary>
    /// Combines the cadences that apply to one plan (a state rule and a payer policy): the shortest interval wins,
    /// and a review on material change is required if any of them requires it.
    /// </summary>
    /// <param name="cadences">The cadences that apply, at least one.</param>
    /// <returns>The strictest combination (the single cadence itself when only one is given).</returns>
    public static ReviewCadence Strictest(params ReviewCadence[] cadences)
    {
        ArgumentNullException.ThrowIfNull(cadences);
        if (cadences.Length == 0 || cadences.Any(c => c is null))
        {
            throw new ArgumentException("Give at least one cadence.", nameof(cadences));
        }

        if (cadences.Length == 1)
        {
            return cadences[0];
        }

        var shortest = cadences.OrderBy(c => c.IntervalDays).First();
        return new ReviewCadence(
            string.Join("+", cadences.Select(c => c.Code)),
            string.Join(" + ", cadences.Select(c => c.Name)),
            shortest.IntervalDays,
            cadences.Any(c => c.ReviewOnMaterialChange),
            string.Join("+", cadences.Select(c => c.Jurisdiction).Where(j => j is not null).Distinct(StringComparer.Ordinal)),
            string.Join(", ", cadences.Select(c => c.RuleId).Distinct(StringComparer.Ordinal)),
            string.Join("; ", cadences.Select(c => c.Source)));
    }

    /// <inheritdoc />
    public override string ToString() => Internal.Inv($"{Name} ({IntervalDays} days{(ReviewOnMaterialChange ? ", and on material change" : string.Empty)})");
}
