using CounselingRecords.Policies.Complaints;
using CounselingRecords.Results;
using CounselingRecords.Validation;
using static CounselingRecords.Policies.Tests.Complaints.ComplaintFixtures;

namespace CounselingRecords.Policies.Tests.Complaints;

public sealed class ComplaintValidatorTests
{
    private static string[] Codes<T>(Result<T> result) => result.Success ? [] : result.Error.Details.Select(d => d.Code).ToArray();

    [Fact]
    public void Details_Valid_Passes()
    {
        Assert.Empty(Codes(new ComplaintDetailsValidator().Check(Details())));
    }

    [Fact]
    public void Details_ClientComplainantWithoutClient_IsReported()
    {
        Assert.Equal(new[] { PoliciesErrorCodes.ComplaintClientRequired }, Codes(new ComplaintDetailsValidator().Check(Details() with { ClientId = null })));
    }

    [Fact]
    public void Details_ClinicianSubjectWithoutId_IsReported()
    {
        var details = Details() with { Against = new ComplaintSubject(ComplaintSubjectKind.Clinician, null, null) };

        Assert.Equal(new[] { PoliciesErrorCodes.ComplaintSubjectRequired }, Codes(new ComplaintDetailsValidator().Check(details)));
    }

    [Fact]
    public void Details_AnonymousWithAName_AndEmptySummary_AreReported()
    {
        var details = Details(summary: string.Empty) with { Complainant = new Complainant(ComplainantKind.Anonymous, "Someone", null), ClientId = null };

        Assert.Equal(new[] { PoliciesErrorCodes.ComplaintSummaryRequired, PoliciesErrorCodes.ComplaintPartyInvalid }, Codes(new ComplaintDetailsValidator().Check(details)));
    }

    [Fact]
    public void Details_SummaryOverTheLimit_IsReported()
    {
        Assert.Equal(new[] { PoliciesErrorCodes.ComplaintSummaryTooLong }, Codes(new ComplaintDetailsValidator().Check(Details(summary: new string('x', 20_001)))));
    }

    [Fact]
    public void Resolution_NotSubstantiatedWithoutAction_Passes()
    {
        Assert.Empty(Codes(new ComplaintResolutionDetailsValidator().Check(new ComplaintResolutionDetails(ComplaintFinding.Inconclusive, "Not enough evidence.", null))));
    }

    [Fact]
    public void Targets_Default_AreValid()
    {
        Assert.Empty(Codes(new ComplaintTargetsValidator().Check(ComplaintTargets.Default)));
    }
}
