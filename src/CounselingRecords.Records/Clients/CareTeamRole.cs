namespace CounselingRecords.Records.Clients;

/// <summary>A clinician's place on a client's care team.</summary>
public enum CareTeamRole
{
    /// <summary>The primary treating clinician (one per client).</summary>
    Primary,

    /// <summary>Another treating clinician (a co-therapist, a group leader, a psychiatric prescriber).</summary>
    Additional,
}
