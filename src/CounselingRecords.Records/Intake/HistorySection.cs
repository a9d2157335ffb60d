namespace CounselingRecords.Records.Intake;

/// <summary>The history sections of a biopsychosocial intake (anchors §3.2, R7.5 initial evaluation).</summary>
public enum HistorySection
{
    /// <summary>Psychiatric history: prior diagnoses, treatment, hospitalizations, medications.</summary>
    Psychiatric,

    /// <summary>Medical history: conditions, medications, allergies, physician.</summary>
    Medical,

    /// <summary>Substance use history.</summary>
    SubstanceUse,

    /// <summary>Family history.</summary>
    Family,

    /// <summary>Social history: relationships, education, employment, living situation, supports.</summary>
    Social,

    /// <summary>Developmental history.</summary>
    Developmental,

    /// <summary>Legal history.</summary>
    Legal,
}
