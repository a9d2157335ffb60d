namespace CounselingRecords.Records.AccessControl;

/// <summary>The kinds of record the access policy decides on.</summary>
public enum RecordKind
{
    /// <summary>A client's demographic and administrative record (<see cref="Clients.Client"/>).</summary>
    Demographics,

    /// <summary>An intake assessment.</summary>
    IntakeAssessment,

    /// <summary>A session note's content.</summary>
    SessionNote,

    /// <summary>The billing facts of a session note: dates, times, codes' inputs, diagnoses; no content (<see cref="Notes.SessionServiceFacts"/>).</summary>
    ServiceFacts,

    /// <summary>A psychotherapy note (R7.1–R7.3).</summary>
    PsychotherapyNote,

    /// <summary>A progress report.</summary>
    ProgressReport,

    /// <summary>A client's amendment request (R7.8).</summary>
    AmendmentRequest,

    /// <summary>A client's access request (R7.3).</summary>
    AccessRequest,
}
