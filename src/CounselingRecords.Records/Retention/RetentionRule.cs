using NodaTime;

namespace CounselingRecords.Records.Retention;

/// <summary>
/// One retention rule as data: keep records for <see cref="Period"/> after an <see cref="Anchor"/> date, for every
/// client or for clients who were minors at their last service only (R7.11).
/// </summary>
public sealed class RetentionRule
{
    /// <summary>Initializes a new instance of the <see cref="RetentionRule"/> class.</summary>
    /// <param name="id">A stable id, for example <c>apa.after-last-service</c>.</param>
    /// <param name="description">What it says, in words.</param>
    /// <param name="citation">The source (statute, guideline) and rule id.</param>
    /// <param name="anchor">The date the period counts from.</param>
    /// <param name="period">How long to keep the record after the anchor (years, months or days).</param>
    /// <param name="minorsOnly">Whether it applies only to a client who was a minor at the last service.</param>
    public RetentionRule(string id, string description, string citation, RetentionAnchor anchor, Period period, bool minorsOnly)
    {
        Id = id;
        Description = description;
        Citation = citation;
        Anchor = anchor;
        Period = period;
        MinorsOnly = minorsOnly;
    }

    /// <summary>Gets the id.</summary>
    public string Id { get; }

    /// <summary>Gets the description.</summary>
    public string Description { get; }

    /// <summary>Gets the citation.</summary>
    public string Citation { get; }

    /// <summary>Gets the anchor.</summary>
    public RetentionAnchor Anchor { get; }

    /// <summary>Gets the retention period.</summary>
    public Period Period { get; }

    /// <summary>Gets a value indicating whether it applies to minors only.</summary>
    public bool MinorsOnly { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Id}: {Description}";
}
