using CounselingRecords.Billing.Claims;
using CounselingRecords.Identity;
using CounselingRecords.Practice.Clinicians;
using CounselingRecords.Practice.Tests.Support;
using CounselingRecords.Testing.Identity;
using static CounselingRecords.Practice.Tests.Support.World;

namespace CounselingRecords.Practice.Tests.Clinicians;

public sealed class ClinicianDirectoryTests
{
    [Fact]
    public void Get_KnownClinician_ReturnsTheSignerAndSupervisor()
    {
        var clinician = ResultAssert.Ok(Roster.Get(Associate));
        var signer = clinician.ToSigner();

        Assert.Equal(Associate, signer.ClinicianId);
        Assert.Equal("Casey Morgan", signer.Name);
        Assert.Equal("LPC-Associate", signer.Credentials);
        Assert.True(clinician.RequiresCoSignature);
        Assert.Equal(Supervisor, Roster.SupervisorOf(Associate));
        Assert.Null(Roster.SupervisorOf(Licensed));
    }

    [Fact]
    public void Get_UnknownClinician_IsRefused()
    {
        ResultAssert.Fails(Roster.Get(TestIds.Numbered<ClinicianId>(42)), PracticeErrorCodes.ClinicianUnknown);
        Assert.Null(Roster.SupervisorOf(TestIds.Numbered<ClinicianId>(42)));
    }

    [Fact]
    public void Constructor_DuplicateClinician_Throws()
    {
        Assert.Throws<ArgumentException>(() => new ClinicianDirectory([LicensedClinician, LicensedClinician]));
    }

    [Fact]
    public void Constructor_SupervisorOutsideTheDirectory_Throws()
    {
        Assert.Throws<ArgumentException>(() => new ClinicianDirectory([AssociateClinician]));
    }

    [Fact]
    public void Constructor_SupervisionInACircle_Throws()
    {
        var a = new PracticeClinician(TestIds.Numbered<ClinicianId>(20), "A", "LPC", false, null, null, TestIds.Numbered<ClinicianId>(21));
        var b = new PracticeClinician(TestIds.Numbered<ClinicianId>(21), "B", "LPC", false, null, null, TestIds.Numbered<ClinicianId>(20));

        Assert.Throws<ArgumentException>(() => new ClinicianDirectory([a, b]));
    }

    [Fact]
    public void PracticeClinician_InvalidNpiOrSelfSupervision_Throws()
    {
        Assert.Throws<ArgumentException>(() => new PracticeClinician(Licensed, "Jamie Lee", "LPC", false, "1234567890", null, null));
        Assert.Throws<ArgumentException>(() => new PracticeClinician(Licensed, "Jamie Lee", "LPC", false, null, "12345", null));
        Assert.Throws<ArgumentException>(() => new PracticeClinician(Licensed, "Jamie Lee", "LPC", false, null, null, Licensed));
    }

    [Fact]
    public void ToRenderingProvider_NeedsNpiAndTaxonomy()
    {
        var rendering = LicensedClinician.ToRenderingProvider();

        Assert.NotNull(rendering);
        Assert.Equal("Jamie Lee, LPC", rendering.Name);
        Assert.True(Npi.IsValid(rendering.Npi));
        Assert.Equal(TaxonomyCodes.ProfessionalCounselor, rendering.TaxonomyCode);
        Assert.Null(PrescriberClinician.ToRenderingProvider());
    }
}
