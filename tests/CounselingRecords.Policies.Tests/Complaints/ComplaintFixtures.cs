using CounselingRecords.Auditing;
using CounselingRecords.Identity;
using CounselingRecords.Policies.Complaints;
using CounselingRecords.Testing.Access;
using CounselingRecords.Testing.Identity;
using NodaTime;
using static CounselingRecords.Policies.Tests.Fixtures;

namespace CounselingRecords.Policies.Tests.Complaints;

internal static class ComplaintFixtures
{
    public static readonly Instant Received = Ny(2026, 4, 6, 11);

    /// <summary>A billing complaint by client 1 against clinician 1 (the test clinician actor).</summary>
    public static ComplaintDetails Details(ComplaintCategory category = ComplaintCategory.Billing, ComplaintSubject? against = null, string summary = "I was charged for a session I cancelled two days ahead.") => new(
        ComplaintChannel.Phone,
        category,
        new Complainant(ComplainantKind.Client, "Client One", "555-201-3344"),
        Client,
        against ?? ComplaintSubject.AgainstClinician(TestActors.Clinician.ClinicianId!.Value, TestActors.Clinician.UserId),
        summary,
        [RecordReference.For("Appointment", TestIds.Numbered<AppointmentId>(1))]);

    public static Complaint NewComplaint(ComplaintDetails? details = null) =>
        Complaint.Receive(TestIds.Numbered<ComplaintId>(1), details ?? Details(), ComplaintTargets.Default, Received, Staff).Value;
}
