namespace CounselingRecords.Records.Notes;

/// <summary>The narrative format of a session note; each has its own required sections (<see cref="NoteFormats"/>).</summary>
public enum NoteFormat
{
    /// <summary>Subjective, Objective, Assessment, Plan.</summary>
    Soap,

    /// <summary>Data, Assessment, Plan.</summary>
    Dap,

    /// <summary>Behavior, Intervention, Response, Plan.</summary>
    Birp,

    /// <summary>Goal, Intervention, Response, Plan.</summary>
    Girp,
}
