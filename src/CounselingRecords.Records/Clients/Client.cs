using System.Collections.Immutable;
using CounselingRecords.Auditing;
using CounselingRecords.Identity;
using CounselingRecords.Privacy;
using CounselingRecords.Records.Retention;
using CounselingRecords.Results;
using CounselingRecords.Storage;
using CounselingRecords.Validation;
using NodaTime;

namespace CounselingRecords.Records.Clients;

/// <summary>
/// A client: demographics, contacts, per-channel communication consent, the status lifecycle with its history,
/// the care team (treating clinicians and their supervisors, which the access policy reads), the safety flags
/// carried forward from positive risk screens, and legal holds. Immutable: every verb returns the new state.
/// </summary>
[ProtectedHealthInformation]
public sealed partial class Client : IAggregateRoot<Client>
{
    /// <summary>The age of majority used when none is configured (18 in most US states, R7.11).</summary>
    public const int DefaultAgeOfMajority = 18;

    private static readonly ClientRegistrationValidator RegistrationValidator = new();
    private static readonly ClientDemographicsValidator DemographicsValidator = new();
    private static readonly ClientContactValidator ContactValidator = new();

    /// <summary>Initializes a new instance of the <see cref="Client"/> class from its stored state.</summary>
    /// <param name="id">The client id.</param>
    /// <param name="demographics">The demographics.</param>
    /// <param name="contacts">The contacts.</param>
    /// <param name="communicationConsents">The consent decisions, oldest first.</param>
    /// <param name="status">The current status.</param>
    /// <param name="statusHistory">The status changes, oldest first; the last one ends in <paramref name="status"/>.</param>
    /// <param name="careTeam">The treating clinicians.</param>
    /// <param name="safetyFlags">The safety flags, active and cleared.</param>
    /// <param name="legalHolds">The legal holds, in force and released.</param>
    /// <param name="registeredAt">When the client was registered.</param>
    /// <param name="version">The stored version (0 when never saved).</param>
    public Client(
        ClientId id,
        ClientDemographics demographics,
        ImmutableArray<ClientContact> contacts,
        ImmutableArray<CommunicationConsent> communicationConsents,
        ClientStatus status,
        ImmutableArray<ClientStatusChange> statusHistory,
        ImmutableArray<CareTeamMember> careTeam,
        ImmutableArray<SafetyFlag> safetyFlags,
        ImmutableArray<LegalHold> legalHolds,
        Instant registeredAt,
        long version)
    {
        id.Require(nameof(id));
        ArgumentNullException.ThrowIfNull(demographics);
        ArgumentOutOfRangeException.ThrowIfNegative(version);
        Contacts = NoNulls(contacts, nameof(contacts));
        CommunicationConsents = NoNulls(communicationConsents, nameof(communicationConsents));
        StatusHistory = NoNulls(statusHistory, nameof(statusHistory));
        CareTeam = NoNulls(careTeam, nameof(careTeam));
        SafetyFlags = NoNulls(safetyFlags, nameof(safetyFlags));
        LegalHolds = NoNulls(legalHolds, nameof(legalHolds));
        var expected = StatusHistory.Length == 0 ? ClientStatus.Prospective : StatusHistory[^1].To;
        if (status != expected || (StatusHistory.Length > 0 && StatusHistory[0].From != ClientStatus.Prospective)
            || StatusHistory.Zip(StatusHistory.Skip(1)).Any(pair => pair.First.To != pair.Second.From))
        {
            throw new ArgumentException($"Client {id}: the status history does not lead to {status}.", nameof(statusHistory));
        }

        if (CareTeam.Count(m => m.Role == CareTeamRole.Primary) > 1 || CareTeam.Select(m => m.ClinicianId).Distinct().Count() != CareTeam.Length)
        {
            throw new ArgumentException($"Client {id}: the care team has one primary at most and lists each clinician once.", nameof(careTeam));
        }

        if (LegalHolds.Select(h => h.Reference).Distinct(StringComparer.Ordinal).Count() != LegalHolds.Length)
        {
            throw new ArgumentException($"Client {id}: legal hold references are unique.", nameof(legalHolds));
        }

        Id = id;
        Demographics = demographics;
        Status = status;
        RegisteredAt = registeredAt;
        Version = version;
    }

    /// <summary>Gets the client id.</summary>
    public ClientId Id { get; }

    /// <summary>Gets the demographics.</summary>
    public ClientDemographics Demographics { get; }

    /// <summary>Gets the contacts.</summary>
    public ImmutableArray<ClientContact> Contacts { get; }

    /// <summary>Gets the consent decisions, oldest first; the last per channel is in force.</summary>
    public ImmutableArray<CommunicationConsent> CommunicationConsents { get; }

    /// <summary>Gets the current status.</summary>
    public ClientStatus Status { get; }

    /// <summary>Gets the status history, oldest first.</summary>
    public ImmutableArray<ClientStatusChange> StatusHistory { get; }

    /// <summary>Gets the care team.</summary>
    public ImmutableArray<CareTeamMember> CareTeam { get; }

    /// <summary>Gets the safety flags, active and cleared.</summary>
    public ImmutableArray<SafetyFlag> SafetyFlags { get; }

    /// <summary>Gets the legal holds, in force and released.</summary>
    public ImmutableArray<LegalHold> LegalHolds { get; }

    /// <summary>Gets when the client was registered.</summary>
    public Instant RegisteredAt { get; }

    /// <inheritdoc />
    public long Version { get; }

    /// <inheritdoc />
    string IAggregateRoot.Key => Id.ToString();

    /// <summary>Registers a prospective client.</summary>
    /// <param name="ids">The id generator.</param>
    /// <param name="registration">The registration.</param>
    /// <param name="registeredAt">When.</param>
    /// <returns>The client, or a validation error.</returns>
    public static Result<Client> Register(IIdGenerator ids, ClientRegistration? registration, Instant registeredAt)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var check = RegistrationValidator.Check(registration);
        if (check.Failure)
        {
            return check.ConvertError<Client>();
        }

        var input = check.Value;
        var team = input.PrimaryClinicianId is { } primary
            ? ImmutableArray.Create(new CareTeamMember(primary, CareTeamRole.Primary, input.SupervisorId))
            : ImmutableArray<CareTeamMember>.Empty;
        return new Client(
            ids.New<ClientId>(),
            input.Demographics,
            input.Contacts,
            ImmutableArray<CommunicationConsent>.Empty,
            ClientStatus.Prospective,
            ImmutableArray<ClientStatusChange>.Empty,
            team,
            ImmutableArray<SafetyFlag>.Empty,
            ImmutableArray<LegalHold>.Empty,
            registeredAt,
            0);
    }

    /// <summary>Returns the reference naming this client's record.</summary>
    /// <returns>The reference.</returns>
    public RecordReference ToReference() => RecordReference.For(RecordTypes.Client, Id);

    /// <summary>Replaces the demographics.</summary>
    /// <param name="demographics">The new demographics.</param>
    /// <returns>The client, or an error when archived or invalid.</returns>
    public Result<Client> UpdateDemographics(ClientDemographics? demographics)
    {
        if (RefuseIfArchived() is { } archived)
        {
            return archived;
        }

        var check = DemographicsValidator.Check(demographics);
        return check.Failure ? check.ConvertError<Client>() : With(demographics: check.Value);
    }

    /// <summary>Replaces the contacts.</summary>
    /// <param name="contacts">The contacts.</param>
    /// <returns>The client, or an error when archived or a contact is invalid.</returns>
    public Result<Client> ReplaceContacts(ImmutableArray<ClientContact> contacts)
    {
        if (RefuseIfArchived() is { } archived)
        {
            return archived;
        }

        var list = contacts.IsDefault ? ImmutableArray<ClientContact>.Empty : contacts;
        var details = ImmutableArray.CreateBuilder<DomainError>();
        for (var i = 0; i < list.Length; i++)
        {
            var check = ContactValidator.Check(list[i]);
            if (check.Failure)
            {
                details.AddRange(check.Error.Details.Select(d => d.WithTarget($"Contacts[{i}].{d.Target}")));
            }
        }

        return details.Count > 0
            ? new DomainError(CoreErrorCodes.ValidationFailed, $"The contacts are not valid ({details.Count} problems).", details: details.ToImmutable())
            : With(contacts: list);
    }

    /// <summary>Returns the contacts who are legal guardians.</summary>
    /// <returns>The guardians.</returns>
    public ImmutableArray<ClientContact> Guardians() => Contacts.Where(c => c.Has(ContactRoles.LegalGuardian)).ToImmutableArray();

    /// <summary>Returns the alternate bill-to party, if any.</summary>
    /// <returns>The first contact marked bill-to, or <see langword="null"/>.</returns>
    public ClientContact? BillToParty() => Contacts.FirstOrDefault(c => c.Has(ContactRoles.BillTo));

    /// <summary>Records a consent decision for a channel.</summary>
    /// <param name="channel">The channel.</param>
    /// <param name="granted">Whether the client consents.</param>
    /// <param name="recordedAt">When.</param>
    /// <returns>The client, or an error for an unknown channel, an archived client or a decision older than the one in force.</returns>
    public Result<Client> RecordConsent(CommunicationChannel channel, bool granted, Instant recordedAt)
    {
        if (RefuseIfArchived() is { } archived)
        {
            return archived;
        }

        if (!Enum.IsDefined(channel))
        {
            return new DomainError(RecordsErrorCodes.ConsentChannelUnknown, "The communication channel is not known.", null, nameof(channel));
        }

        if (ConsentFor(channel) is { } current && recordedAt < current.RecordedAt)
        {
            return new DomainError(RecordsErrorCodes.ConsentOutOfOrder, $"Client {Id}: a consent decision for {channel} is dated after this one.", null, nameof(recordedAt));
        }

        return With(communicationConsents: CommunicationConsents.Add(new CommunicationConsent(channel, granted, recordedAt)));
    }

    /// <summary>Returns the consent decision in force for a channel.</summary>
    /// <param name="channel">The channel.</param>
    /// <returns>The latest decision, or <see langword="null"/> when never asked.</returns>
    public CommunicationConsent? ConsentFor(CommunicationChannel channel) => CommunicationConsents.LastOrDefault(c => c.Channel == channel);

    /// <summary>Returns whether the practice may use a channel: only after an explicit consent that was not withdrawn.</summary>
    /// <param name="channel">The channel.</param>
    /// <returns><see langword="true"/> when consented.</returns>
    public bool MayContactBy(CommunicationChannel channel) => ConsentFor(channel)?.Granted == true;

    /// <summary>Returns this client with its version set by storage.</summary>
    /// <param name="version">The stored version.</param>
    /// <returns>The client.</returns>
    public Client WithVersion(long version) => With(version: version);

    /// <inheritdoc />
    public override string ToString() => $"Client {Id} ({Status})";

    private static ImmutableArray<T> NoNulls<T>(ImmutableArray<T> items, string parameterName)
        where T : class
    {
        var list = items.IsDefault ? ImmutableArray<T>.Empty : items;
        return list.Any(i => i is null) ? throw new ArgumentException("The list holds a null entry.", parameterName) : list;
    }

    private DomainError? RefuseIfArchived() =>
        Status == ClientStatus.Archived
            ? new DomainError(RecordsErrorCodes.ClientArchived, $"Client {Id} is archived; the record is kept for retention only.", "R7.12", Id.ToString())
            : null;

    private Client With(
        ClientDemographics? demographics = null,
        ImmutableArray<ClientContact>? contacts = null,
        ImmutableArray<CommunicationConsent>? communicationConsents = null,
        ClientStatus? status = null,
        ImmutableArray<ClientStatusChange>? statusHistory = null,
        ImmutableArray<CareTeamMember>? careTeam = null,
        ImmutableArray<SafetyFlag>? safetyFlags = null,
        ImmutableArray<LegalHold>? legalHolds = null,
        long? version = null) =>
        new(
            Id,
            demographics ?? Demographics,
            contacts ?? Contacts,
            communicationConsents ?? CommunicationConsents,
            status ?? Status,
            statusHistory ?? StatusHistory,
            careTeam ?? CareTeam,
            safetyFlags ?? SafetyFlags,
            legalHolds ?? LegalHolds,
            RegisteredAt,
            version ?? Version);
}
