using CounselingRecords.Care;
using CounselingRecords.Identity;
using CounselingRecords.Policies.Complaints;
using CounselingRecords.Policies.Inquiries;
using CounselingRecords.Policies.Specifications;
using CounselingRecords.Testing.Access;
using CounselingRecords.Testing.Identity;
using NodaTime;
using static CounselingRecords.Policies.Tests.Complaints.ComplaintFixtures;
using static CounselingRecords.Policies.Tests.Fixtures;

namespace CounselingRecords.Policies.Tests.Specifications;

public sealed class SpecificationTests
{
    private static readonly Instant Start = Ny(2026, 4, 6, 9);

    private static Inquiry NewInquiry(int number, Instant at) => Inquiry.Receive(
        TestIds.Numbered<InquiryId>(number),
        new InquiryDetails(InquiryChannel.Phone, new ProspectContact("P", "555-201-3344", null, ContactMethod.Phone, false), RequestedService.IndividualTherapy, StatedCoverage: PayerClass.SelfPay),
        InquiryTargets.Default,
        at,
        Staff).Value;

    private static Complaint ComplaintAt(int number, Instant at, ComplaintDetails? details = null) =>
        Complaint.Receive(TestIds.Numbered<ComplaintId>(number), details ?? Details(), ComplaintTargets.Default, at, Staff).Value;

    [Fact]
    public void OverdueInquiries_UnansweredPastDue_MostOverdueFirst()
    {
        var older = NewInquiry(1, Start);
        var newer = NewInquiry(2, Start + Duration.FromHours(2));
        var answered = NewInquiry(3, Start).RecordContact(Start + Duration.FromHours(1), Staff).Value;
        var closed = NewInquiry(4, Start).Decline(DeclineReason.NoCapacity, null, Start + Duration.FromHours(1), Staff).Value;
        var notYetDue = NewInquiry(5, Start + Duration.FromHours(20));

        var overdue = new OverdueInquiriesSpec(Start + Duration.FromHours(27)).Evaluate([newer, answered, closed, notYetDue, older]).ToList();

        Assert.Equal(new[] { older.Id, newer.Id }, overdue.Select(i => i.Id).ToArray());
        Assert.All(overdue, i => Assert.True(i.IsOverdueAt(Start + Duration.FromHours(27))));
    }

    [Fact]
    public void OpenInquiries_ExcludesClosed()
    {
        var open = NewInquiry(1, Start);
        var closed = NewInquiry(2, Start).CloseForNoResponse(null, Start + Duration.FromDays(3), Staff).Value;

        Assert.Equal(new[] { open.Id }, new OpenInquiriesSpec().Evaluate([closed, open]).Select(i => i.Id).ToArray());
    }

    [Fact]
    public void OverdueComplaints_AgreesWithOverdueAt()
    {
        var unacknowledged = ComplaintAt(1, Start);
        var acknowledged = ComplaintAt(2, Start).Acknowledge(Start + Duration.FromDays(1), Staff).Value;
        var escalated = ComplaintAt(3, Start).Escalate(new ComplaintEscalationDetails(ExternalBody.Ombudsman, "Ombudsman"), Start, Staff).Value;
        Complaint[] all = [unacknowledged, acknowledged, escalated];

        foreach (var asOf in new[] { Start + Duration.FromDays(4), Start + Duration.FromDays(6), Start + Duration.FromDays(31) })
        {
            var expected = all.Where(c => !c.OverdueAt(asOf).IsEmpty).Select(c => c.Id).ToHashSet();
            Assert.Equal(expected, new OverdueComplaintsSpec(asOf).Evaluate(all).Select(c => c.Id).ToHashSet());
        }

        Assert.Equal(new[] { unacknowledged.Id }, new OverdueComplaintsSpec(Start + Duration.FromDays(6)).Evaluate(all).Select(c => c.Id).ToArray());
    }

    [Fact]
    public void ComplaintsAgainstClinician_AndBillingHolds_Filter()
    {
        var againstClinician = ComplaintAt(1, Start);
        var againstPractice = ComplaintAt(2, Start, Details(ComplaintCategory.Facilities, ComplaintSubject.Practice));

        Assert.Equal(new[] { againstClinician.Id }, new ComplaintsAgainstClinicianSpec(TestActors.Clinician.ClinicianId!.Value).Evaluate([againstClinician, againstPractice]).Select(c => c.Id).ToArray());
        Assert.Equal(new[] { againstClinician.Id }, new BillingHoldComplaintsSpec(Client).Evaluate([againstClinician, againstPractice]).Select(c => c.Id).ToArray());
        Assert.Equal(new[] { againstClinician.Id, againstPractice.Id }, new OpenComplaintsSpec().Evaluate([againstPractice, againstClinician]).Select(c => c.Id).OrderBy(i => i.Value).ToArray());
    }
}
