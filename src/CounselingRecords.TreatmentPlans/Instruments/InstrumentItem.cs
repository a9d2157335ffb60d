using System.Collections.Immutable;

namespace CounselingRecords.TreatmentPlans.Instruments;

/// <summary>
/// One item (question) of an instrument: its number, a short label, the answer range and whether it counts
/// toward the total. The PHQ-9's tenth "difficulty" item is an unscored item (R8.1).
/// </summary>
public sealed record InstrumentItem
{
    /// <summary>Initializes a new instance of the <see cref="InstrumentItem"/> class.</summary>
    /// <param name="number">The item number, from 1.</param>
    /// <param name="label">A short label of the question.</param>
    /// <param name="minimumAnswer">The lowest valid answer, for example 0.</param>
    /// <param name="maximumAnswer">The highest valid answer, for example 3.</param>
    /// <param name="scored">Whether the answer counts toward the total.</param>
    /// <param name="answerLabels">Optional labels of the answers, one per value from <paramref name="minimumAnswer"/> upward.</param>
    public InstrumentItem(int number, string label, int minimumAnswer, int maximumAnswer, bool scored, ImmutableArray<string> answerLabels = default)
    {
        Number = number;
        Label = Internal.Required(label, nameof(label));
        MinimumAnswer = minimumAnswer;
        MaximumAnswer = maximumAnswer;
        Scored = scored;
        AnswerLabels = answerLabels.OrEmpty();
        if (AnswerLabels.Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException("Answer labels must not be blank.", nameof(answerLabels));
        }
    }

    /// <summary>Gets the item number, from 1.</summary>
    public int Number { get; }

    /// <summary>Gets a short label of the question.</summary>
    public string Label { get; }

    /// <summary>Gets the lowest valid answer.</summary>
    public int MinimumAnswer { get; }

    /// <summary>Gets the highest valid answer.</summary>
    public int MaximumAnswer { get; }

    /// <summary>Gets a value indicating whether the answer counts toward the total.</summary>
    public bool Scored { get; }

    /// <summary>Gets the labels of the answers, one per value from <see cref="MinimumAnswer"/> upward (may be empty).</summary>
    public ImmutableArray<string> AnswerLabels { get; }

    /// <summary>Returns whether <paramref name="answer"/> is within the answer range.</summary>
    /// <param name="answer">The answer.</param>
    /// <returns><see langword="true"/> when valid.</returns>
    public bool Accepts(int answer) => answer >= MinimumAnswer && answer <= MaximumAnswer;

    /// <inheritdoc />
    public bool Equals(InstrumentItem? other) =>
        other is not null && Number == other.Number && Label == other.Label && MinimumAnswer == other.MinimumAnswer
        && MaximumAnswer == other.MaximumAnswer && Scored == other.Scored && Internal.SequenceEquals(AnswerLabels, other.AnswerLabels);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Number, Label, MinimumAnswer, MaximumAnswer, Scored);
}
