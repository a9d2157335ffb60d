using CounselingRecords.TreatmentPlans.Instruments;

namespace CounselingRecords.TreatmentPlans.Progress;

/// <summary>The progress presets that ship with the library (R8.5–R8.7). Each is data; hosts may build their own.</summary>
public static class ProgressPresets
{
    /// <summary>
    /// Gets the US preset (R8.5) for the PHQ-9: reliable change = 5 points (the MCID, 2 × SEM, Löwe et al. 2004),
    /// response = a drop of at least 50 % from baseline, remission = PHQ-9 &lt; 5, both assessed for a baseline
    /// above 9 (NCQA HEDIS DRR-E). R8.5 gives no GAD-7 thresholds; add a rule with <see cref="ProgressPreset.With"/>.
    /// </summary>
    public static ProgressPreset UnitedStates { get; } = new(
        "us-mcid-hedis",
        "US (PHQ-9 MCID, HEDIS response and remission)",
        [
            InstrumentChangeRule.FixedPoints(
                StandardInstruments.Phq9Code,
                reliableChangePoints: 5m,
                ruleId: "R8.5",
                source: "Löwe et al., Med Care 2004;42:1194-1201 (MCID 5); NCQA HEDIS DRR-E (response ≥ 50 %, remission < 5, baseline > 9)",
                remissionBelow: 5m,
                responseReductionPercent: 50m,
                minimumBaseline: 10m),
        ]);

    /// <summary>
    /// Gets the NHS Talking Therapies (IAPT) preset (R8.6): reliable improvement or deterioration = a change of at
    /// least 6 points on the PHQ-9 or 4 on the GAD-7; caseness = PHQ-9 ≥ 10 or GAD-7 ≥ 8; <see cref="ProgressClassification.Remitted"/>
    /// means reliable recovery: a case at baseline, below caseness at the end (on both measures when the paired score
    /// is known) and reliably improved. Reliable improvement counts only when the paired measure did not reliably
    /// deteriorate. No response rule. R8.6 rests on a secondary source; verify against the NHS Talking Therapies
    /// manual before relying on it.
    /// </summary>
    public static ProgressPreset UkTalkingTherapies { get; } = new(
        "uk-talking-therapies",
        "UK NHS Talking Therapies (IAPT)",
        [
            InstrumentChangeRule.FixedPoints(
                StandardInstruments.Phq9Code,
                reliableChangePoints: 6m,
                ruleId: "R8.6",
                source: "NHS Talking Therapies (IAPT) programme definitions (secondary summary; verify against the manual)",
                remissionBelow: 10m,
                minimumBaseline: 10m,
                remissionRequiresReliableImprovement: true,
                pairedInstrumentCode: StandardInstruments.Gad7Code),
            InstrumentChangeRule.FixedPoints(
                StandardInstruments.Gad7Code,
                reliableChangePoints: 4m,
                ruleId: "R8.6",
                source: "NHS Talking Therapies (IAPT) programme definitions (secondary summary; verify against the manual)",
                remissionBelow: 8m,
                minimumBaseline: 8m,
                remissionRequiresReliableImprovement: true,
                pairedInstrumentCode: StandardInstruments.Phq9Code),
        ]);

    /// <summary>
    /// Creates a general reliable change index preset (R8.7) from rules built with
    /// <see cref="InstrumentChangeRule.ReliableChangeIndex"/>; the SD and reliability come from the host's
    /// reference population.
    /// </summary>
    /// <param name="code">A stable code.</param>
    /// <param name="name">A name.</param>
    /// <param name="rules">The rules.</param>
    /// <returns>The preset.</returns>
    public static ProgressPreset ReliableChangeIndex(string code, string name, params InstrumentChangeRule[] rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        return new ProgressPreset(code, name, [.. rules]);
    }
}
