namespace CounselingRecords.Records.Notes;

/// <summary>
/// The four documented factors of interactive complexity (R1.11); at least one is needed for the +90785 add-on.
/// An interpreter alone does not qualify: <see cref="CommunicationBarrierAids"/> covers aids used to overcome a
/// documented communication barrier, beyond translation.
/// </summary>
[Flags]
public enum InteractiveComplexityFactors
{
    /// <summary>No factor documented.</summary>
    None = 0,

    /// <summary>1. Maladaptive communication among participants.</summary>
    MaladaptiveCommunication = 1,

    /// <summary>2. Caregiver emotions or behavior that interfere with the treatment plan.</summary>
    CaregiverInterference = 2,

    /// <summary>3. A sentinel event with a mandated report.</summary>
    SentinelEventMandatedReport = 4,

    /// <summary>4. Play equipment, devices or an interpreter used to overcome a communication barrier.</summary>
    CommunicationBarrierAids = 8,
}
