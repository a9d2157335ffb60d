using System.Collections.Immutable;

namespace CounselingRecords.TreatmentPlans.Instruments;

/// <summary>
/// The structural rules of an instrument definition, shared by the <see cref="InstrumentDefinition"/>
/// constructor (which throws) and <see cref="InstrumentDefinitionInputValidator"/> (which reports codes).
/// </summary>
internal static class InstrumentDefinitionRules
{
    public static IEnumerable<(string Code, string Property, string Message)> Check(
        ImmutableArray<InstrumentItem> items,
        ImmutableArray<SeverityBand> bands,
        ImmutableArray<CriticalItemRule> criticalItems,
        ImmutableArray<InstrumentCutOff> cutOffs,
        int maximumProratedItems)
    {
        items = items.OrEmpty();
        bands = bands.OrEmpty();
        criticalItems = criticalItems.OrEmpty();
        cutOffs = cutOffs.OrEmpty();
        if (items.IsEmpty)
        {
            yield return (TreatmentPlansErrorCodes.InstrumentItemsInvalid, "Items", "An instrument needs at least one item.");
            yield break;
        }

        for (var i = 0; i < items.Length; i++)
        {
            if (items[i] is null)
            {
                yield return (TreatmentPlansErrorCodes.InstrumentItemsInvalid, "Items", "An item is missing.");
                yield break;
            }

            if (items[i].Number != i + 1)
            {
                yield return (TreatmentPlansErrorCodes.InstrumentItemsInvalid, "Items", Internal.Inv($"Items must be numbered 1..{items.Length} in order; position {i + 1} holds item {items[i].Number}."));
            }

            if (items[i].MinimumAnswer > items[i].MaximumAnswer || items[i].MinimumAnswer < 0)
            {
                yield return (TreatmentPlansErrorCodes.InstrumentItemsInvalid, "Items", Internal.Inv($"Item {items[i].Number} needs a non-negative answer range with minimum ≤ maximum."));
            }

            if (!items[i].AnswerLabels.IsEmpty && items[i].AnswerLabels.Length != items[i].MaximumAnswer - items[i].MinimumAnswer + 1)
            {
                yield return (TreatmentPlansErrorCodes.InstrumentItemsInvalid, "Items", Internal.Inv($"Item {items[i].Number} needs one answer label per answer value."));
            }
        }

        var scored = items.Count(item => item.Scored);
        if (scored == 0)
        {
            yield return (TreatmentPlansErrorCodes.InstrumentItemsInvalid, "Items", "At least one item must be scored.");
            yield break;
        }

        var minimum = items.Where(item => item.Scored).Sum(item => item.MinimumAnswer);
        var maximum = items.Where(item => item.Scored).Sum(item => item.MaximumAnswer);

        if (!bands.IsEmpty)
        {
            if (bands.Any(b => b is null))
            {
                yield return (TreatmentPlansErrorCodes.InstrumentBandsInvalid, "Bands", "A band is missing.");
                yield break;
            }

            var expected = minimum;
            foreach (var band in bands)
            {
                if (band.Minimum != expected || band.Maximum < band.Minimum)
                {
                    yield return (TreatmentPlansErrorCodes.InstrumentBandsInvalid, "Bands", Internal.Inv($"Band '{band.Code}' must start at {expected} and end at or after its start; bands run in order without gaps or overlaps."));
                    yield break;
                }

                expected = band.Maximum + 1;
            }

            if (expected != maximum + 1)
            {
                yield return (TreatmentPlansErrorCodes.InstrumentBandsInvalid, "Bands", Internal.Inv($"The bands must end at the highest total, {maximum}."));
            }

            if (bands.Select(b => b.Code).Distinct(StringComparer.Ordinal).Count() != bands.Length)
            {
                yield return (TreatmentPlansErrorCodes.InstrumentBandsInvalid, "Bands", "Band codes must be unique.");
            }
        }

        foreach (var rule in criticalItems)
        {
            if (rule is null)
            {
                yield return (TreatmentPlansErrorCodes.InstrumentThresholdInvalid, "CriticalItems", "A critical-item rule is missing.");
                continue;
            }

            if (rule.ItemNumber < 1 || rule.ItemNumber > items.Length)
            {
                yield return (TreatmentPlansErrorCodes.InstrumentThresholdInvalid, "CriticalItems", Internal.Inv($"Critical item {rule.ItemNumber} is not an item of the instrument."));
            }
            else
            {
                var item = items[rule.ItemNumber - 1];
                if (rule.Threshold <= item.MinimumAnswer || rule.Threshold > item.MaximumAnswer)
                {
                    yield return (TreatmentPlansErrorCodes.InstrumentThresholdInvalid, "CriticalItems", Internal.Inv($"The threshold of critical item {rule.ItemNumber} must be above {item.MinimumAnswer} and at most {item.MaximumAnswer}."));
                }
            }
        }

        foreach (var cutOff in cutOffs)
        {
            if (cutOff is null)
            {
                yield return (TreatmentPlansErrorCodes.InstrumentThresholdInvalid, "CutOffs", "A cut-off is missing.");
                continue;
            }

            if (cutOff.Threshold <= minimum || cutOff.Threshold > maximum)
            {
                yield return (TreatmentPlansErrorCodes.InstrumentThresholdInvalid, "CutOffs", Internal.Inv($"Cut-off '{cutOff.Code}' must be above {minimum} and at most {maximum}."));
            }
        }

        if (cutOffs.Where(c => c is not null).Select(c => c.Code).Distinct(StringComparer.Ordinal).Count() != cutOffs.Count(c => c is not null))
        {
            yield return (TreatmentPlansErrorCodes.InstrumentThresholdInvalid, "CutOffs", "Cut-off codes must be unique.");
        }

        if (maximumProratedItems < 0 || maximumProratedItems >= scored)
        {
            yield return (TreatmentPlansErrorCodes.InstrumentItemsInvalid, "MaximumProratedItems", Internal.Inv($"At most {scored - 1} missing items can be prorated; 0 turns prorating off."));
        }
    }
}
