using System.Collections.Immutable;
using CounselingRecords.Identity;
using CounselingRecords.Privacy;
using NodaTime;

namespace CounselingRecords.TreatmentPlans.Statuses;

/// <summary>
/// One change of a goal's or objective's status: from what to what, the date it took effect, when and by whom it
/// was recorded, what made it (a clinician, a revision, a rule), why, the rule id when a rule decided, the plan
/// version it happened under, and the measurements that were the evidence.
/// </summary>
[ProtectedHealthInformation]
public sealed record StatusChange
{
    /// <summary>Initializes a new instance of the <see cref="StatusChange"/> class.</summary>
    /// <param name="goal">The goal, when the change is a goal's.</param>
    /// <param name="objective">The objective, when the change is an objective's.</param>
    /// <param name="from">The status before.</param>
    /// <param name="to">The status after.</param>
    /// <param name="effectiveOn">The date the change took effect.</param>
    /// <param name="recordedAt">When it was recorded.</param>
    /// <param name="changedBy">The clinician who changed it or whose action triggered it.</param>
    /// <param name="source">What made the change.</param>
    /// <param name="reason">Why.</param>
    /// <param name="ruleId">The rule id, when a rule decided.</param>
    /// <param name="versionNumber">The plan version the change happened under.</param>
    /// <param name="evidence">The measurements the change rests on.</param>
    /// <exception cref="ArgumentException">Not exactly one of goal and objective is given, or the change is malformed.</exception>
    public StatusChange(
        GoalId? goal,
        ObjectiveId? objective,
        ProgressStatus from,
        ProgressStatus to,
        LocalDate effectiveOn,
        Instant recordedAt,
        ClinicianId changedBy,
        StatusChangeSource source,
        string reason,
        string? ruleId,
        int versionNumber,
        ImmutableArray<MeasurementId> evidence)
    {
        if ((goal is null) == (objective is null) || goal?.Value == Guid.Empty || objective?.Value == Guid.Empty)
        {
            throw new ArgumentException("A status change is about exactly one goal or one objective.", nameof(goal));
        }

        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(versionNumber);
        Goal = goal;
        Objective = objective;
        From = Internal.Defined(from, nameof(from));
        To = Internal.Defined(to, nameof(to));
        EffectiveOn = effectiveOn;
        RecordedAt = recordedAt;
        ChangedBy = Internal.NotEmpty(changedBy, nameof(changedBy));
        Source = Internal.Defined(source, nameof(source));
        Reason = Internal.Required(reason, nameof(reason));
        RuleId = ruleId;
        VersionNumber = versionNumber;
        Evidence = evidence.OrEmpty();
    }

    /// <summary>Gets the goal, when the change is a goal's.</summary>
    public GoalId? Goal { get; }

    /// <summary>Gets the objective, when the change is an objective's.</summary>
    public ObjectiveId? Objective { get; }

    /// <summary>Gets the status before.</summary>
    public ProgressStatus From { get; }

    /// <summary>Gets the status after.</summary>
    public ProgressStatus To { get; }

    /// <summary>Gets the date the change took effect.</summary>
    public LocalDate EffectiveOn { get; }

    /// <summary>Gets when it was recorded.</summary>
    public Instant RecordedAt { get; }

    /// <summary>Gets the clinician who changed it or whose action triggered it.</summary>
    public ClinicianId ChangedBy { get; }

    /// <summary>Gets what made the change.</summary>
    public StatusChangeSource Source { get; }

    /// <summary>Gets why.</summary>
    public string Reason { get; }

    /// <summary>Gets the rule id, when a rule decided.</summary>
    public string? RuleId { get; }

    /// <summary>Gets the plan version the change happened under.</summary>
    public int VersionNumber { get; }

    /// <summary>Gets the measurements the change rests on.</summary>
    public ImmutableArray<MeasurementId> Evidence { get; }

    /// <summary>Gets the text form of the goal or objective id.</summary>
    public string ElementKey => Goal?.ToString() ?? Objective!.Value.ToString();

    /// <inheritdoc />
    public bool Equals(StatusChange? other) =>
        other is not null && Goal == other.Goal && Objective == other.Objective && From == other.From && To == other.To
        && EffectiveOn == other.EffectiveOn && RecordedAt == other.RecordedAt && ChangedBy == other.ChangedBy && Source == other.Source
        && Reason == other.Reason && RuleId == other.RuleId && VersionNumber == other.VersionNumber && Internal.SequenceEquals(Evidence, other.Evidence);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Goal, Objective, To, EffectiveOn, RecordedAt);

    /// <inheritdoc />
    public override string ToString() => Internal.Inv($"StatusChange {ElementKey} {From}->{To}");
}
