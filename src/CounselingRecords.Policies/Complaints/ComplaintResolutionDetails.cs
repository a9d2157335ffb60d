using CounselingRecords.Privacy;

namespace CounselingRecords.Policies.Complaints;

/// <summary>The outcome of an investigation: the finding, a summary of what was found, and the corrective action (required when substantiated).</summary>
/// <param name="Finding">The finding.</param>
/// <param name="FindingSummary">What the investigation found.</param>
/// <param name="CorrectiveAction">What the practice will change, if anything.</param>
[ProtectedHealthInformation]
public sealed record ComplaintResolutionDetails(ComplaintFinding Finding, string FindingSummary, string? CorrectiveAction)
{
    /// <inheritdoc />
    public override string ToString() => $"ComplaintResolutionDetails ({Finding})";
}
