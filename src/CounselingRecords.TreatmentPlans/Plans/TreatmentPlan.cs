using System.Collections.Immutable;
using CounselingRecords.Identity;
using CounselingRecords.Privacy;
using CounselingRecords.Storage;
using CounselingRecords.TreatmentPlans.Measurements;
using CounselingRecords.TreatmentPlans.Reviews;
using CounselingRecords.TreatmentPlans.Sessions;
using CounselingRecords.TreatmentPlans.Statuses;
using NodaTime;

namespace CounselingRecords.TreatmentPlans.Plans;

/// <summary>
/// A client's treatment plan: immutable versions of problems, goals, objectives and interventions (revised,
/// never edited in place, R7.7), signatures per version (R7.6), the status history of every goal and objective,
/// the measurements recorded against it and the progress they show (R8), the session notes that worked on each
/// objective, and its review schedule (R7.13). Every verb returns a new plan.
/// </summary>
[ProtectedHealthInformation]
public sealed partial class TreatmentPlan : IAggregateRoot<TreatmentPlan>
{
    /// <summary>Initializes a new instance of the <see cref="TreatmentPlan"/> class from its stored state.</summary>
    /// <param name="id">The plan id.</param>
    /// <param name="clientId">The client.</param>
    /// <param name="version">The storage version (0 when never saved).</param>
    /// <param name="reviewCadence">The review cadence that applies.</param>
    /// <param name="versions">The plan versions, numbered 1..n.</param>
    /// <param name="statusHistory">Every status change of a goal or objective, in the order recorded.</param>
    /// <param name="measurements">The measurements recorded.</param>
    /// <param name="sessions">The session notes linked to objectives.</param>
    /// <param name="reviews">The reviews that kept the plan unchanged.</param>
    /// <param name="materialChanges">The material changes recorded.</param>
    /// <param name="closure">The closure, when the plan is closed.</param>
    /// <exception cref="ArgumentException">The state is not consistent (see the remarks of each property).</exception>
    public TreatmentPlan(
        TreatmentPlanId id,
        ClientId clientId,
        long version,
        ReviewCadence reviewCadence,
        ImmutableArray<TreatmentPlanVersion> versions,
        ImmutableArray<StatusChange> statusHistory,
        ImmutableArray<PlanMeasurement> measurements,
        ImmutableArray<SessionLink> sessions,
        ImmutableArray<PlanReview> reviews,
        ImmutableArray<MaterialChange> materialChanges,
        PlanClosure? closure)
    {
        Id = Internal.NotEmpty(id, nameof(id));
        ClientId = Internal.NotEmpty(clientId, nameof(clientId));
        ArgumentOutOfRangeException.ThrowIfNegative(version);
        Version = version;
        ReviewCadence = reviewCadence ?? throw new ArgumentNullException(nameof(reviewCadence));
        Versions = versions.OrEmpty();
        StatusHistory = statusHistory.OrEmpty();
        Measurements = measurements.OrEmpty();
        Sessions = sessions.OrEmpty();
        Reviews = reviews.OrEmpty();
        MaterialChanges = materialChanges.OrEmpty();
        Closure = closure;
        CheckVersions();
        CheckHistory();
        (NextReviewDue, NextReviewReason) = ComputeNextReview();
    }

    /// <summary>Gets the plan id.</summary>
    public TreatmentPlanId Id { get; }

    /// <summary>Gets the client.</summary>
    public ClientId ClientId { get; }

    /// <inheritdoc />
    public string Key => Id.ToString();

    /// <inheritdoc />
    public long Version { get; }

    /// <summary>Gets the review cadence that applies.</summary>
    public ReviewCadence ReviewCadence { get; }

    /// <summary>Gets the plan versions, numbered 1..n; the last is the current one.</summary>
    public ImmutableArray<TreatmentPlanVersion> Versions { get; }

    /// <summary>Gets every status change of a goal or objective, in the order recorded.</summary>
    public ImmutableArray<StatusChange> StatusHistory { get; }

    /// <summary>Gets the measurements recorded.</summary>
    public ImmutableArray<PlanMeasurement> Measurements { get; }

    /// <summary>Gets the session notes linked to objectives.</summary>
    public ImmutableArray<SessionLink> Sessions { get; }

    /// <summary>Gets the reviews that kept the plan unchanged.</summary>
    public ImmutableArray<PlanReview> Reviews { get; }

    /// <summary>Gets the material changes recorded.</summary>
    public ImmutableArray<MaterialChange> MaterialChanges { get; }

    /// <summary>Gets the closure, when the plan is closed.</summary>
    public PlanClosure? Closure { get; }

    /// <summary>Gets whether the plan is active or closed.</summary>
    public PlanStatus Status => Closure is null ? PlanStatus.Active : PlanStatus.Closed;

    /// <summary>Gets the current (latest) version.</summary>
    public TreatmentPlanVersion CurrentVersion => Versions[^1];

    /// <summary>
    /// Gets the date the next review is due (R7.13), or <see langword="null"/> for a closed plan. Stored with the
    /// plan so storage can index it; <see cref="Specifications.PlansDueForReviewSpec"/> filters on it.
    /// </summary>
    public LocalDate? NextReviewDue { get; }

    /// <summary>Gets why the next review is due, or <see langword="null"/> for a closed plan.</summary>
    public ReviewDueReason? NextReviewReason { get; }

    /// <inheritdoc />
    public TreatmentPlan WithVersion(long version) =>
        new(Id, ClientId, version, ReviewCadence, Versions, StatusHistory, Measurements, Sessions, Reviews, MaterialChanges, Closure);

    /// <summary>Finds a version by number.</summary>
    /// <param name="number">The version number.</param>
    /// <returns>The version, or <see langword="null"/>.</returns>
    public TreatmentPlanVersion? FindVersion(int number) => number >= 1 && number <= Versions.Length ? Versions[number - 1] : null;

    /// <summary>Returns the version in effect on a date: the latest version whose effective date is on or before it.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The version, or <see langword="null"/> before the plan took effect.</returns>
    public TreatmentPlanVersion? VersionInEffectOn(LocalDate date) => Versions.LastOrDefault(v => v.EffectiveOn <= date);

    /// <summary>Returns the SHA-256 of a version's canonical content, as a signature records it (R7.6).</summary>
    /// <param name="versionNumber">The version.</param>
    /// <returns>64 lowercase hex digits.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The version does not exist.</exception>
    public string ContentHashOf(int versionNumber) =>
        PlanContentHash.Compute(Id, ClientId, FindVersion(versionNumber) ?? throw new ArgumentOutOfRangeException(nameof(versionNumber)));

    /// <summary>Returns the ids only: the plan and the client.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Internal.Inv($"TreatmentPlan {Id} (client {ClientId})");

    private TreatmentPlan With(
        ImmutableArray<TreatmentPlanVersion>? versions = null,
        ImmutableArray<StatusChange>? statusHistory = null,
        ImmutableArray<PlanMeasurement>? measurements = null,
        ImmutableArray<SessionLink>? sessions = null,
        ImmutableArray<PlanReview>? reviews = null,
        ImmutableArray<MaterialChange>? materialChanges = null,
        ReviewCadence? reviewCadence = null,
        PlanClosure? closure = null) =>
        new(
            Id,
            ClientId,
            Version,
            reviewCadence ?? ReviewCadence,
            versions ?? Versions,
            statusHistory ?? StatusHistory,
            measurements ?? Measurements,
            sessions ?? Sessions,
            reviews ?? Reviews,
            materialChanges ?? MaterialChanges,
            closure ?? Closure);

    private void CheckVersions()
    {
        if (Versions.IsEmpty || Versions.Any(v => v is null))
        {
            throw new ArgumentException(Internal.Inv($"Plan {Id} needs at least one version."), "versions");
        }

        for (var i = 0; i < Versions.Length; i++)
        {
            var current = Versions[i];
            if (current.Number != i + 1)
            {
                throw new ArgumentException(Internal.Inv($"Plan {Id}: versions are numbered 1..n in order; position {i + 1} holds {current.Number}."), "versions");
            }

            if (i > 0 && (current.EffectiveOn < Versions[i - 1].EffectiveOn || current.Revision.RecordedAt < Versions[i - 1].Revision.RecordedAt))
            {
                throw new ArgumentException(Internal.Inv($"Plan {Id}: version {current.Number} takes effect or was recorded before version {i}."), "versions");
            }

            if (!current.Signatures.IsEmpty)
            {
                var hash = PlanContentHash.Compute(Id, ClientId, current);
                if (current.Signatures.Any(s => !string.Equals(s.ContentHash, hash, StringComparison.Ordinal)))
                {
                    throw new ArgumentException(Internal.Inv($"Plan {Id}: a signature of version {current.Number} does not match the version's content."), "versions");
                }
            }
        }
    }

    private void CheckHistory()
    {
        var goals = Versions.SelectMany(v => v.Goals).Select(g => g.Id).ToHashSet();
        var objectives = Versions.SelectMany(v => v.Objectives).Select(o => o.Id).ToHashSet();
        foreach (var change in StatusHistory)
        {
            ArgumentNullException.ThrowIfNull(change, "statusHistory");
            if ((change.Goal is { } g && !goals.Contains(g)) || (change.Objective is { } o && !objectives.Contains(o)) || change.VersionNumber > Versions.Length)
            {
                throw new ArgumentException(Internal.Inv($"Plan {Id}: status change of {change.ElementKey} names an element or version the plan never had."), "statusHistory");
            }
        }

        if (Measurements.Any(m => m is null) || Measurements.Select(m => m.Id).Distinct().Count() != Measurements.Length)
        {
            throw new ArgumentException(Internal.Inv($"Plan {Id}: measurement ids must be unique."), "measurements");
        }

        if (Sessions.Any(s => s is null) || Sessions.Select(s => s.Note).Distinct().Count() != Sessions.Length)
        {
            throw new ArgumentException(Internal.Inv($"Plan {Id}: a note is linked at most once."), "sessions");
        }

        if (Reviews.Any(r => r is null || r.VersionNumber > Versions.Length) || MaterialChanges.Any(m => m is null))
        {
            throw new ArgumentException(Internal.Inv($"Plan {Id}: a review names a version the plan never had."), "reviews");
        }

        if (Closure is not null && Closure.ClosedOn < Versions[0].EffectiveOn)
        {
            throw new ArgumentException(Internal.Inv($"Plan {Id} cannot close before it took effect."), "closure");
        }
    }
}
