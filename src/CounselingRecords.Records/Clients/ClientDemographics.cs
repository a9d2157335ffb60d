using CounselingRecords.Privacy;
using NodaTime;

namespace CounselingRecords.Records.Clients;

/// <summary>Who the client is: legal name, preferred name, pronouns and date of birth.</summary>
[ProtectedHealthInformation]
public sealed class ClientDemographics
{
    /// <summary>Initializes a new instance of the <see cref="ClientDemographics"/> class.</summary>
    /// <param name="legalName">The legal name (claims, superbills).</param>
    /// <param name="preferredName">The name the client goes by, if different.</param>
    /// <param name="pronouns">The client's pronouns, if given.</param>
    /// <param name="dateOfBirth">The date of birth.</param>
    public ClientDemographics(PersonName legalName, string? preferredName, string? pronouns, LocalDate dateOfBirth)
    {
        LegalName = legalName;
        PreferredName = preferredName;
        Pronouns = pronouns;
        DateOfBirth = dateOfBirth;
    }

    /// <summary>Gets the legal name.</summary>
    public PersonName LegalName { get; }

    /// <summary>Gets the preferred name.</summary>
    public string? PreferredName { get; }

    /// <summary>Gets the pronouns.</summary>
    public string? Pronouns { get; }

    /// <summary>Gets the date of birth.</summary>
    public LocalDate DateOfBirth { get; }

    /// <summary>Returns the client's age in whole years on a date.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The age (0 before the first birthday).</returns>
    public int AgeOn(LocalDate date) => date < DateOfBirth ? 0 : Period.Between(DateOfBirth, date, PeriodUnits.Years).Years;

    /// <summary>Returns the date the client reaches the age of majority (a 29 February birth reaches it on 28 February in common years).</summary>
    /// <param name="ageOfMajority">The age of majority.</param>
    /// <returns>The date.</returns>
    public LocalDate MajorityDate(int ageOfMajority) => DateOfBirth.PlusYears(ageOfMajority);

    /// <summary>Returns whether the client is a minor on a date.</summary>
    /// <param name="date">The date.</param>
    /// <param name="ageOfMajority">The age of majority (18 in most US states; configurable, R7.11).</param>
    /// <returns><see langword="true"/> before the majority date.</returns>
    public bool IsMinorOn(LocalDate date, int ageOfMajority) => date < MajorityDate(ageOfMajority);

    /// <inheritdoc />
    public override string ToString() => "ClientDemographics";
}
