using System.Collections.Immutable;
using CounselingRecords.Identity;
using CounselingRecords.Records.Notes;
using CounselingRecords.TreatmentPlans.Measurements;
using CounselingRecords.TreatmentPlans.Plans;

namespace CounselingRecords.Practice.SessionProgress;

/// <summary>The outcome of carrying a signed note's progress into its treatment plan.</summary>
/// <param name="Plan">The plan to save: the session linked to each objective the note rated, and the scores recorded.</param>
/// <param name="Progress">The note's progress rating per objective, as carried.</param>
/// <param name="Recordings">The score recordings, with any automatic-achievement decisions.</param>
/// <param name="MeasurementsNotCarried">The instrument codes of note measurements given no item-level score (documented in the note only).</param>
/// <param name="AchievedObjectives">The objectives achieved by rule through the recorded scores.</param>
[CounselingRecords.Privacy.ProtectedHealthInformation]
public sealed record SessionProgressResult(
    TreatmentPlan Plan,
    ImmutableArray<ObjectiveProgressEntry> Progress,
    ImmutableArray<MeasurementRecording> Recordings,
    ImmutableArray<string> MeasurementsNotCarried,
    ImmutableArray<ObjectiveId> AchievedObjectives)
{
    /// <inheritdoc />
    public override string ToString() => $"SessionProgressResult (plan {Plan.Id}, {Progress.Length} objectives, {Recordings.Length} scores)";
}
