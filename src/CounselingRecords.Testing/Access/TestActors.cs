using CounselingRecords.Access;
using CounselingRecords.Identity;
using CounselingRecords.Testing.Identity;

namespace CounselingRecords.Testing.Access;

/// <summary>Fixed actors for tests, one per role, with readable numbered ids.</summary>
public static class TestActors
{
    /// <summary>Gets a licensed clinician (clinician 1).</summary>
    public static Actor Clinician { get; } = Actor.ForClinician(TestIds.Numbered<UserId>(1), TestIds.Numbered<ClinicianId>(1), "Clinician One");

    /// <summary>Gets another clinician who does not treat the test clients (clinician 2).</summary>
    public static Actor OtherClinician { get; } = Actor.ForClinician(TestIds.Numbered<UserId>(2), TestIds.Numbered<ClinicianId>(2), "Clinician Two");

    /// <summary>Gets a supervisor (clinician 3).</summary>
    public static Actor Supervisor { get; } = Actor.ForSupervisor(TestIds.Numbered<UserId>(3), TestIds.Numbered<ClinicianId>(3), "Supervisor Three");

    /// <summary>Gets a biller.</summary>
    public static Actor Biller { get; } = Actor.ForStaff(TestIds.Numbered<UserId>(4), Role.Biller, "Biller");

    /// <summary>Gets a front-desk staff member.</summary>
    public static Actor FrontDesk { get; } = Actor.ForStaff(TestIds.Numbered<UserId>(5), Role.FrontDesk, "Front Desk");

    /// <summary>Gets a practice administrator.</summary>
    public static Actor PracticeAdmin { get; } = Actor.ForStaff(TestIds.Numbered<UserId>(6), Role.PracticeAdmin, "Practice Admin");

    /// <summary>Gets a client acting on their own records (client 1).</summary>
    public static Actor Client { get; } = Actor.ForClient(TestIds.Numbered<UserId>(7), TestIds.Numbered<ClientId>(1), "Client One");

    /// <summary>Gets an automated process.</summary>
    public static Actor System { get; } = Actor.ForStaff(TestIds.Numbered<UserId>(8), Role.System, "System");
}
