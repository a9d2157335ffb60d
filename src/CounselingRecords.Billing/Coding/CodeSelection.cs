using System.Collections.Immutable;
using CounselingRecords.Results;

namespace CounselingRecords.Billing.Coding;

/// <summary>
/// The codes selected for one session, or why none can be: at most four lines held inline, the place of service
/// and the rule behind each decision. A value type that allocates nothing (read the lines with <see cref="Count"/> and the indexer); <see cref="Explain"/>,
/// <see cref="ToResult"/> and <see cref="ToImmutableArray"/> build the readable forms on demand.
/// </summary>
public readonly struct CodeSelection
{
    /// <summary>The most lines one selection holds.</summary>
    public const int MaximumLines = 4;

    private readonly CodeLine _l0;
    private readonly CodeLine _l1;
    private readonly CodeLine _l2;
    private readonly CodeLine _l3;

    private CodeSelection(
        in SessionFacts facts,
        CodeSelectionOutcome outcome,
        string? errorCode,
        string? ruleId,
        int limit,
        string? placeOfService,
        PlaceOfServiceBasis basis,
        in CodeLine l0,
        in CodeLine l1,
        in CodeLine l2,
        in CodeLine l3,
        int count)
    {
        Facts = facts;
        Outcome = outcome;
        ErrorCode = errorCode;
        RuleId = ruleId;
        Limit = limit;
        PlaceOfServiceCode = placeOfService;
        PlaceOfServiceBasis = basis;
        _l0 = l0;
        _l1 = l1;
        _l2 = l2;
        _l3 = l3;
        Count = count;
    }

    /// <summary>Gets the facts the selection was made from.</summary>
    public SessionFacts Facts { get; }

    /// <summary>Gets the outcome.</summary>
    public CodeSelectionOutcome Outcome { get; }

    /// <summary>Gets a value indicating whether the selection was refused.</summary>
    public bool IsRefused => Outcome == CodeSelectionOutcome.Refused;

    /// <summary>Gets the stable error code of a refusal (one of <see cref="BillingErrorCodes"/>), or <see langword="null"/>.</summary>
    public string? ErrorCode { get; }

    /// <summary>Gets the rule that refused, or <see langword="null"/>.</summary>
    public string? RuleId { get; }

    /// <summary>Gets the payer limit a refusal refers to (for example the maximum group size), or 0.</summary>
    public int Limit { get; }

    /// <summary>Gets the place-of-service code (R1.15), or <see langword="null"/> when refused.</summary>
    public string? PlaceOfServiceCode { get; }

    /// <summary>Gets why the place of service was chosen.</summary>
    public PlaceOfServiceBasis PlaceOfServiceBasis { get; }

    /// <summary>Gets the number of code lines.</summary>
    public int Count { get; }

    /// <summary>Gets the line at <paramref name="index"/>.</summary>
    /// <param name="index">The position, 0 to <see cref="Count"/> − 1.</param>
    /// <returns>The line.</returns>
    public CodeLine this[int index] => (uint)index < (uint)Count
        ? index switch { 0 => _l0, 1 => _l1, 2 => _l2, _ => _l3 }
        : throw new ArgumentOutOfRangeException(nameof(index));

    /// <summary>Copies the lines into an array.</summary>
    /// <returns>The lines.</returns>
    public ImmutableArray<CodeLine> ToImmutableArray()
    {
        var builder = ImmutableArray.CreateBuilder<CodeLine>(Count);
        for (var i = 0; i < Count; i++)
        {
            builder.Add(this[i]);
        }

        return builder.MoveToImmutable();
    }

    /// <summary>Returns the selection as a result: the selection itself, or the refusal as a <see cref="DomainError"/>.</summary>
    /// <returns>The result.</returns>
    public Result<CodeSelection> ToResult() => IsRefused ? Result<CodeSelection>.ForError(ToDomainError()) : Result<CodeSelection>.ForValue(this);

    /// <summary>Returns the refusal as a <see cref="DomainError"/>.</summary>
    /// <returns>The error.</returns>
    /// <exception cref="InvalidOperationException">The selection was not refused.</exception>
    public DomainError ToDomainError() => IsRefused
        ? new DomainError(ErrorCode!, CodingMessages.Refusal(Facts, ErrorCode!, Limit), RuleId)
        : throw new InvalidOperationException("Only a refused selection has an error.");

    /// <summary>Explains every decision: each code line, the place of service, or the refusal.</summary>
    /// <returns>One explanation per decision.</returns>
    public ImmutableArray<Explanation> Explain()
    {
        if (IsRefused)
        {
            return [new Explanation(RuleId, CodingMessages.Refusal(Facts, ErrorCode!, Limit))];
        }

        var builder = ImmutableArray.CreateBuilder<Explanation>(Count + 2);
        if (Outcome == CodeSelectionOutcome.EvaluationAndManagementOnly)
        {
            builder.Add(new Explanation("R1.6", $"{Facts.Minutes} psychotherapy minutes with an E/M are under 16: report the E/M code only, no psychotherapy add-on."));
        }

        for (var i = 0; i < Count; i++)
        {
            builder.Add(this[i].Explain());
        }

        builder.Add(new Explanation("R1.15", CodingMessages.PlaceOfService(Facts, PlaceOfServiceCode!, PlaceOfServiceBasis)));
        return builder.ToImmutable();
    }

    /// <summary>Formats the codes, for example <c>90834 × 1 [95], 90785 × 1 @ POS 10</c>, or the refusal code.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => IsRefused
        ? $"Refused: {ErrorCode} [{RuleId}]"
        : $"{string.Join(", ", ToImmutableArray())} @ POS {PlaceOfServiceCode}";

    internal static CodeSelection Refuse(in SessionFacts facts, string errorCode, string ruleId, int limit = 0) =>
        new(facts, CodeSelectionOutcome.Refused, errorCode, ruleId, limit, null, PlaceOfServiceBasis.None, default, default, default, default, 0);

    internal static CodeSelection Select(
        in SessionFacts facts,
        CodeSelectionOutcome outcome,
        string placeOfService,
        PlaceOfServiceBasis basis,
        in CodeLine l0,
        in CodeLine l1,
        in CodeLine l2,
        in CodeLine l3,
        int count) =>
        new(facts, outcome, null, null, 0, placeOfService, basis, l0, l1, l2, l3, count);
}
