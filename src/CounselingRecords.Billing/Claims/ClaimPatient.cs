using CounselingRecords.Identity;
using CounselingRecords.Privacy;
using NodaTime;

namespace CounselingRecords.Billing.Claims;

/// <summary>The patient and insured on a claim (CMS-1500 items 1a–7, 11, 26; R2.5).</summary>
/// <param name="Client">The client.</param>
/// <param name="LastName">The patient's last name as on the insurance card.</param>
/// <param name="FirstName">The patient's first name.</param>
/// <param name="DateOfBirth">The date of birth.</param>
/// <param name="Sex">The sex code as the payer requires it (M, F or U).</param>
/// <param name="Address">The patient's address.</param>
/// <param name="MemberId">The insured's member id (item 1a).</param>
/// <param name="InsuredName">The insured's name when the patient is not the insured.</param>
/// <param name="Relationship">The patient's relationship to the insured (item 6).</param>
/// <param name="AccountNumber">The patient account number (item 26).</param>
[ProtectedHealthInformation]
public sealed record ClaimPatient(
    ClientId Client,
    string LastName,
    string FirstName,
    LocalDate DateOfBirth,
    string Sex,
    PostalAddress Address,
    string MemberId,
    string? InsuredName,
    RelationshipToInsured Relationship,
    string AccountNumber)
{
    /// <summary>Names the client id only.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"ClaimPatient {Client}";
}
