namespace CounselingRecords.Access;

/// <summary>
/// The answer of an access policy: allowed or denied, with the rule that decided and a reason a person can
/// read. An emergency ("break the glass") access is allowed but marked, so that it is always audited and
/// reviewed.
/// </summary>
public sealed class AccessDecision : IEquatable<AccessDecision>
{
    private AccessDecision(bool allowed, string ruleId, string reason, bool breakGlass)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(ruleId);
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        IsAllowed = allowed;
        RuleId = ruleId;
        Reason = reason;
        IsBreakGlass = breakGlass;
    }

    /// <summary>Gets a value indicating whether the action is allowed.</summary>
    public bool IsAllowed { get; }

    /// <summary>Gets the id of the rule that decided (a policy rule id or a regulation such as <c>R7.2</c>).</summary>
    public string RuleId { get; }

    /// <summary>Gets the reason, in words.</summary>
    public string Reason { get; }

    /// <summary>Gets a value indicating whether this is an emergency access that bypassed the normal rules.</summary>
    public bool IsBreakGlass { get; }

    /// <summary>Creates an allowing decision.</summary>
    /// <param name="ruleId">The rule that allowed.</param>
    /// <param name="reason">Why.</param>
    /// <returns>The decision.</returns>
    public static AccessDecision Allow(string ruleId, string reason) => new(true, ruleId, reason, false);

    /// <summary>Creates a denying decision.</summary>
    /// <param name="ruleId">The rule that denied.</param>
    /// <param name="reason">Why.</param>
    /// <returns>The decision.</returns>
    public static AccessDecision Deny(string ruleId, string reason) => new(false, ruleId, reason, false);

    /// <summary>Creates an emergency access decision, allowed with the reason the actor gave.</summary>
    /// <param name="ruleId">The rule that allows emergency access.</param>
    /// <param name="reason">The reason the actor gave.</param>
    /// <returns>The decision.</returns>
    public static AccessDecision AllowBreakGlass(string ruleId, string reason) => new(true, ruleId, reason, true);

    /// <inheritdoc />
    public bool Equals(AccessDecision? other) =>
        other is not null && IsAllowed == other.IsAllowed && RuleId == other.RuleId && Reason == other.Reason && IsBreakGlass == other.IsBreakGlass;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as AccessDecision);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(IsAllowed, RuleId, Reason, IsBreakGlass);

    /// <summary>Compares two decisions.</summary>
    /// <param name="left">The first decision.</param>
    /// <param name="right">The second decision.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(AccessDecision? left, AccessDecision? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two decisions.</summary>
    /// <param name="left">The first decision.</param>
    /// <param name="right">The second decision.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(AccessDecision? left, AccessDecision? right) => !(left == right);

    /// <inheritdoc />
    public override string ToString() => $"{(IsAllowed ? (IsBreakGlass ? "Allowed (break the glass)" : "Allowed") : "Denied")} by {RuleId}: {Reason}";
}
