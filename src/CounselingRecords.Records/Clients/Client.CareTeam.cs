using System.Collections.Immutable;
using CounselingRecords.Identity;
using CounselingRecords.Results;

namespace CounselingRecords.Records.Clients;

/// <content>The care team the access policy reads.</content>
public sealed partial class Client
{
    /// <summary>
    /// Puts a clinician on the care team (or changes their role or supervisor). Making someone primary makes the
    /// previous primary an additional clinician.
    /// </summary>
    /// <param name="clinicianId">The clinician.</param>
    /// <param name="role">The role.</param>
    /// <param name="supervisorId">Their supervisor for this client, if they are supervised.</param>
    /// <returns>The client, or an error when archived or the supervisor is the clinician.</returns>
    public Result<Client> AssignClinician(ClinicianId clinicianId, CareTeamRole role, ClinicianId? supervisorId)
    {
        if (RefuseIfArchived() is { } archived)
        {
            return archived;
        }

        if (clinicianId.IsEmpty() || !Enum.IsDefined(role))
        {
            return new DomainError(RecordsErrorCodes.CareTeamClinicianMissing, "A care team member is a clinician with a known role.", null, nameof(clinicianId));
        }

        if (supervisorId is { } supervisor && (supervisor.IsEmpty() || supervisor == clinicianId))
        {
            return new DomainError(RecordsErrorCodes.CareTeamSupervisorIsClinician, "A clinician is not their own supervisor.", null, nameof(supervisorId));
        }

        var team = CareTeam
            .Where(m => m.ClinicianId != clinicianId)
            .Select(m => role == CareTeamRole.Primary && m.Role == CareTeamRole.Primary ? new CareTeamMember(m.ClinicianId, CareTeamRole.Additional, m.SupervisorId) : m)
            .Append(new CareTeamMember(clinicianId, role, supervisorId))
            .ToImmutableArray();
        return With(careTeam: team);
    }

    /// <summary>Takes a clinician off the care team.</summary>
    /// <param name="clinicianId">The clinician.</param>
    /// <returns>The client, or an error when the clinician is not on the team.</returns>
    public Result<Client> RemoveClinician(ClinicianId clinicianId)
    {
        if (!IsTreatedBy(clinicianId))
        {
            return new DomainError(RecordsErrorCodes.CareTeamMemberNotFound, $"Clinician {clinicianId} is not on client {Id}'s care team.", null, clinicianId.ToString());
        }

        return With(careTeam: CareTeam.RemoveAll(m => m.ClinicianId == clinicianId));
    }

    /// <summary>Returns whether a clinician is on the care team.</summary>
    /// <param name="clinicianId">The clinician.</param>
    /// <returns><see langword="true"/> when treating.</returns>
    public bool IsTreatedBy(ClinicianId clinicianId) => CareTeam.Any(m => m.ClinicianId == clinicianId);

    /// <summary>Returns the primary clinician, if any.</summary>
    /// <returns>The clinician id, or <see langword="null"/>.</returns>
    public ClinicianId? PrimaryClinician() => CareTeam.FirstOrDefault(m => m.Role == CareTeamRole.Primary)?.ClinicianId;

    /// <summary>Returns the treating clinicians.</summary>
    /// <returns>The clinician ids.</returns>
    public ImmutableArray<ClinicianId> TreatingClinicians() => CareTeam.Select(m => m.ClinicianId).ToImmutableArray();

    /// <summary>Returns the supervisors of the treating clinicians.</summary>
    /// <returns>The supervisor ids, each once.</returns>
    public ImmutableArray<ClinicianId> Supervisors() =>
        CareTeam.Where(m => m.SupervisorId is not null).Select(m => m.SupervisorId!.Value).Distinct().ToImmutableArray();
}
