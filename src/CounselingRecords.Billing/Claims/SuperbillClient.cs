using CounselingRecords.Identity;
using CounselingRecords.Privacy;
using NodaTime;

namespace CounselingRecords.Billing.Claims;

/// <summary>The client block of a superbill (R2.10): legal name as on the insurance card, date of birth, address, member id and subscriber.</summary>
/// <param name="Client">The client.</param>
/// <param name="LegalName">The full legal name as on the insurance card.</param>
/// <param name="DateOfBirth">The date of birth.</param>
/// <param name="Address">The address.</param>
/// <param name="MemberId">The insurance member id, if the client will submit to a plan.</param>
/// <param name="SubscriberName">The subscriber, when different from the client.</param>
[ProtectedHealthInformation]
public sealed record SuperbillClient(ClientId Client, string LegalName, LocalDate DateOfBirth, PostalAddress Address, string? MemberId, string? SubscriberName)
{
    /// <summary>Names the client id only.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"SuperbillClient {Client}";
}
