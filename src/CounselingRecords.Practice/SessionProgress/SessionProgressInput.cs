using System.Collections.Immutable;
using CounselingRecords.Access;
using CounselingRecords.Records.Notes;
using CounselingRecords.TreatmentPlans.Instruments;
using CounselingRecords.TreatmentPlans.Plans;
using CounselingRecords.TreatmentPlans.Progress;
using NodaTime;

namespace CounselingRecords.Practice.SessionProgress;

/// <summary>What carrying a signed note's progress into the treatment plan needs.</summary>
/// <param name="Note">The signed session note (its objective progress entries and measurements are carried).</param>
/// <param name="Plan">The client's active treatment plan.</param>
/// <param name="Scores">
/// The item-level scores of the instruments administered in the session (from <see cref="InstrumentScorer"/>); each must
/// match a measurement the note documents (same instrument and total). A note measurement without one is reported, not carried.
/// </param>
/// <param name="Preset">The progress preset for automatic achievement (R8.5–R8.8).</param>
/// <param name="Actor">Who carries it.</param>
/// <param name="RecordedAt">When.</param>
[CounselingRecords.Privacy.ProtectedHealthInformation]
public sealed record SessionProgressInput(
    SessionNote Note,
    TreatmentPlan Plan,
    ImmutableArray<InstrumentScore> Scores,
    ProgressPreset Preset,
    Actor Actor,
    Instant RecordedAt)
{
    /// <inheritdoc />
    public override string ToString() => $"SessionProgressInput (note {Note?.Id}, plan {Plan?.Id})";
}
