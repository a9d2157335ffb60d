using CounselingRecords.Privacy;

namespace CounselingRecords.TreatmentPlans.Instruments;

/// <summary>
/// A completed questionnaire as received from outside (a portal, a tablet, a clinician entering answers): the
/// instrument code and the answered items. Unanswered items are absent. Checked by
/// <see cref="InstrumentResponseValidator"/> and scored by <see cref="InstrumentScorer"/>.
/// </summary>
[ProtectedHealthInformation]
public sealed record InstrumentResponse
{
    /// <summary>Gets the instrument code, for example <c>PHQ-9</c>.</summary>
    public string InstrumentCode { get; init; } = string.Empty;

    /// <summary>Gets the answered items.</summary>
    public IReadOnlyList<ItemAnswer> Answers { get; init; } = [];

    /// <summary>Creates a response from answers in item order; <see langword="null"/> marks an unanswered item.</summary>
    /// <param name="instrumentCode">The instrument code.</param>
    /// <param name="answers">The answers of items 1, 2, … in order.</param>
    /// <returns>The response.</returns>
    public static InstrumentResponse FromValues(string instrumentCode, params int?[] answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        return new InstrumentResponse
        {
            InstrumentCode = instrumentCode,
            Answers = [.. answers.Select((value, i) => (value, i)).Where(p => p.value is not null).Select(p => new ItemAnswer(p.i + 1, p.value!.Value))],
        };
    }

    /// <inheritdoc />
    public override string ToString() => Internal.Inv($"InstrumentResponse {InstrumentCode} ({Answers?.Count ?? 0} answers)");
}
