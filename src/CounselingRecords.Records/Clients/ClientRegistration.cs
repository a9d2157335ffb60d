using System.Collections.Immutable;
using CounselingRecords.Identity;
using CounselingRecords.Privacy;

namespace CounselingRecords.Records.Clients;

/// <summary>What is needed to register a client: demographics, contacts, and optionally the primary clinician and their supervisor.</summary>
[ProtectedHealthInformation]
public sealed class ClientRegistration
{
    /// <summary>Initializes a new instance of the <see cref="ClientRegistration"/> class.</summary>
    /// <param name="demographics">The demographics.</param>
    /// <param name="contacts">The contacts (emergency, guardian, bill-to).</param>
    /// <param name="primaryClinicianId">The primary treating clinician, if already assigned.</param>
    /// <param name="supervisorId">The primary clinician's supervisor for this client, if they are supervised.</param>
    public ClientRegistration(ClientDemographics demographics, ImmutableArray<ClientContact> contacts, ClinicianId? primaryClinicianId, ClinicianId? supervisorId)
    {
        Demographics = demographics;
        Contacts = contacts.IsDefault ? ImmutableArray<ClientContact>.Empty : contacts;
        PrimaryClinicianId = primaryClinicianId;
        SupervisorId = supervisorId;
    }

    /// <summary>Gets the demographics.</summary>
    public ClientDemographics Demographics { get; }

    /// <summary>Gets the contacts.</summary>
    public ImmutableArray<ClientContact> Contacts { get; }

    /// <summary>Gets the primary clinician, if assigned.</summary>
    public ClinicianId? PrimaryClinicianId { get; }

    /// <summary>Gets the primary clinician's supervisor, if any.</summary>
    public ClinicianId? SupervisorId { get; }

    /// <inheritdoc />
    public override string ToString() => "ClientRegistration";
}
