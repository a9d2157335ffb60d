using System.Collections.Immutable;
using CounselingRecords.Privacy;
using CounselingRecords.Records.Clients;
using NodaTime;

namespace CounselingRecords.Records.Retention;

/// <summary>What retention is computed from: the client's date of birth, the last date of service, and the legal holds.</summary>
[ProtectedHealthInformation]
public sealed class RetentionFacts
{
    /// <summary>Initializes a new instance of the <see cref="RetentionFacts"/> class.</summary>
    /// <param name="dateOfBirth">The client's date of birth.</param>
    /// <param name="lastServiceDate">The last date of service in the record.</param>
    /// <param name="legalHolds">The legal holds on the record.</param>
    public RetentionFacts(LocalDate dateOfBirth, LocalDate lastServiceDate, ImmutableArray<LegalHold> legalHolds)
    {
        if (lastServiceDate < dateOfBirth)
        {
            throw new ArgumentException("The last service is on or after the date of birth.", nameof(lastServiceDate));
        }

        var holds = legalHolds.IsDefault ? ImmutableArray<LegalHold>.Empty : legalHolds;
        if (holds.Any(h => h is null))
        {
            throw new ArgumentException("The legal holds hold no null entry.", nameof(legalHolds));
        }

        DateOfBirth = dateOfBirth;
        LastServiceDate = lastServiceDate;
        LegalHolds = holds;
    }

    /// <summary>Gets the date of birth.</summary>
    public LocalDate DateOfBirth { get; }

    /// <summary>Gets the last date of service.</summary>
    public LocalDate LastServiceDate { get; }

    /// <summary>Gets the legal holds.</summary>
    public ImmutableArray<LegalHold> LegalHolds { get; }

    /// <summary>Returns the facts of a client's record.</summary>
    /// <param name="client">The client (date of birth and legal holds).</param>
    /// <param name="lastServiceDate">The last date of service (the latest date of service of the client's notes).</param>
    /// <returns>The facts.</returns>
    public static RetentionFacts For(Client client, LocalDate lastServiceDate)
    {
        ArgumentNullException.ThrowIfNull(client);
        return new RetentionFacts(client.Demographics.DateOfBirth, lastServiceDate, client.LegalHolds);
    }

    /// <inheritdoc />
    public override string ToString() => $"RetentionFacts ({LegalHolds.Length} legal holds)";
}
