namespace CounselingRecords.Care;

/// <summary>How a session is delivered. Scheduling, the note and billing (POS and telehealth modifiers, R1.15–R1.16) share it.</summary>
public enum Modality
{
    /// <summary>Face to face in the same place.</summary>
    InPerson,

    /// <summary>Synchronous audio and video telehealth.</summary>
    Video,

    /// <summary>Synchronous audio-only telehealth (telephone).</summary>
    AudioOnly,
}
