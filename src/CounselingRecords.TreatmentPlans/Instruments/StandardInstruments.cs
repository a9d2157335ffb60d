using System.Collections.Immutable;

namespace CounselingRecords.TreatmentPlans.Instruments;

/// <summary>
/// The PHQ-9 and GAD-7 exactly as R8.1–R8.4 state them. Both questionnaires are free to use (Pfizer); the item
/// labels are the published wording in short.
/// </summary>
public static class StandardInstruments
{
    /// <summary>The PHQ-9 instrument code.</summary>
    public const string Phq9Code = "PHQ-9";

    /// <summary>The GAD-7 instrument code.</summary>
    public const string Gad7Code = "GAD-7";

    /// <summary>LOINC 44261-6, the PHQ-9 total score.</summary>
    public const string Phq9Loinc = "44261-6";

    /// <summary>LOINC 70274-6, the GAD-7 total score.</summary>
    public const string Gad7Loinc = "70274-6";

    /// <summary>The PHQ-9 item that raises the safety flag (R8.2).</summary>
    public const int Phq9SafetyItem = 9;

    /// <summary>The flag code of the PHQ-9 item-9 safety flag.</summary>
    public const string SafetyFlagCode = "safety";

    private static readonly ImmutableArray<string> FrequencyAnswers =
        ["Not at all", "Several days", "More than half the days", "Nearly every day"];

    /// <summary>Gets the PHQ-9 with the default item-9 threshold (≥ 1).</summary>
    public static InstrumentDefinition Phq9Default { get; } = Phq9();

    /// <summary>Gets the GAD-7 with the default further-evaluation cut-off (≥ 10).</summary>
    public static InstrumentDefinition Gad7Default { get; } = Gad7();

    /// <summary>
    /// Creates the PHQ-9 (R8.1): nine items scored 0–3 over the last two weeks, total 0–27, bands 0–4 none/minimal,
    /// 5–9 mild, 10–14 moderate, 15–19 moderately severe, 20–27 severe; a total ≥ 10 screens for major depression
    /// (sensitivity and specificity 88 %); the tenth "difficulty" item is answered 0–3 but not scored. Item 9 at or
    /// above <paramref name="safetyFlagThreshold"/> raises the safety flag regardless of the total (R8.2). Up to two
    /// missing items may be prorated, only when the caller opts in (R8.4).
    /// </summary>
    /// <param name="safetyFlagThreshold">The lowest item-9 answer that raises the safety flag, 1–3 (default 1).</param>
    /// <returns>The definition.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The threshold is not 1–3.</exception>
    public static InstrumentDefinition Phq9(int safetyFlagThreshold = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(safetyFlagThreshold, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(safetyFlagThreshold, 3);
        string[] labels =
        [
            "Little interest or pleasure in doing things",
            "Feeling down, depressed, or hopeless",
            "Trouble falling or staying asleep, or sleeping too much",
            "Feeling tired or having little energy",
            "Poor appetite or overeating",
            "Feeling bad about yourself, or that you are a failure or have let yourself or your family down",
            "Trouble concentrating on things, such as reading the newspaper or watching television",
            "Moving or speaking so slowly that other people could have noticed, or the opposite: being so fidgety or restless that you have been moving around a lot more than usual",
            "Thoughts that you would be better off dead or of hurting yourself in some way",
        ];
        var items = labels.Select((label, i) => new InstrumentItem(i + 1, label, 0, 3, scored: true, FrequencyAnswers)).ToList();
        items.Add(new InstrumentItem(
            10,
            "If you checked off any problems, how difficult have these problems made it for you to do your work, take care of things at home, or get along with other people?",
            0,
            3,
            scored: false,
            ["Not difficult at all", "Somewhat difficult", "Very difficult", "Extremely difficult"]));
        return new InstrumentDefinition(
            Phq9Code,
            "Patient Health Questionnaire-9",
            Phq9Loinc,
            [.. items],
            [
                new SeverityBand("none-minimal", "None/minimal", 0, 4),
                new SeverityBand("mild", "Mild", 5, 9),
                new SeverityBand("moderate", "Moderate", 10, 14),
                new SeverityBand("moderately-severe", "Moderately severe", 15, 19),
                new SeverityBand("severe", "Severe", 20, 27),
            ],
            [
                new CriticalItemRule(
                    Phq9SafetyItem,
                    safetyFlagThreshold,
                    SafetyFlagCode,
                    "Item 9 (thoughts of being better off dead or of self-harm) was endorsed: same-day risk assessment and documentation are needed.",
                    "R8.2"),
            ],
            [new InstrumentCutOff("major-depression-screen", 10, "Total ≥ 10 detects major depression (sensitivity 88 %, specificity 88 %).", "R8.1")],
            maximumProratedItems: 2,
            "R8.1",
            "Kroenke, Spitzer & Williams, J Gen Intern Med 2001;16:606-613");
    }

    /// <summary>
    /// Creates the GAD-7 (R8.3): seven items scored 0–3, total 0–21, bands 0–4 minimal, 5–9 mild, 10–14 moderate,
    /// 15–21 severe; a total at or above <paramref name="furtherEvaluationCutOff"/> calls for further evaluation
    /// (≥ 10: sensitivity 89 %, specificity 82 %; a 2016 meta-analysis supports ≥ 8). Missing items are never
    /// prorated (R8.4 allows prorating for the PHQ-9 only).
    /// </summary>
    /// <param name="furtherEvaluationCutOff">The cut-off, 1–21 (default 10; 8 is the supported alternative).</param>
    /// <returns>The definition.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The cut-off is not 1–21.</exception>
    public static InstrumentDefinition Gad7(int furtherEvaluationCutOff = 10)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(furtherEvaluationCutOff, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(furtherEvaluationCutOff, 21);
        string[] labels =
        [
            "Feeling nervous, anxious, or on edge",
            "Not being able to stop or control worrying",
            "Worrying too much about different things",
            "Trouble relaxing",
            "Being so restless that it is hard to sit still",
            "Becoming easily annoyed or irritable",
            "Feeling afraid, as if something awful might happen",
        ];
        return new InstrumentDefinition(
            Gad7Code,
            "Generalized Anxiety Disorder-7",
            Gad7Loinc,
            [.. labels.Select((label, i) => new InstrumentItem(i + 1, label, 0, 3, scored: true, FrequencyAnswers))],
            [
                new SeverityBand("minimal", "Minimal", 0, 4),
                new SeverityBand("mild", "Mild", 5, 9),
                new SeverityBand("moderate", "Moderate", 10, 14),
                new SeverityBand("severe", "Severe", 15, 21),
            ],
            [],
            [
                new InstrumentCutOff(
                    "further-evaluation",
                    furtherEvaluationCutOff,
                    Internal.Inv($"Total ≥ {furtherEvaluationCutOff} calls for further evaluation for generalized anxiety disorder."),
                    "R8.3"),
            ],
            maximumProratedItems: 0,
            "R8.3",
            "Spitzer et al., Arch Intern Med 2006;166:1092-1097");
    }
}
