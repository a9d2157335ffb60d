using NodaTime;

namespace CounselingRecords.Policies.Documents;

/// <summary>
/// How long a compliance document (a policy, procedure, risk analysis or authorization) is kept under HIPAA
/// (R7.10; 45 CFR 164.316(b)(2)(i), 164.530(j)(2)): 6 years from its creation or from when it was last in effect,
/// whichever is later. The retain-until date is the anniversary 6 years after that date (29 February → 28 February);
/// the document is kept through that day and may be disposed of from the next.
/// </summary>
/// <param name="CreatedOn">The date the document (version) was created.</param>
/// <param name="LastInEffectOn">The last date it was in effect, or <see langword="null"/> while it still is.</param>
/// <param name="Basis">Which date the period runs from.</param>
/// <param name="RetainUntil">The last day it must be kept, or <see langword="null"/> while it is still in effect.</param>
/// <param name="Explanation">The sentence: the rule, the dates and the result.</param>
public sealed record DocumentRetention(LocalDate CreatedOn, LocalDate? LastInEffectOn, DocumentRetentionBasis Basis, LocalDate? RetainUntil, string Explanation)
{
    /// <summary>The rule id of the retention period.</summary>
    public const string RuleId = "R7.10";

    /// <summary>Gets the retention period: 6 years.</summary>
    public static Period RetentionPeriod { get; } = Period.FromYears(6);

    /// <summary>Computes the retention of a document.</summary>
    /// <param name="createdOn">The date it was created.</param>
    /// <param name="lastInEffectOn">The last date it was in effect, or <see langword="null"/> while it still is.</param>
    /// <returns>The retention.</returns>
    /// <exception cref="ArgumentException">When it was last in effect before it was created.</exception>
    public static DocumentRetention Compute(LocalDate createdOn, LocalDate? lastInEffectOn)
    {
        if (lastInEffectOn is { } last && last < createdOn)
        {
            throw new ArgumentException("A document cannot stop being in effect before it was created.", nameof(lastInEffectOn));
        }

        if (lastInEffectOn is not { } lastDay)
        {
            return new DocumentRetention(createdOn, null, DocumentRetentionBasis.StillInEffect, null,
                $"[{RuleId}] Created on {Iso(createdOn)} and still in effect: it is kept while in effect and for 6 years after it was last in effect.");
        }

        var basis = lastDay > createdOn ? DocumentRetentionBasis.LastInEffect : DocumentRetentionBasis.Creation;
        var from = basis == DocumentRetentionBasis.LastInEffect ? lastDay : createdOn;
        var until = from.Plus(RetentionPeriod);
        var which = basis == DocumentRetentionBasis.LastInEffect ? $"last in effect on {Iso(lastDay)}, which is later than its creation on {Iso(createdOn)}" : $"created on {Iso(createdOn)}, not in effect after that day";
        return new DocumentRetention(createdOn, lastDay, basis, until,
            $"[{RuleId}] Kept 6 years from creation or from when last in effect, whichever is later: {which}, so it is kept until {Iso(until)}.");
    }

    /// <summary>Returns whether the document must still be kept on <paramref name="date"/>.</summary>
    /// <param name="date">The date.</param>
    /// <returns><see langword="true"/> through <see cref="RetainUntil"/>, and always while still in effect.</returns>
    public bool MustRetainOn(LocalDate date) => RetainUntil is not { } until || date <= until;

    private static string Iso(LocalDate date) => date.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
