namespace CounselingRecords.Records.Amendments;

/// <summary>What a late-entry window does with an addendum or late entry written after it closes (R7.7).</summary>
public enum LateEntryWindowMode
{
    /// <summary>Refuse it with <see cref="RecordsErrorCodes.LateEntryWindowClosed"/>.</summary>
    Refuse,

    /// <summary>Accept it, flagged as outside the window with the same stable code.</summary>
    Flag,
}
