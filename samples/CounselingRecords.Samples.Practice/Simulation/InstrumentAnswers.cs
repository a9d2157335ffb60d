using CounselingRecords.TreatmentPlans.Instruments;

namespace CounselingRecords.Samples.Practice.Simulation;

/// <summary>Answers an instrument so that its total is a given score (the PHQ-9 safety item, item 9, always 0).</summary>
internal static class InstrumentAnswers
{
    public static InstrumentScore Score(string code, int total)
    {
        var definition = code == StandardInstruments.Phq9Code ? StandardInstruments.Phq9Default : StandardInstruments.Gad7Default;
        var answers = new int?[definition.Items.Length];
        for (var i = 0; i < answers.Length; i++)
        {
            var item = definition.Items[i];
            if (!item.Scored)
            {
                continue;
            }

            var safetyItem = code == StandardInstruments.Phq9Code && item.Number == 9;
            var answer = safetyItem ? 0 : Math.Min(3, total);
            answers[i] = answer;
            total -= answer;
        }

        return InstrumentScorer.Score(definition, answers).Value;
    }
}
