using CounselingRecords.Policies.Inquiries;
using CounselingRecords.Results;
using CounselingRecords.Validation;
using NodaTime;

namespace CounselingRecords.Policies.Tests.Inquiries;

public sealed class InquiryValidatorTests
{
    private static string[] Codes<T>(Result<T> result) => result.Success ? [] : result.Error.Details.Select(d => d.Code).ToArray();

    private static InquiryDetails With(ProspectContact contact) => new(InquiryChannel.Phone, contact, RequestedService.CouplesTherapy);

    [Theory]
    [InlineData("555-201-3344", null, ContactMethod.Phone)]
    [InlineData("+1 (555) 201-3344 x12", null, ContactMethod.TextMessage)]
    [InlineData(null, "jordan@example.org", ContactMethod.Email)]
    public void Details_ValidContact_Passes(string? phone, string? email, ContactMethod preferred)
    {
        Assert.Empty(Codes(new InquiryDetailsValidator().Check(With(new ProspectContact("Jordan", phone, email, preferred, true)))));
    }

    [Theory]
    [InlineData(null, null, ContactMethod.Phone, PoliciesErrorCodes.InquiryContactMethodRequired)]
    [InlineData("12", null, ContactMethod.Phone, PoliciesErrorCodes.InquiryContactInvalid)]
    [InlineData(null, "not-an-address", ContactMethod.Email, PoliciesErrorCodes.InquiryContactInvalid)]
    [InlineData(null, "jordan@example.org", ContactMethod.Phone, PoliciesErrorCodes.InquiryPreferredMethodMissing)]
    public void Details_BadContact_IsReported(string? phone, string? email, ContactMethod preferred, string expected)
    {
        Assert.Contains(expected, Codes(new InquiryDetailsValidator().Check(With(new ProspectContact("Jordan", phone, email, preferred, true)))));
    }

    [Fact]
    public void Details_ReasonAtTheLimit_PassesAndOneMoreFails()
    {
        var contact = new ProspectContact("Jordan", "555-201-3344", null, ContactMethod.Phone, false);

        Assert.Empty(Codes(new InquiryDetailsValidator().Check(new InquiryDetails(InquiryChannel.Email, contact, RequestedService.Other, new string('a', 500)))));
        Assert.Equal(new[] { PoliciesErrorCodes.InquiryReasonTooLong }, Codes(new InquiryDetailsValidator().Check(new InquiryDetails(InquiryChannel.Email, contact, RequestedService.Other, new string('a', 501)))));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(31 * 24)]
    public void Targets_OutOfRange_AreReported(int hours)
    {
        Assert.Equal(new[] { PoliciesErrorCodes.InquiryTargetInvalid }, Codes(new InquiryTargetsValidator().Check(new InquiryTargets(Duration.FromHours(hours)))));
    }
}
