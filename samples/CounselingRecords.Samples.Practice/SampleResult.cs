namespace CounselingRecords.Samples.Practice;

/// <summary>What a run produced: the exit code and, for a completed run, the verification.</summary>
internal sealed record SampleResult(int ExitCode, Reporting.VerificationReport? Verification)
{
    public const int Success = 0;
    public const int Failed = 1;
    public const int BadOptions = 2;
}
