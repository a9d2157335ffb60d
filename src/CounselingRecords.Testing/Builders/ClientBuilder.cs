using System.Collections.Immutable;
using CounselingRecords.Identity;
using CounselingRecords.Records.Clients;
using CounselingRecords.Testing.Access;
using CounselingRecords.Testing.Clocks;
using NodaTime;

namespace CounselingRecords.Testing.Builders;

/// <summary>
/// Builds a <see cref="Client"/> through the public verbs (register, then activate), with readable defaults: Jordan
/// Rivera, born 1990-04-12, treated by <see cref="TestActors.Clinician"/>, registered and activated at
/// <see cref="TestClock.DefaultStart"/>. Every call returns a new builder, so a builder can be shared between tests.
/// </summary>
public sealed class ClientBuilder
{
    private readonly PersonName _name;
    private readonly string? _preferredName;
    private readonly string? _pronouns;
    private readonly LocalDate _dateOfBirth;
    private readonly ClinicianId? _primaryClinician;
    private readonly ClinicianId? _supervisor;
    private readonly ImmutableArray<ClientContact> _contacts;
    private readonly Instant _registeredAt;
    private readonly bool _active;

    /// <summary>Initializes a new instance of the <see cref="ClientBuilder"/> class with the defaults.</summary>
    public ClientBuilder()
        : this(new PersonName("Jordan", null, "Rivera", null), null, null, new LocalDate(1990, 4, 12), TestActors.Clinician.ClinicianId, null, [], TestClock.DefaultStart, true)
    {
    }

    private ClientBuilder(PersonName name, string? preferredName, string? pronouns, LocalDate dateOfBirth, ClinicianId? primaryClinician, ClinicianId? supervisor, ImmutableArray<ClientContact> contacts, Instant registeredAt, bool active)
    {
        _name = name;
        _preferredName = preferredName;
        _pronouns = pronouns;
        _dateOfBirth = dateOfBirth;
        _primaryClinician = primaryClinician;
        _supervisor = supervisor;
        _contacts = contacts;
        _registeredAt = registeredAt;
        _active = active;
    }

    /// <summary>Sets the legal name.</summary>
    /// <param name="given">The given name.</param>
    /// <param name="family">The family name.</param>
    /// <returns>A new builder.</returns>
    public ClientBuilder Named(string given, string family) =>
        new(new PersonName(given, null, family, null), _preferredName, _pronouns, _dateOfBirth, _primaryClinician, _supervisor, _contacts, _registeredAt, _active);

    /// <summary>Sets the preferred name and pronouns.</summary>
    /// <param name="preferredName">The preferred name.</param>
    /// <param name="pronouns">The pronouns.</param>
    /// <returns>A new builder.</returns>
    public ClientBuilder Preferring(string? preferredName, string? pronouns) =>
        new(_name, preferredName, pronouns, _dateOfBirth, _primaryClinician, _supervisor, _contacts, _registeredAt, _active);

    /// <summary>Sets the date of birth (a minor needs a legal guardian contact to be activated).</summary>
    /// <param name="dateOfBirth">The date of birth.</param>
    /// <returns>A new builder.</returns>
    public ClientBuilder BornOn(LocalDate dateOfBirth) =>
        new(_name, _preferredName, _pronouns, dateOfBirth, _primaryClinician, _supervisor, _contacts, _registeredAt, _active);

    /// <summary>Sets the treating clinician and, for a provisionally licensed clinician, the supervisor.</summary>
    /// <param name="clinician">The primary clinician.</param>
    /// <param name="supervisor">The supervisor, if any.</param>
    /// <returns>A new builder.</returns>
    public ClientBuilder TreatedBy(ClinicianId clinician, ClinicianId? supervisor = null) =>
        new(_name, _preferredName, _pronouns, _dateOfBirth, clinician, supervisor, _contacts, _registeredAt, _active);

    /// <summary>Adds a contact (emergency contact, guardian, bill-to party).</summary>
    /// <param name="contact">The contact.</param>
    /// <returns>A new builder.</returns>
    public ClientBuilder WithContact(ClientContact contact)
    {
        ArgumentNullException.ThrowIfNull(contact);
        return new(_name, _preferredName, _pronouns, _dateOfBirth, _primaryClinician, _supervisor, _contacts.Add(contact), _registeredAt, _active);
    }

    /// <summary>Sets when the client is registered (and activated, unless <see cref="Prospective"/>).</summary>
    /// <param name="registeredAt">The instant.</param>
    /// <returns>A new builder.</returns>
    public ClientBuilder RegisteredAt(Instant registeredAt) =>
        new(_name, _preferredName, _pronouns, _dateOfBirth, _primaryClinician, _supervisor, _contacts, registeredAt, _active);

    /// <summary>Leaves the client prospective (registered, not yet activated).</summary>
    /// <returns>A new builder.</returns>
    public ClientBuilder Prospective() =>
        new(_name, _preferredName, _pronouns, _dateOfBirth, _primaryClinician, _supervisor, _contacts, _registeredAt, false);

    /// <summary>Returns the registration the client is built from.</summary>
    /// <returns>The registration.</returns>
    public ClientRegistration Registration() =>
        new(new ClientDemographics(_name, _preferredName, _pronouns, _dateOfBirth), _contacts, _primaryClinician, _supervisor);

    /// <summary>Builds the client with ids from <paramref name="ids"/>.</summary>
    /// <param name="ids">The id generator (for example <c>TestIds.Seeded()</c>).</param>
    /// <returns>The client, active unless <see cref="Prospective"/> was called.</returns>
    /// <exception cref="InvalidOperationException">The registration or activation was refused; the message carries the error code.</exception>
    public Client Build(IIdGenerator ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var client = BuilderResults.Value(Client.Register(ids, Registration(), _registeredAt), "register the client");
        if (!_active)
        {
            return client;
        }

        var today = _registeredAt.InUtc().Date;
        return BuilderResults.Value(client.Activate(today, _registeredAt), "activate the client");
    }
}
