using System.Collections.Immutable;
using System.Globalization;
using CounselingRecords.Integrity;

namespace CounselingRecords.Records.Clinical;

/// <summary>Canonical encodings of the clinical values shared by several records (ADR 0010).</summary>
internal static class CanonicalClinical
{
    public static void Write(CanonicalForm form, RiskAssessment risk) =>
        form.Add("suicidal_ideation", risk.SuicidalIdeation.ToString())
            .Add("self_harm", risk.SelfHarm.ToString())
            .Add("homicidal_ideation", risk.HomicidalIdeation.ToString())
            .Add("level", risk.Level.ToString())
            .Add("protective_factors", risk.ProtectiveFactors)
            .Add("safety_plan", risk.SafetyPlan);

    public static void Write(CanonicalForm form, ImmutableArray<Diagnosis> diagnoses)
    {
        form.Add("count", diagnoses.Length);
        for (var i = 0; i < diagnoses.Length; i++)
        {
            form.Add(Item(i, "code"), diagnoses[i].Code.Value).Add(Item(i, "primary"), diagnoses[i].IsPrimary);
        }
    }

    public static void Write(CanonicalForm form, ImmutableArray<SessionMeasurement> measurements)
    {
        form.Add("count", measurements.Length);
        for (var i = 0; i < measurements.Length; i++)
        {
            form.Add(Item(i, "instrument"), measurements[i].Instrument).Add(Item(i, "score"), measurements[i].Score);
        }
    }

    public static string Item(int index, string name) => string.Create(CultureInfo.InvariantCulture, $"[{index}].{name}");
}
