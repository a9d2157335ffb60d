using CounselingRecords.Privacy;

namespace CounselingRecords.Policies.Inquiries;

/// <summary>
/// How to reach a prospective client: a name, a phone number and/or an email address, the preferred method and
/// whether a message may be left (a privacy choice). PHI; prints nothing identifying.
/// </summary>
[ProtectedHealthInformation]
public sealed record ProspectContact
{
    /// <summary>Initializes a new instance of the <see cref="ProspectContact"/> class.</summary>
    /// <param name="name">The name the prospect gave.</param>
    /// <param name="phone">A phone number, if given.</param>
    /// <param name="email">An email address, if given.</param>
    /// <param name="preferred">The preferred method.</param>
    /// <param name="okToLeaveMessage">Whether a voicemail or message may be left.</param>
    public ProspectContact(string name, string? phone, string? email, ContactMethod preferred, bool okToLeaveMessage)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name;
        Phone = string.IsNullOrWhiteSpace(phone) ? null : phone;
        Email = string.IsNullOrWhiteSpace(email) ? null : email;
        Preferred = preferred;
        OkToLeaveMessage = okToLeaveMessage;
    }

    /// <summary>Gets the name.</summary>
    public string Name { get; }

    /// <summary>Gets the phone number, if given.</summary>
    public string? Phone { get; }

    /// <summary>Gets the email address, if given.</summary>
    public string? Email { get; }

    /// <summary>Gets the preferred method.</summary>
    public ContactMethod Preferred { get; }

    /// <summary>Gets a value indicating whether a message may be left.</summary>
    public bool OkToLeaveMessage { get; }

    /// <inheritdoc />
    public override string ToString() => $"ProspectContact (prefers {Preferred})";
}
