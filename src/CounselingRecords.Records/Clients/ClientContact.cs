using CounselingRecords.Privacy;

namespace CounselingRecords.Records.Clients;

/// <summary>A person related to the client: emergency contact, legal guardian, alternate bill-to party.</summary>
[ProtectedHealthInformation]
public sealed class ClientContact
{
    /// <summary>Initializes a new instance of the <see cref="ClientContact"/> class.</summary>
    /// <param name="roles">What the person is to the record.</param>
    /// <param name="name">The person's name.</param>
    /// <param name="relationship">The relationship to the client, for example <c>mother</c>.</param>
    /// <param name="phone">A phone number, if any.</param>
    /// <param name="email">An email address, if any.</param>
    /// <param name="postalAddress">A postal address (required for a bill-to party), if any.</param>
    public ClientContact(ContactRoles roles, string name, string relationship, string? phone, string? email, string? postalAddress)
    {
        Roles = roles;
        Name = name;
        Relationship = relationship;
        Phone = phone;
        Email = email;
        PostalAddress = postalAddress;
    }

    /// <summary>Gets what the person is to the record.</summary>
    public ContactRoles Roles { get; }

    /// <summary>Gets the person's name.</summary>
    public string Name { get; }

    /// <summary>Gets the relationship to the client.</summary>
    public string Relationship { get; }

    /// <summary>Gets the phone number.</summary>
    public string? Phone { get; }

    /// <summary>Gets the email address.</summary>
    public string? Email { get; }

    /// <summary>Gets the postal address.</summary>
    public string? PostalAddress { get; }

    /// <summary>Returns whether the contact holds a role.</summary>
    /// <param name="role">The role.</param>
    /// <returns><see langword="true"/> when held.</returns>
    public bool Has(ContactRoles role) => role != ContactRoles.None && (Roles & role) == role;

    /// <inheritdoc />
    public override string ToString() => $"ClientContact ({Roles})";
}
