using CounselingRecords.TreatmentPlans.Instruments;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CounselingRecords.TreatmentPlans.Tests.Instruments;

public sealed class InstrumentScoreProperties
{
    [Property(Arbitrary = [typeof(InstrumentArbitraries)], MaxTest = 300)]
    public bool Score_Phq9AnyValidAnswers_TotalWithinZeroToTwentySeven_AndBandHoldsIt(Phq9Answers answers)
    {
        var score = InstrumentScorer.Score(StandardInstruments.Phq9Default, answers.Values).Value;
        return score.Total >= 0 && score.Total <= 27 && score.Band!.Contains(score.Total)
            && score.SafetyFlag == (answers.Values[8] >= 1);
    }

    [Property(Arbitrary = [typeof(InstrumentArbitraries)], MaxTest = 300)]
    public bool Score_Gad7AnyValidAnswers_TotalWithinZeroToTwentyOne(Gad7Answers answers)
    {
        var score = InstrumentScorer.Score(StandardInstruments.Gad7Default, answers.Values).Value;
        return score.Total >= 0 && score.Total <= 21 && score.Band!.Contains(score.Total);
    }

    [Property(Arbitrary = [typeof(InstrumentArbitraries)], MaxTest = 300)]
    public bool Score_AnyDefinitionAndAnswers_TotalWithinTheDefinitionsRange_EvenWhenProrated(GeneratedInstrument instrument)
    {
        var result = InstrumentScorer.Score(instrument.Definition, instrument.Response, ScoringOptions.WithProrating);
        if (result.Failure)
        {
            // Only too many missing items may refuse; the generator never produces invalid answers.
            return result.Error.Code == TreatmentPlansErrorCodes.InstrumentItemsMissing;
        }

        var score = result.Value;
        return score.Total >= instrument.Definition.MinimumTotal && score.Total <= instrument.Definition.MaximumTotal
            && score.MinimumTotal == instrument.Definition.MinimumTotal && score.MaximumTotal == instrument.Definition.MaximumTotal;
    }
}

public sealed record Phq9Answers(int?[] Values);

public sealed record Gad7Answers(int?[] Values);

public sealed record GeneratedInstrument(InstrumentDefinition Definition, InstrumentResponse Response);

public static class InstrumentArbitraries
{
    public static Arbitrary<Phq9Answers> Phq9() =>
        Gen.Choose(0, 3).Select(v => (int?)v).ArrayOf(9).Select(a => new Phq9Answers(a)).ToArbitrary();

    public static Arbitrary<Gad7Answers> Gad7() =>
        Gen.Choose(0, 3).Select(v => (int?)v).ArrayOf(7).Select(a => new Gad7Answers(a)).ToArbitrary();

    public static Arbitrary<GeneratedInstrument> Instrument() =>
        (from count in Gen.Choose(1, 25)
         from minimum in Gen.Choose(0, 2)
         from width in Gen.Choose(1, 6)
         from prorate in Gen.Choose(0, Math.Max(0, count - 1))
         from answers in Gen.Choose(minimum, minimum + width).Select(v => (int?)v).ArrayOf(count)
         from missing in Gen.Elements(true, false, false, false).ArrayOf(count)
         select Build(count, minimum, width, prorate, answers, missing)).ToArbitrary();

    private static GeneratedInstrument Build(int count, int minimum, int width, int prorate, int?[] answers, bool[] missing)
    {
        var definition = new InstrumentDefinition(
            "GEN",
            "Generated (test data)",
            null,
            [.. Enumerable.Range(1, count).Select(n => new InstrumentItem(n, $"item {n}", minimum, minimum + width, scored: true))],
            [],
            [],
            [],
            prorate,
            null,
            "Test data");
        var given = answers.Select((a, i) => missing[i] ? null : a).ToArray();
        return new GeneratedInstrument(definition, InstrumentResponse.FromValues("GEN", given));
    }
}
