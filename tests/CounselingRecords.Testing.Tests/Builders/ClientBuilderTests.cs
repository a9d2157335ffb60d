using CounselingRecords.Records.Clients;
using CounselingRecords.Testing.Access;
using CounselingRecords.Testing.Builders;
using CounselingRecords.Testing.Identity;
using NodaTime;

namespace CounselingRecords.Testing.Tests.Builders;

public sealed class ClientBuilderTests
{
    [Fact]
    public void Build_Defaults_GivesAnActiveAdultTreatedByTheTestClinician()
    {
        var client = new ClientBuilder().Build(TestIds.Seeded());

        Assert.Equal(ClientStatus.Active, client.Status);
        Assert.Equal("Rivera", client.Demographics.LegalName.Family);
        Assert.Equal(new LocalDate(1990, 4, 12), client.Demographics.DateOfBirth);
        Assert.Contains(client.CareTeam, m => m.ClinicianId == TestActors.Clinician.ClinicianId);
    }

    [Fact]
    public void Build_Prospective_LeavesTheClientProspective()
    {
        var client = new ClientBuilder().Prospective().Build(TestIds.Seeded());

        Assert.Equal(ClientStatus.Prospective, client.Status);
    }

    [Fact]
    public void Build_SameSeed_GivesTheSameId()
    {
        var first = new ClientBuilder().Build(TestIds.Seeded(3));
        var second = new ClientBuilder().Build(TestIds.Seeded(3));

        Assert.Equal(first.Id, second.Id);
    }

    [Fact]
    public void Named_DoesNotChangeTheOriginalBuilder()
    {
        var original = new ClientBuilder();
        var renamed = original.Named("Sam", "Okafor");

        Assert.Equal("Rivera", original.Registration().Demographics.LegalName.Family);
        Assert.Equal("Okafor", renamed.Registration().Demographics.LegalName.Family);
    }

    [Fact]
    public void TreatedBy_Supervised_RecordsTheSupervisorOnThePrimary()
    {
        var client = new ClientBuilder().TreatedBy(TestActors.Clinician.ClinicianId!.Value, TestActors.Supervisor.ClinicianId).Build(TestIds.Seeded());

        var primary = Assert.Single(client.CareTeam);
        Assert.Equal(TestActors.Clinician.ClinicianId, primary.ClinicianId);
        Assert.Equal(TestActors.Supervisor.ClinicianId, primary.SupervisorId);
    }
}
