using System.Collections.Immutable;
using CounselingRecords.Privacy;

namespace CounselingRecords.TreatmentPlans.Instruments;

/// <summary>
/// A scored questionnaire: the total, the severity band, the cut-offs met, the critical-item flags (the PHQ-9
/// safety flag, R8.2, kept separate from the band), whether missing items were prorated (R8.4), and a sentence
/// that explains the result. Produced by <see cref="InstrumentScorer"/>.
/// </summary>
[ProtectedHealthInformation]
public sealed record InstrumentScore
{
    /// <summary>Initializes a new instance of the <see cref="InstrumentScore"/> class.</summary>
    /// <param name="instrumentCode">The instrument code.</param>
    /// <param name="total">The total.</param>
    /// <param name="minimumTotal">The lowest possible total.</param>
    /// <param name="maximumTotal">The highest possible total.</param>
    /// <param name="band">The severity band, if the instrument has bands.</param>
    /// <param name="cutOffsMet">The cut-offs the total meets.</param>
    /// <param name="criticalFindings">The critical items that raised their flag.</param>
    /// <param name="missingItems">The scored items left unanswered (only when prorated).</param>
    /// <param name="unansweredCriticalItems">Critical items left unanswered, whose flag could not be assessed.</param>
    /// <param name="prorated">Whether the total was prorated.</param>
    /// <param name="answers">The answers scored.</param>
    /// <param name="ruleId">The scoring rule.</param>
    /// <param name="explanation">A sentence explaining the result.</param>
    /// <exception cref="ArgumentException">The total is outside the range, or a prorated score lists no missing items.</exception>
    public InstrumentScore(
        string instrumentCode,
        int total,
        int minimumTotal,
        int maximumTotal,
        SeverityBand? band,
        ImmutableArray<InstrumentCutOff> cutOffsMet,
        ImmutableArray<CriticalItemFinding> criticalFindings,
        ImmutableArray<int> missingItems,
        ImmutableArray<int> unansweredCriticalItems,
        bool prorated,
        ImmutableArray<ItemAnswer> answers,
        string? ruleId,
        string explanation)
    {
        InstrumentCode = Internal.Required(instrumentCode, nameof(instrumentCode));
        if (minimumTotal > maximumTotal || total < minimumTotal || total > maximumTotal)
        {
            throw new ArgumentOutOfRangeException(nameof(total), "The total is outside the instrument's range.");
        }

        if (band is not null && !band.Contains(total))
        {
            throw new ArgumentException("The band does not hold the total.", nameof(band));
        }

        MissingItems = missingItems.OrEmpty();
        if (prorated == MissingItems.IsEmpty)
        {
            throw new ArgumentException("A prorated score lists its missing items; a complete score lists none.", nameof(missingItems));
        }

        Total = total;
        MinimumTotal = minimumTotal;
        MaximumTotal = maximumTotal;
        Band = band;
        CutOffsMet = cutOffsMet.OrEmpty();
        CriticalFindings = criticalFindings.OrEmpty();
        UnansweredCriticalItems = unansweredCriticalItems.OrEmpty();
        Prorated = prorated;
        Answers = answers.OrEmpty();
        RuleId = ruleId;
        Explanation = Internal.Required(explanation, nameof(explanation));
    }

    /// <summary>Gets the instrument code.</summary>
    public string InstrumentCode { get; }

    /// <summary>Gets the total.</summary>
    public int Total { get; }

    /// <summary>Gets the lowest possible total.</summary>
    public int MinimumTotal { get; }

    /// <summary>Gets the highest possible total.</summary>
    public int MaximumTotal { get; }

    /// <summary>Gets the severity band, if the instrument has bands.</summary>
    public SeverityBand? Band { get; }

    /// <summary>Gets the cut-offs the total meets.</summary>
    public ImmutableArray<InstrumentCutOff> CutOffsMet { get; }

    /// <summary>Gets the critical items that raised their flag.</summary>
    public ImmutableArray<CriticalItemFinding> CriticalFindings { get; }

    /// <summary>Gets the scored items left unanswered (non-empty only when prorated).</summary>
    public ImmutableArray<int> MissingItems { get; }

    /// <summary>Gets the critical items left unanswered, whose flag could not be assessed.</summary>
    public ImmutableArray<int> UnansweredCriticalItems { get; }

    /// <summary>Gets a value indicating whether the total was prorated (R8.4, opt-in).</summary>
    public bool Prorated { get; }

    /// <summary>Gets the answers scored.</summary>
    public ImmutableArray<ItemAnswer> Answers { get; }

    /// <summary>Gets the scoring rule.</summary>
    public string? RuleId { get; }

    /// <summary>Gets a sentence explaining the result.</summary>
    public string Explanation { get; }

    /// <summary>Gets a value indicating whether a critical item raised the safety flag (R8.2), independent of the band.</summary>
    public bool SafetyFlag => CriticalFindings.Any(f => f.FlagCode == StandardInstruments.SafetyFlagCode);

    /// <summary>Gets a value indicating whether any critical item raised its flag.</summary>
    public bool AnyCriticalFlag => !CriticalFindings.IsEmpty;

    /// <summary>Returns whether the cut-off with the given code is met.</summary>
    /// <param name="cutOffCode">The cut-off code.</param>
    /// <returns><see langword="true"/> when met.</returns>
    public bool MeetsCutOff(string cutOffCode) => CutOffsMet.Any(c => c.Code == cutOffCode);

    /// <inheritdoc />
    public bool Equals(InstrumentScore? other) =>
        other is not null && InstrumentCode == other.InstrumentCode && Total == other.Total && MinimumTotal == other.MinimumTotal
        && MaximumTotal == other.MaximumTotal && Band == other.Band && Internal.SequenceEquals(CutOffsMet, other.CutOffsMet)
        && Internal.SequenceEquals(CriticalFindings, other.CriticalFindings) && Internal.SequenceEquals(MissingItems, other.MissingItems)
        && Internal.SequenceEquals(UnansweredCriticalItems, other.UnansweredCriticalItems) && Prorated == other.Prorated
        && Internal.SequenceEquals(Answers, other.Answers) && RuleId == other.RuleId && Explanation == other.Explanation;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(InstrumentCode, Total, Prorated, CriticalFindings.Length);

    /// <inheritdoc />
    public override string ToString() => Internal.Inv($"InstrumentScore {InstrumentCode}");
}
