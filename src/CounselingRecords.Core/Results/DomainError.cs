using System.Collections.Immutable;
using System.Text;

namespace CounselingRecords.Results;

/// <summary>
/// An expected business outcome that stops an operation: a refused transition, a booking conflict, an
/// invalid input. <see cref="Code"/> is stable across releases (hosts switch on it and translate it);
/// <see cref="Message"/> is for people and may change. Messages name ids and rules, never clinical content.
/// </summary>
public sealed class DomainError : IEquatable<DomainError>
{
    /// <summary>Initializes a new instance of the <see cref="DomainError"/> class.</summary>
    /// <param name="code">The stable code, lowercase dotted (<c>area.concept.reason</c>).</param>
    /// <param name="message">A sentence for people.</param>
    /// <param name="ruleId">The rule that decided, for example <c>R7.6</c>, if any.</param>
    /// <param name="target">The input field or record the error is about (a property path or an id), if any.</param>
    /// <param name="details">Further errors that make up this one (for example each failed validation rule).</param>
    public DomainError(string code, string message, string? ruleId = null, string? target = null, ImmutableArray<DomainError> details = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        ArgumentException.ThrowIfNullOrWhiteSpace(message);
        Code = code;
        Message = message;
        RuleId = ruleId;
        Target = target;
        Details = details.IsDefault ? ImmutableArray<DomainError>.Empty : details;
    }

    /// <summary>Gets the stable code.</summary>
    public string Code { get; }

    /// <summary>Gets the human-readable sentence.</summary>
    public string Message { get; }

    /// <summary>Gets the id of the rule that decided, for example <c>R7.6</c>.</summary>
    public string? RuleId { get; }

    /// <summary>Gets the input field path or record id the error is about.</summary>
    public string? Target { get; }

    /// <summary>Gets the errors that make up this one.</summary>
    public ImmutableArray<DomainError> Details { get; }

    /// <summary>Returns a copy that names the given target.</summary>
    /// <param name="target">The field path or record id.</param>
    /// <returns>The copy.</returns>
    public DomainError WithTarget(string target) => new(Code, Message, RuleId, target, Details);

    /// <summary>Throws a <see cref="DomainException"/> carrying this error.</summary>
    /// <returns>Never returns.</returns>
    /// <exception cref="DomainException">Always.</exception>
    public DomainException ToException() => new(this);

    /// <inheritdoc />
    public bool Equals(DomainError? other) =>
        other is not null
        && Code == other.Code
        && Message == other.Message
        && RuleId == other.RuleId
        && Target == other.Target
        && Details.SequenceEqual(other.Details);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as DomainError);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Code, Message, RuleId, Target, Details.Length);

    /// <summary>Compares two errors.</summary>
    /// <param name="left">The first error.</param>
    /// <param name="right">The second error.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(DomainError? left, DomainError? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two errors.</summary>
    /// <param name="left">The first error.</param>
    /// <param name="right">The second error.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(DomainError? left, DomainError? right) => !(left == right);

    /// <summary>Formats as <c>code: message [rule] (target)</c>, with details indented.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var builder = new StringBuilder();
        Append(builder, this, 0);
        return builder.ToString();
    }

    private static void Append(StringBuilder builder, DomainError error, int depth)
    {
        builder.Append(' ', depth * 2).Append(error.Code).Append(": ").Append(error.Message);
        if (error.RuleId is not null)
        {
            builder.Append(" [").Append(error.RuleId).Append(']');
        }

        if (error.Target is not null)
        {
            builder.Append(" (").Append(error.Target).Append(')');
        }

        foreach (var detail in error.Details)
        {
            builder.AppendLine();
            Append(builder, detail, depth + 1);
        }
    }
}
