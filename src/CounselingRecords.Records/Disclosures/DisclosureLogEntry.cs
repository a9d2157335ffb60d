using CounselingRecords.Identity;
using CounselingRecords.Privacy;
using NodaTime;

namespace CounselingRecords.Records.Disclosures;

/// <summary>
/// One disclosure of a client's protected health information, as the accounting of disclosures lists it
/// (R7.9, 45 CFR 164.528(b)(2)): the date, the recipient, a brief description of what was disclosed, the purpose, and
/// who disclosed it.
/// </summary>
[ProtectedHealthInformation]
public sealed record DisclosureLogEntry
{
    /// <summary>Initializes a new instance of the <see cref="DisclosureLogEntry"/> class.</summary>
    /// <param name="clientId">The client whose information was disclosed.</param>
    /// <param name="disclosedOn">The date of the disclosure.</param>
    /// <param name="recipient">Who received it (name and, if known, address).</param>
    /// <param name="purpose">A brief statement of the purpose (or a copy of the request).</param>
    /// <param name="whatWasDisclosed">A brief description of the information disclosed.</param>
    /// <param name="disclosedBy">The user who made the disclosure.</param>
    /// <exception cref="ArgumentException">A value is missing.</exception>
    public DisclosureLogEntry(ClientId clientId, LocalDate disclosedOn, string recipient, string purpose, string whatWasDisclosed, UserId disclosedBy)
    {
        ClientId = clientId.Require(nameof(clientId));
        DisclosedOn = disclosedOn;
        ArgumentException.ThrowIfNullOrWhiteSpace(recipient);
        ArgumentException.ThrowIfNullOrWhiteSpace(purpose);
        ArgumentException.ThrowIfNullOrWhiteSpace(whatWasDisclosed);
        Recipient = recipient;
        Purpose = purpose;
        WhatWasDisclosed = whatWasDisclosed;
        DisclosedBy = disclosedBy.Require(nameof(disclosedBy));
    }

    /// <summary>Gets the client.</summary>
    public ClientId ClientId { get; }

    /// <summary>Gets the date of the disclosure.</summary>
    public LocalDate DisclosedOn { get; }

    /// <summary>Gets the recipient.</summary>
    public string Recipient { get; }

    /// <summary>Gets the purpose.</summary>
    public string Purpose { get; }

    /// <summary>Gets what was disclosed.</summary>
    public string WhatWasDisclosed { get; }

    /// <summary>Gets who disclosed it.</summary>
    public UserId DisclosedBy { get; }

    /// <summary>Returns the ids and date only.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"DisclosureLogEntry {ClientId} {DisclosedOn:uuuu-MM-dd}";
}
