namespace CounselingRecords.Records.Notes;

/// <summary>A named narrative section of a session note. Which sections a note has depends on its <see cref="NoteFormat"/>.</summary>
public enum NoteSection
{
    /// <summary>SOAP: what the client reports.</summary>
    Subjective,

    /// <summary>SOAP: what the clinician observes.</summary>
    Objective,

    /// <summary>SOAP and DAP: the clinician's assessment.</summary>
    Assessment,

    /// <summary>All formats: the plan.</summary>
    Plan,

    /// <summary>DAP: the session data (reports and observations).</summary>
    Data,

    /// <summary>BIRP: the client's presentation and behavior.</summary>
    Behavior,

    /// <summary>BIRP and GIRP: the interventions the clinician used.</summary>
    Intervention,

    /// <summary>BIRP and GIRP: the client's response to the interventions.</summary>
    Response,

    /// <summary>GIRP: the treatment-plan goal the session worked on.</summary>
    Goal,
}
