namespace CounselingRecords.Records.AccessControl;

/// <summary>An emergency access request: the reason category and a justification (written to the audit trail; no clinical content).</summary>
public sealed class BreakGlassRequest
{
    /// <summary>Initializes a new instance of the <see cref="BreakGlassRequest"/> class.</summary>
    /// <param name="reason">The reason category.</param>
    /// <param name="justification">The justification, without clinical content.</param>
    public BreakGlassRequest(BreakGlassReason reason, string? justification)
    {
        Reason = reason;
        Justification = justification;
    }

    /// <summary>Gets the reason category.</summary>
    public BreakGlassReason Reason { get; }

    /// <summary>Gets the justification.</summary>
    public string? Justification { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Reason}: {Justification}";
}
