using CounselingRecords.Privacy;

namespace CounselingRecords.TreatmentPlans.Progress;

/// <summary>
/// What a progress evaluation compares: the baseline and final scores on one instrument, optionally the paired
/// instrument's baseline and final scores (R8.6), and whether the final administration raised the safety flag
/// (R8.2, reported beside the classification, never changing it).
/// </summary>
[ProtectedHealthInformation]
public sealed record ProgressInput
{
    /// <summary>Initializes a new instance of the <see cref="ProgressInput"/> class.</summary>
    /// <param name="instrumentCode">The instrument.</param>
    /// <param name="baseline">The baseline score.</param>
    /// <param name="final">The latest score.</param>
    /// <param name="pairedBaseline">The paired instrument's baseline score, if known.</param>
    /// <param name="pairedFinal">The paired instrument's score at the same time as <paramref name="final"/>, if known.</param>
    /// <param name="safetyFlag">Whether the final administration raised the safety flag.</param>
    /// <exception cref="ArgumentException">Only one of the paired scores is given.</exception>
    public ProgressInput(string instrumentCode, ScorePoint baseline, ScorePoint final, ScorePoint? pairedBaseline, ScorePoint? pairedFinal, bool safetyFlag)
    {
        InstrumentCode = Internal.Required(instrumentCode, nameof(instrumentCode));
        Baseline = baseline ?? throw new ArgumentNullException(nameof(baseline));
        Final = final ?? throw new ArgumentNullException(nameof(final));
        if ((pairedBaseline is null) != (pairedFinal is null))
        {
            throw new ArgumentException("Give both paired scores or neither.", nameof(pairedFinal));
        }

        PairedBaseline = pairedBaseline;
        PairedFinal = pairedFinal;
        SafetyFlag = safetyFlag;
    }

    /// <summary>Gets the instrument.</summary>
    public string InstrumentCode { get; }

    /// <summary>Gets the baseline score.</summary>
    public ScorePoint Baseline { get; }

    /// <summary>Gets the latest score.</summary>
    public ScorePoint Final { get; }

    /// <summary>Gets the paired instrument's baseline score, if known.</summary>
    public ScorePoint? PairedBaseline { get; }

    /// <summary>Gets the paired instrument's latest score, if known.</summary>
    public ScorePoint? PairedFinal { get; }

    /// <summary>Gets a value indicating whether the final administration raised the safety flag.</summary>
    public bool SafetyFlag { get; }

    /// <summary>Creates an input from two numbers, without dates or measurement ids.</summary>
    /// <param name="instrumentCode">The instrument.</param>
    /// <param name="baseline">The baseline score.</param>
    /// <param name="final">The latest score.</param>
    /// <returns>The input.</returns>
    public static ProgressInput Of(string instrumentCode, decimal baseline, decimal final) =>
        new(instrumentCode, new ScorePoint(baseline, null, null), new ScorePoint(final, null, null), null, null, safetyFlag: false);

    /// <summary>Returns this input with paired scores.</summary>
    /// <param name="pairedBaseline">The paired baseline score.</param>
    /// <param name="pairedFinal">The paired latest score.</param>
    /// <returns>The new input.</returns>
    public ProgressInput WithPaired(decimal pairedBaseline, decimal pairedFinal) =>
        new(InstrumentCode, Baseline, Final, new ScorePoint(pairedBaseline, null, null), new ScorePoint(pairedFinal, null, null), SafetyFlag);

    /// <inheritdoc />
    public override string ToString() => Internal.Inv($"ProgressInput {InstrumentCode}");
}
