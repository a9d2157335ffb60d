namespace CounselingRecords.Records.Notes;

/// <summary>Who else took part in a session besides the client and the clinician.</summary>
public enum ParticipantKind
{
    /// <summary>A family member.</summary>
    FamilyMember,

    /// <summary>A legal guardian.</summary>
    LegalGuardian,

    /// <summary>A collateral (teacher, case worker, other provider).</summary>
    Collateral,

    /// <summary>An interpreter.</summary>
    Interpreter,

    /// <summary>Someone else.</summary>
    Other,
}
