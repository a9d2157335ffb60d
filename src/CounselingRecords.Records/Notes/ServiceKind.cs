namespace CounselingRecords.Records.Notes;

/// <summary>
/// The kind of service a session note documents: the fact billing maps to a code family (R1.1–R1.13). The note
/// records the facts; code selection belongs to billing.
/// </summary>
public enum ServiceKind
{
    /// <summary>A psychiatric diagnostic evaluation (intake, R1.8).</summary>
    DiagnosticEvaluation,

    /// <summary>Individual psychotherapy with the client present (R1.1, R1.5).</summary>
    IndividualPsychotherapy,

    /// <summary>Family psychotherapy with the client present (R1.12).</summary>
    FamilyPsychotherapyWithClient,

    /// <summary>Family psychotherapy without the client present (R1.12).</summary>
    FamilyPsychotherapyWithoutClient,

    /// <summary>Group psychotherapy, other than multiple-family (R1.13).</summary>
    GroupPsychotherapy,

    /// <summary>Multiple-family group psychotherapy (R1.13).</summary>
    MultipleFamilyGroupPsychotherapy,

    /// <summary>Psychotherapy for crisis (R1.9).</summary>
    CrisisPsychotherapy,
}
