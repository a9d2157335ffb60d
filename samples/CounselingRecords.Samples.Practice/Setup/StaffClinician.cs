using CounselingRecords.Access;
using CounselingRecords.Practice.Clinicians;
using NodaTime;

namespace CounselingRecords.Samples.Practice.Setup;

/// <summary>A clinician of the simulated practice: the directory entry, the signed-in actor, the office's time zone.</summary>
internal sealed record StaffClinician(PracticeClinician Clinician, Actor Actor, DateTimeZone Zone, string Office)
{
    public string Name => Clinician.Name;
}
