using CounselingRecords.Identity;

namespace CounselingRecords.Access;

/// <summary>
/// Who is acting: a user with roles, and, where the user is a clinician or a client, which one. Every access
/// decision and every audit entry names its actor.
/// </summary>
public sealed class Actor : IEquatable<Actor>
{
    /// <summary>Initializes a new instance of the <see cref="Actor"/> class.</summary>
    /// <param name="userId">The user account.</param>
    /// <param name="roles">The roles held.</param>
    /// <param name="clinicianId">The clinician this user is, when they hold <see cref="Role.Clinician"/> or <see cref="Role.Supervisor"/>.</param>
    /// <param name="clientId">The client this user is, when they hold <see cref="Role.Client"/>.</param>
    /// <param name="displayName">A name for audit reports (a staff name or a service name, never clinical content).</param>
    public Actor(UserId userId, Role roles, ClinicianId? clinicianId = null, ClientId? clientId = null, string? displayName = null)
    {
        if (userId.Value == Guid.Empty)
        {
            throw new ArgumentException("An actor needs a user id.", nameof(userId));
        }

        if ((roles & (Role.Clinician | Role.Supervisor)) != 0 && clinicianId is null)
        {
            throw new ArgumentException("A clinician or supervisor actor needs a clinician id.", nameof(clinicianId));
        }

        if ((roles & Role.Client) != 0 && clientId is null)
        {
            throw new ArgumentException("A client actor needs a client id.", nameof(clientId));
        }

        UserId = userId;
        Roles = roles;
        ClinicianId = clinicianId;
        ClientId = clientId;
        DisplayName = string.IsNullOrWhiteSpace(displayName) ? userId.ToString() : displayName;
    }

    /// <summary>Gets the user account.</summary>
    public UserId UserId { get; }

    /// <summary>Gets the roles held.</summary>
    public Role Roles { get; }

    /// <summary>Gets the clinician this user is, if any.</summary>
    public ClinicianId? ClinicianId { get; }

    /// <summary>Gets the client this user is, if any.</summary>
    public ClientId? ClientId { get; }

    /// <summary>Gets a name for audit reports.</summary>
    public string DisplayName { get; }

    /// <summary>Creates a clinician actor.</summary>
    /// <param name="userId">The user account.</param>
    /// <param name="clinicianId">The clinician.</param>
    /// <param name="displayName">A display name.</param>
    /// <returns>The actor.</returns>
    public static Actor ForClinician(UserId userId, ClinicianId clinicianId, string? displayName = null) =>
        new(userId, Role.Clinician, clinicianId, null, displayName);

    /// <summary>Creates a supervising clinician actor (who also treats clients).</summary>
    /// <param name="userId">The user account.</param>
    /// <param name="clinicianId">The clinician.</param>
    /// <param name="displayName">A display name.</param>
    /// <returns>The actor.</returns>
    public static Actor ForSupervisor(UserId userId, ClinicianId clinicianId, string? displayName = null) =>
        new(userId, Role.Clinician | Role.Supervisor, clinicianId, null, displayName);

    /// <summary>Creates a client actor acting on their own records.</summary>
    /// <param name="userId">The user account.</param>
    /// <param name="clientId">The client.</param>
    /// <param name="displayName">A display name.</param>
    /// <returns>The actor.</returns>
    public static Actor ForClient(UserId userId, ClientId clientId, string? displayName = null) =>
        new(userId, Role.Client, null, clientId, displayName);

    /// <summary>Creates a staff actor (biller, front desk, administrator) without a clinical identity.</summary>
    /// <param name="userId">The user account.</param>
    /// <param name="roles">The roles; must not include clinician, supervisor or client.</param>
    /// <param name="displayName">A display name.</param>
    /// <returns>The actor.</returns>
    public static Actor ForStaff(UserId userId, Role roles, string? displayName = null) => new(userId, roles, null, null, displayName);

    /// <summary>Returns whether the actor holds every role in <paramref name="role"/>.</summary>
    /// <param name="role">The role or roles.</param>
    /// <returns><see langword="true"/> when held.</returns>
    public bool Has(Role role) => role != Role.None && (Roles & role) == role;

    /// <inheritdoc />
    public bool Equals(Actor? other) =>
        other is not null && UserId == other.UserId && Roles == other.Roles && ClinicianId == other.ClinicianId
        && ClientId == other.ClientId && DisplayName == other.DisplayName;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Actor);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(UserId, Roles, ClinicianId, ClientId);

    /// <summary>Compares two actors.</summary>
    /// <param name="left">The first actor.</param>
    /// <param name="right">The second actor.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(Actor? left, Actor? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two actors.</summary>
    /// <param name="left">The first actor.</param>
    /// <param name="right">The second actor.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(Actor? left, Actor? right) => !(left == right);

    /// <inheritdoc />
    public override string ToString() => $"{DisplayName} ({Roles})";
}
