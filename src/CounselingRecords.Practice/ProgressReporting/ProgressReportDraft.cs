using System.Collections.Immutable;
using CounselingRecords.Identity;
using CounselingRecords.Records.ProgressReports;

namespace CounselingRecords.Practice.ProgressReporting;

/// <summary>
/// A generated progress report draft (to save, edit and sign in records), the inputs it was generated from, the
/// objectives the plan marked achieved by rule that the report records, and the notes the plan links to sessions in
/// the period that were not among the final notes given (unsigned, or not loaded).
/// </summary>
/// <param name="Report">The draft report.</param>
/// <param name="Inputs">The inputs the draft was generated from (keep them to regenerate later).</param>
/// <param name="AchievedByRule">The objectives achieved by their automatic rule that the report records.</param>
/// <param name="LinkedNotesNotReported">Notes the plan links to sessions in the period that are not among the final notes given.</param>
[CounselingRecords.Privacy.ProtectedHealthInformation]
public sealed record ProgressReportDraft(ProgressReport Report, ProgressReportInputs Inputs, ImmutableArray<ObjectiveId> AchievedByRule, ImmutableArray<NoteId> LinkedNotesNotReported)
{
    /// <inheritdoc />
    public override string ToString() => $"ProgressReportDraft {Report.Id}";
}
