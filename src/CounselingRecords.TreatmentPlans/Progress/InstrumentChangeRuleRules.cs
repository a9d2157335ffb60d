namespace CounselingRecords.TreatmentPlans.Progress;

/// <summary>The structural rules of an <see cref="InstrumentChangeRule"/>, shared by its constructor and its input validator.</summary>
internal static class InstrumentChangeRuleRules
{
    public static IEnumerable<(string Property, string Message)> Check(
        string? instrumentCode,
        ReliableChangeMethod method,
        decimal? reliableChangePoints,
        double? baselineStandardDeviation,
        double? reliability,
        double criticalZ,
        decimal? remissionBelow,
        bool remissionRequiresReliableImprovement,
        decimal? responseReductionPercent,
        decimal? minimumBaseline,
        string? ruleId,
        string? source)
    {
        if (string.IsNullOrWhiteSpace(instrumentCode))
        {
            yield return ("InstrumentCode", "A change rule names its instrument.");
        }

        if (string.IsNullOrWhiteSpace(ruleId) || string.IsNullOrWhiteSpace(source))
        {
            yield return ("RuleId", "A change rule names the rule id and source it rests on.");
        }

        switch (method)
        {
            case ReliableChangeMethod.FixedPoints:
                if (reliableChangePoints is not > 0m)
                {
                    yield return ("ReliableChangePoints", "A fixed-points rule needs a positive number of points.");
                }

                break;
            case ReliableChangeMethod.ReliableChangeIndex:
                if (baselineStandardDeviation is not > 0d || double.IsInfinity(baselineStandardDeviation.Value))
                {
                    yield return ("BaselineStandardDeviation", "A reliable change index needs a positive, finite baseline standard deviation.");
                }

                if (reliability is not (>= 0d and < 1d))
                {
                    yield return ("Reliability", "A reliable change index needs a reliability r with 0 ≤ r < 1.");
                }

                if (!(criticalZ > 0d) || double.IsInfinity(criticalZ))
                {
                    yield return ("CriticalZ", "The critical z must be positive and finite.");
                }

                break;
            default:
                yield return ("Method", "The reliable-change method is not defined.");
                break;
        }

        if (remissionBelow is <= 0m)
        {
            yield return ("RemissionBelow", "A remission threshold must be positive.");
        }

        if (remissionRequiresReliableImprovement && remissionBelow is null)
        {
            yield return ("RemissionRequiresReliableImprovement", "Only a rule with a remission threshold can require reliable improvement for it.");
        }

        if (responseReductionPercent is not null and (<= 0m or > 100m))
        {
            yield return ("ResponseReductionPercent", "A response percentage must be above 0 and at most 100.");
        }

        if (minimumBaseline is < 0m)
        {
            yield return ("MinimumBaseline", "A minimum baseline must not be negative.");
        }
    }
}
