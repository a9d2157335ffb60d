namespace CounselingRecords.Samples.Practice.Reporting;

/// <summary>The end-of-run checks: the audit chain and every signature read back from storage.</summary>
internal sealed record VerificationReport(long AuditEntries, bool AuditChainIntact, int SignedNotes, int IntactNotes, int SignedIntakes, int IntactIntakes)
{
    public bool SignaturesIntact => SignedNotes == IntactNotes && SignedIntakes == IntactIntakes;

    public bool IsIntact => AuditChainIntact && SignaturesIntact;
}
