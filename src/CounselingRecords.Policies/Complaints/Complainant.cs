using CounselingRecords.Privacy;

namespace CounselingRecords.Policies.Complaints;

/// <summary>Who made a complaint and how to reach them. Names and contact details are PHI; the type prints its kind only.</summary>
[ProtectedHealthInformation]
public sealed record Complainant
{
    /// <summary>Initializes a new instance of the <see cref="Complainant"/> class.</summary>
    /// <param name="kind">Who they are.</param>
    /// <param name="name">Their name, unless anonymous.</param>
    /// <param name="contact">How to reach them (phone, email or address), unless anonymous.</param>
    public Complainant(ComplainantKind kind, string? name, string? contact)
    {
        if (!Enum.IsDefined(kind))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown complainant kind.");
        }

        Kind = kind;
        Name = string.IsNullOrWhiteSpace(name) ? null : name;
        Contact = string.IsNullOrWhiteSpace(contact) ? null : contact;
    }

    /// <summary>Gets who they are.</summary>
    public ComplainantKind Kind { get; }

    /// <summary>Gets their name, if given.</summary>
    public string? Name { get; }

    /// <summary>Gets how to reach them, if given.</summary>
    public string? Contact { get; }

    /// <inheritdoc />
    public override string ToString() => $"Complainant ({Kind})";
}
