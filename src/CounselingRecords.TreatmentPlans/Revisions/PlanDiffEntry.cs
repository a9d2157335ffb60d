using System.Collections.Immutable;

namespace CounselingRecords.TreatmentPlans.Revisions;

/// <summary>
/// One difference between two plan versions: which element (kind and id), how it differs, the element it
/// belongs to in the version where it is found (the later one unless removed), and for a change the names of the
/// fields that differ. It names ids and field names only; the texts are in the versions.
/// </summary>
public sealed record PlanDiffEntry
{
    /// <summary>Initializes a new instance of the <see cref="PlanDiffEntry"/> class.</summary>
    /// <param name="elementKind">The kind of element.</param>
    /// <param name="elementId">The element's id (text form), or the plan's id for <see cref="PlanElementKind.Plan"/>.</param>
    /// <param name="change">How it differs.</param>
    /// <param name="parentId">The id of the element it belongs to, if any.</param>
    /// <param name="changedFields">The fields that differ (changes only).</param>
    public PlanDiffEntry(PlanElementKind elementKind, string elementId, PlanChangeKind change, string? parentId, ImmutableArray<string> changedFields)
    {
        ElementKind = Internal.Defined(elementKind, nameof(elementKind));
        ElementId = Internal.Required(elementId, nameof(elementId));
        Change = Internal.Defined(change, nameof(change));
        ParentId = parentId;
        ChangedFields = changedFields.OrEmpty();
        if ((change == PlanChangeKind.Changed) == ChangedFields.IsEmpty)
        {
            throw new ArgumentException("A change names the fields that differ; an addition or removal names none.", nameof(changedFields));
        }
    }

    /// <summary>Gets the kind of element.</summary>
    public PlanElementKind ElementKind { get; }

    /// <summary>Gets the element's id (text form).</summary>
    public string ElementId { get; }

    /// <summary>Gets how it differs.</summary>
    public PlanChangeKind Change { get; }

    /// <summary>Gets the id of the element it belongs to, if any.</summary>
    public string? ParentId { get; }

    /// <summary>Gets the fields that differ (changes only).</summary>
    public ImmutableArray<string> ChangedFields { get; }

    /// <inheritdoc />
    public bool Equals(PlanDiffEntry? other) =>
        other is not null && ElementKind == other.ElementKind && ElementId == other.ElementId && Change == other.Change
        && ParentId == other.ParentId && Internal.SequenceEquals(ChangedFields, other.ChangedFields);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(ElementKind, ElementId, Change);

    /// <inheritdoc />
    public override string ToString() =>
        Internal.Inv($"{Change} {ElementKind} {ElementId}{(ChangedFields.IsEmpty ? string.Empty : " [" + string.Join(", ", ChangedFields) + "]")}");
}
