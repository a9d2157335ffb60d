namespace CounselingRecords.Records;

/// <summary>
/// The record type names this package writes into <see cref="Auditing.RecordReference.RecordType"/>, into
/// signatures and into error targets. They are part of the canonical signing form (ADR 0010), so they never change.
/// </summary>
public static class RecordTypes
{
    /// <summary>A client's demographic and administrative record.</summary>
    public const string Client = "Client";

    /// <summary>A biopsychosocial intake assessment.</summary>
    public const string IntakeAssessment = "IntakeAssessment";

    /// <summary>A session (progress) note.</summary>
    public const string SessionNote = "SessionNote";

    /// <summary>The billing facts of a signed session note (no note content).</summary>
    public const string SessionServiceFacts = "SessionServiceFacts";

    /// <summary>A psychotherapy (process) note, kept apart from the record (R7.1).</summary>
    public const string PsychotherapyNote = "PsychotherapyNote";

    /// <summary>A progress report over a period.</summary>
    public const string ProgressReport = "ProgressReport";

    /// <summary>An addendum, correction, clarification, late entry or amendment appended to a signed record (R7.7).</summary>
    public const string Addendum = "Addendum";

    /// <summary>A client's request to amend their record (R7.8).</summary>
    public const string AmendmentRequest = "AmendmentRequest";

    /// <summary>A client's request for access to their record (R7.3).</summary>
    public const string RecordAccessRequest = "RecordAccessRequest";
}
