using CounselingRecords.Identity;

namespace CounselingRecords.Policies.Complaints;

/// <summary>Whom a complaint is against: a clinician (by clinician id), a staff member (by user id) or the practice.</summary>
public sealed record ComplaintSubject
{
    /// <summary>Initializes a new instance of the <see cref="ComplaintSubject"/> class.</summary>
    /// <param name="kind">Whom it is against.</param>
    /// <param name="clinicianId">The clinician, for a complaint against a clinician.</param>
    /// <param name="userId">The staff member's user (or the clinician's user, when known).</param>
    public ComplaintSubject(ComplaintSubjectKind kind, ClinicianId? clinicianId, UserId? userId)
    {
        if (!Enum.IsDefined(kind))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown complaint subject kind.");
        }

        if (clinicianId is { Value: var c } && c == Guid.Empty || userId is { Value: var u } && u == Guid.Empty)
        {
            throw new ArgumentException("Subject ids cannot be empty.", nameof(clinicianId));
        }

        Kind = kind;
        ClinicianId = clinicianId;
        UserId = userId;
    }

    /// <summary>Gets the practice as the subject.</summary>
    public static ComplaintSubject Practice { get; } = new(ComplaintSubjectKind.Practice, null, null);

    /// <summary>Gets whom it is against.</summary>
    public ComplaintSubjectKind Kind { get; }

    /// <summary>Gets the clinician, if any.</summary>
    public ClinicianId? ClinicianId { get; }

    /// <summary>Gets the staff member's (or clinician's) user, if known.</summary>
    public UserId? UserId { get; }

    /// <summary>Creates a subject for a clinician.</summary>
    /// <param name="clinicianId">The clinician.</param>
    /// <param name="userId">Their user account, when known.</param>
    /// <returns>The subject.</returns>
    public static ComplaintSubject AgainstClinician(ClinicianId clinicianId, UserId? userId = null) => new(ComplaintSubjectKind.Clinician, clinicianId, userId);

    /// <summary>Creates a subject for a staff member.</summary>
    /// <param name="userId">Their user account.</param>
    /// <returns>The subject.</returns>
    public static ComplaintSubject AgainstStaff(UserId userId) => new(ComplaintSubjectKind.StaffMember, null, userId);

    /// <summary>Returns whether <paramref name="actor"/> is the person complained about.</summary>
    /// <param name="actor">The actor.</param>
    /// <returns><see langword="true"/> when the actor is the subject.</returns>
    public bool Is(Access.Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return (ClinicianId is { } c && actor.ClinicianId == c) || (UserId is { } u && actor.UserId == u);
    }

    /// <inheritdoc />
    public override string ToString() => Kind switch
    {
        ComplaintSubjectKind.Clinician => $"Clinician {ClinicianId}",
        ComplaintSubjectKind.StaffMember => $"Staff {UserId}",
        _ => "Practice",
    };
}
