using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Text;
using CounselingRecords.Results;
using CounselingRecords.Validation;

namespace CounselingRecords.TreatmentPlans.Instruments;

/// <summary>
/// Scores a questionnaire by its <see cref="InstrumentDefinition"/>: validates the answers (an answer outside
/// the item's range is invalid, R8.4), refuses to score when scored items are missing unless prorating was opted
/// into and the instrument allows it (R8.4), sums the scored items (R8.1, R8.3), finds the severity band and the
/// cut-offs met, and raises critical-item flags regardless of the total (R8.2).
/// </summary>
public static class InstrumentScorer
{
    // Validators are immutable once built; one per definition instance is reused across calls.
    private static readonly ConditionalWeakTable<InstrumentDefinition, InstrumentResponseValidator> Validators = new();

    /// <summary>Scores a response.</summary>
    /// <param name="definition">The instrument.</param>
    /// <param name="response">The response.</param>
    /// <param name="options">How missing items are handled; <see cref="ScoringOptions.Default"/> when omitted.</param>
    /// <returns>
    /// The score; or <see cref="CoreErrorCodes.ValidationFailed"/> (details: <see cref="TreatmentPlansErrorCodes.InstrumentAnswerOutOfRange"/>,
    /// <see cref="TreatmentPlansErrorCodes.InstrumentUnknownItem"/>, <see cref="TreatmentPlansErrorCodes.InstrumentDuplicateItem"/>,
    /// <see cref="TreatmentPlansErrorCodes.InstrumentCodeMismatch"/>); or <see cref="TreatmentPlansErrorCodes.InstrumentItemsMissing"/>.
    /// </returns>
    public static Result<InstrumentScore> Score(InstrumentDefinition definition, InstrumentResponse? response, ScoringOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(definition);
        options ??= ScoringOptions.Default;
        var checkedResponse = Validators.GetValue(definition, static d => new InstrumentResponseValidator(d)).Check(response);
        if (checkedResponse.Failure)
        {
            return checkedResponse.ConvertError<InstrumentScore>();
        }

        var answers = checkedResponse.Value.Answers.OrderBy(a => a.ItemNumber).ToImmutableArray();
        var byItem = answers.ToDictionary(a => a.ItemNumber, a => a.Value);
        var scoredItems = definition.Items.Where(item => item.Scored).ToList();
        var missing = scoredItems.Where(item => !byItem.ContainsKey(item.Number)).Select(item => item.Number).ToImmutableArray();
        var sum = scoredItems.Where(item => byItem.ContainsKey(item.Number)).Sum(item => byItem[item.Number]);
        var total = sum;
        var prorated = false;
        if (!missing.IsEmpty)
        {
            if (!options.AllowProrating || missing.Length > definition.MaximumProratedItems)
            {
                var why = !options.AllowProrating
                    ? "missing items are not scored unless prorating is opted into"
                    : Internal.Inv($"{definition.Code} allows prorating at most {definition.MaximumProratedItems} missing item(s)");
                return new DomainError(
                    TreatmentPlansErrorCodes.InstrumentItemsMissing,
                    Internal.Inv($"{definition.Code} is not scored: {missing.Length} scored item(s) unanswered ({string.Join(", ", missing)}); {why} (R8.4)."),
                    "R8.4");
            }

            // R8.4 (opt-in, unverified convention): scale the answered items up to the full item count.
            var answered = scoredItems.Count - missing.Length;
            total = (int)Math.Round((decimal)sum * scoredItems.Count / answered, 0, MidpointRounding.AwayFromZero);
            total = Math.Clamp(total, definition.MinimumTotal, definition.MaximumTotal);
            prorated = true;
        }

        var band = definition.BandFor(total);
        var cutOffs = definition.CutOffs.Where(c => c.IsMetBy(total)).ToImmutableArray();
        var findings = definition.CriticalItems
            .Where(rule => byItem.TryGetValue(rule.ItemNumber, out var answer) && rule.IsRaisedBy(answer))
            .Select(rule => new CriticalItemFinding(rule.ItemNumber, byItem[rule.ItemNumber], rule.Threshold, rule.FlagCode, rule.Description, rule.RuleId))
            .ToImmutableArray();
        var unansweredCritical = definition.CriticalItems
            .Where(rule => !byItem.ContainsKey(rule.ItemNumber))
            .Select(rule => rule.ItemNumber)
            .ToImmutableArray();

        return new InstrumentScore(
            definition.Code,
            total,
            definition.MinimumTotal,
            definition.MaximumTotal,
            band,
            cutOffs,
            findings,
            prorated ? missing : [],
            unansweredCritical,
            prorated,
            answers,
            definition.RuleId,
            Explain(definition, total, sum, missing, prorated, band, cutOffs, findings, unansweredCritical));
    }

    /// <summary>Scores answers given in item order; <see langword="null"/> marks an unanswered item.</summary>
    /// <param name="definition">The instrument.</param>
    /// <param name="answers">The answers of items 1, 2, … in order.</param>
    /// <returns>The score or the reason it was refused (see <see cref="Score(InstrumentDefinition, InstrumentResponse?, ScoringOptions?)"/>).</returns>
    public static Result<InstrumentScore> Score(InstrumentDefinition definition, params int?[] answers)
    {
        ArgumentNullException.ThrowIfNull(definition);
        return Score(definition, InstrumentResponse.FromValues(definition.Code, answers));
    }

    private static string Explain(
        InstrumentDefinition definition,
        int total,
        int sum,
        ImmutableArray<int> missing,
        bool prorated,
        SeverityBand? band,
        ImmutableArray<InstrumentCutOff> cutOffs,
        ImmutableArray<CriticalItemFinding> findings,
        ImmutableArray<int> unansweredCritical)
    {
        var text = new StringBuilder();
        text.Append(Internal.Inv($"{definition.Code} total {total} (range {definition.MinimumTotal}-{definition.MaximumTotal}"));
        text.Append(prorated
            ? Internal.Inv($"; prorated from {sum} over {definition.ScoredItemCount - missing.Length} of {definition.ScoredItemCount} scored items, items {string.Join(", ", missing)} unanswered, R8.4 opt-in)")
            : Internal.Inv($"; sum of {definition.ScoredItemCount} scored items{(definition.RuleId is null ? string.Empty : ", " + definition.RuleId)})"));
        if (band is not null)
        {
            text.Append(Internal.Inv($"; band {band.Label} ({band.Minimum}-{band.Maximum})"));
        }

        foreach (var cutOff in definition.CutOffs)
        {
            text.Append(Internal.Inv($"; cut-off {cutOff.Code} (≥ {cutOff.Threshold}) {(cutOffs.Contains(cutOff) ? "met" : "not met")}"));
        }

        foreach (var finding in findings)
        {
            text.Append(Internal.Inv($"; item {finding.ItemNumber} answered {finding.Answer} ≥ {finding.Threshold}: {finding.FlagCode} flag raised regardless of the total{(finding.RuleId is null ? string.Empty : " (" + finding.RuleId + ")")}"));
        }

        foreach (var item in unansweredCritical)
        {
            text.Append(Internal.Inv($"; critical item {item} unanswered: its flag could not be assessed"));
        }

        return text.Append('.').ToString();
    }
}
