namespace CounselingRecords.Billing.Coding;

/// <summary>How much of an individual psychotherapy session the patient was present for (R1.5).</summary>
public enum PatientPresence
{
    /// <summary>The patient was present for the whole session.</summary>
    WholeSession,

    /// <summary>The patient was present for the majority of the session (informants took part).</summary>
    Majority,

    /// <summary>The patient was present for less than half of the session; 90832–90838 cannot be reported.</summary>
    LessThanMajority,
}
