namespace CounselingRecords.Billing.Coding;

/// <summary>
/// The documented factors of interactive complexity (+90785, R1.11). At least one of the four qualifying
/// factors is needed; <see cref="InterpreterOrTranslationOnly"/> on its own never qualifies.
/// </summary>
[Flags]
public enum InteractiveComplexityFactors
{
    /// <summary>Interactive complexity is not claimed.</summary>
    None = 0,

    /// <summary>Factor 1: maladaptive communication among participants complicates delivery of care.</summary>
    MaladaptiveCommunication = 1,

    /// <summary>Factor 2: caregiver emotions or behavior interfere with implementing the treatment plan.</summary>
    CaregiverInterference = 2,

    /// <summary>Factor 3: a sentinel event with a mandated report to a third party, and its discussion.</summary>
    SentinelEventWithMandatedReport = 4,

    /// <summary>Factor 4: play equipment, devices, or an interpreter used to overcome a documented communication barrier beyond language translation.</summary>
    CommunicationBarrierAids = 8,

    /// <summary>An interpreter or translator was used for language alone; this is not a qualifying factor.</summary>
    InterpreterOrTranslationOnly = 16,
}
