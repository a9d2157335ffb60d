using System.Collections.Immutable;
using System.Globalization;
using CounselingRecords.Results;
using CounselingRecords.Validation;
using NodaTime;
using NodaTime.Text;

namespace CounselingRecords.Records.Retention;

/// <summary>
/// Computes the earliest destruction date of a record (R7.11): each applicable rule gives anchor + period; the
/// latest wins; a rule for minors applies when the client was under the policy's age of majority on the last date
/// of service. Legal holds never move the date but block destruction while in force.
/// </summary>
public static class RetentionCalculator
{
    private static readonly RetentionPolicyValidator Validator = new();

    /// <summary>Computes the decision.</summary>
    /// <param name="policy">The retention policy.</param>
    /// <param name="facts">The record's facts.</param>
    /// <returns>The decision, or a validation error for a malformed policy.</returns>
    public static Result<RetentionDecision> Decide(RetentionPolicy? policy, RetentionFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var check = Validator.Check(policy);
        if (check.Failure)
        {
            return check.ConvertError<RetentionDecision>();
        }

        var majority = facts.DateOfBirth.PlusYears(policy!.AgeOfMajority);
        var minorAtLastService = facts.LastServiceDate < majority;
        var outcomes = policy.Rules.Select(rule => Apply(rule, facts, majority, minorAtLastService, policy.AgeOfMajority)).ToImmutableArray();
        var deciding = outcomes.Where(o => o.Applies).MaxBy(o => o.RetainUntil!.Value)!;
        var date = deciding.RetainUntil!.Value;
        var others = outcomes.Where(o => o.Applies && o != deciding).Select(o => $"{o.RuleId} gives {Iso(o.RetainUntil!.Value)}");
        var explanation = string.Create(
            CultureInfo.InvariantCulture,
            $"Earliest destruction {Iso(date)} under {deciding.RuleId} ({deciding.Explanation}), the latest of the {policy.Name} rules{(others.Any() ? "; " + string.Join("; ", others) : string.Empty)} (R7.11).");
        if (facts.LegalHolds.Any(h => h.ReleasedOn is null))
        {
            explanation += " A legal hold is in force: the record is not destroyed until it is released.";
        }

        return new RetentionDecision(date, deciding.RuleId, outcomes, facts.LegalHolds, explanation);
    }

    private static RetentionRuleOutcome Apply(RetentionRule rule, RetentionFacts facts, LocalDate majority, bool minorAtLastService, int ageOfMajority)
    {
        if (rule.MinorsOnly && !minorAtLastService)
        {
            return new RetentionRuleOutcome(rule.Id, false, null, string.Create(CultureInfo.InvariantCulture, $"does not apply: the client was {ageOfMajority} or older at the last service on {Iso(facts.LastServiceDate)}"));
        }

        var (anchor, what) = rule.Anchor switch
        {
            RetentionAnchor.MajorityDate => (majority, string.Create(CultureInfo.InvariantCulture, $"majority (age {ageOfMajority}) on {Iso(majority)}")),
            RetentionAnchor.EndOfLastServiceYear => (new LocalDate(facts.LastServiceDate.Year, 12, 31), $"the end of {facts.LastServiceDate.Year}"),
            _ => (facts.LastServiceDate, $"the last service on {Iso(facts.LastServiceDate)}"),
        };
        var until = anchor.Plus(rule.Period);
        return new RetentionRuleOutcome(rule.Id, true, until, $"{rule.Description}: {Iso(until)}, counted from {what}");
    }

    private static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);
}
