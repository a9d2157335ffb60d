using CounselingRecords.Identity;

namespace CounselingRecords.Records.Clients;

/// <summary>A treating clinician on a client's care team and, when they practise under supervision, their supervisor for this client.</summary>
public sealed class CareTeamMember
{
    /// <summary>Initializes a new instance of the <see cref="CareTeamMember"/> class.</summary>
    /// <param name="clinicianId">The treating clinician.</param>
    /// <param name="role">The role on the team.</param>
    /// <param name="supervisorId">The supervising clinician, if the clinician is supervised.</param>
    public CareTeamMember(ClinicianId clinicianId, CareTeamRole role, ClinicianId? supervisorId)
    {
        clinicianId.Require(nameof(clinicianId));
        if (!Enum.IsDefined(role))
        {
            throw new ArgumentOutOfRangeException(nameof(role));
        }

        if (supervisorId is { } supervisor && (supervisor.IsEmpty() || supervisor == clinicianId))
        {
            throw new ArgumentException("A clinician is not their own supervisor.", nameof(supervisorId));
        }

        ClinicianId = clinicianId;
        Role = role;
        SupervisorId = supervisorId;
    }

    /// <summary>Gets the treating clinician.</summary>
    public ClinicianId ClinicianId { get; }

    /// <summary>Gets the role.</summary>
    public CareTeamRole Role { get; }

    /// <summary>Gets the supervisor, if any.</summary>
    public ClinicianId? SupervisorId { get; }

    /// <inheritdoc />
    public override string ToString() => $"{ClinicianId} ({Role}{(SupervisorId is { } s ? $", supervised by {s}" : string.Empty)})";
}
