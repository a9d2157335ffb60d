namespace CounselingRecords.Billing.Coding;

/// <summary>What kind of service a session was, as the code selector needs it (R1.1–R1.14).</summary>
public enum ServiceKind
{
    /// <summary>Individual psychotherapy, time-based by face-to-face minutes (90832/90834/90837, or +90833/+90836/+90838 with an E/M; R1.1, R1.6).</summary>
    IndividualPsychotherapy,

    /// <summary>Psychiatric diagnostic evaluation without medical services (90791; R1.8). Not time-based.</summary>
    DiagnosticEvaluation,

    /// <summary>Psychiatric diagnostic evaluation with medical services (90792; R1.8), prescribers only.</summary>
    DiagnosticEvaluationWithMedicalServices,

    /// <summary>Family psychotherapy without the patient present (90846; at least 26 minutes, R1.12).</summary>
    FamilyWithoutPatient,

    /// <summary>Family psychotherapy with the patient present (90847; at least 26 minutes, R1.12).</summary>
    FamilyWithPatient,

    /// <summary>Group psychotherapy other than multiple-family (90853; once per patient, participant count documented, R1.13).</summary>
    Group,

    /// <summary>Multiple-family group psychotherapy (90849; coverage is a payer setting, R1.13).</summary>
    MultipleFamilyGroup,

    /// <summary>Psychotherapy for crisis (90839 for 30–74 minutes, +90840 per further 30 minutes; R1.9).</summary>
    Crisis,

    /// <summary>A service defined per 15 minutes (for example H0004), billed in units by the CMS 8-minute rule (R1.14).</summary>
    TimedUnits,
}
