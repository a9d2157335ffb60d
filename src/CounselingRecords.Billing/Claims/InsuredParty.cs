using CounselingRecords.Privacy;
using NodaTime;

namespace CounselingRecords.Billing.Claims;

/// <summary>The insured (subscriber) of a claim: CMS-1500 items 4, 7 and 11 (loop 2010BA; R2.5, R2.6).</summary>
/// <param name="LastName">The insured's last name (item 4).</param>
/// <param name="FirstName">The insured's first name (item 4).</param>
/// <param name="Address">The insured's address (item 7).</param>
/// <param name="GroupNumber">The insured's policy group or FECA number (item 11), if any.</param>
/// <param name="DateOfBirth">The insured's date of birth (item 11a), if known.</param>
/// <param name="Sex">The insured's sex code (item 11a: M, F or U), if known.</param>
[ProtectedHealthInformation]
public sealed record InsuredParty(string LastName, string FirstName, PostalAddress Address, string? GroupNumber = null, LocalDate? DateOfBirth = null, string? Sex = null)
{
    /// <summary>Gets a value indicating whether items 4 and 7 are filled: a name and a complete address.</summary>
    public bool IsComplete => !string.IsNullOrWhiteSpace(LastName) && !string.IsNullOrWhiteSpace(FirstName) && Address is { IsComplete: true };

    /// <summary>Prints no demographics.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => "InsuredParty";
}
