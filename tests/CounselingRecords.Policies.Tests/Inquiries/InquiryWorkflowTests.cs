using CounselingRecords.Access;
using CounselingRecords.Auditing;
using CounselingRecords.Care;
using CounselingRecords.Identity;
using CounselingRecords.Policies.Inquiries;
using CounselingRecords.Results;
using CounselingRecords.Testing.Access;
using CounselingRecords.Testing.Auditing;
using CounselingRecords.Testing.Identity;
using NodaTime;
using static CounselingRecords.Policies.Tests.Fixtures;

namespace CounselingRecords.Policies.Tests.Inquiries;

public sealed class InquiryWorkflowTests
{
    private static readonly Instant Received = Ny(2026, 3, 2, 10);
    private readonly RecordingAuditSink _audit = new();
    private readonly InquiryWorkflow _workflow;

    public InquiryWorkflowTests() => _workflow = new InquiryWorkflow(_audit, TestIds.Seeded());

    private static InquiryDetails Details(string? reason = "Anxiety at work", ProspectContact? contact = null) => new(
        InquiryChannel.WebForm,
        contact ?? new ProspectContact("Jordan Example", "555-201-3344", null, ContactMethod.Phone, okToLeaveMessage: false),
        RequestedService.IndividualTherapy,
        reason,
        "Psychology directory",
        PayerClass.Commercial);

    private async Task<Inquiry> ReceivedInquiry() =>
        (await _workflow.ReceiveAsync(Details(), InquiryTargets.Default, TestActors.FrontDesk, Received)).Value;

    [Fact]
    public async Task Receive_SetsTheResponseDueTimeFromTheTargetAndAudits()
    {
        var inquiry = await ReceivedInquiry();

        Assert.Equal(InquiryStatus.Received, inquiry.Status);
        Assert.Equal(Received + Duration.FromHours(24), inquiry.ResponseDueAt);
        var entry = Assert.Single(_audit.Entries);
        Assert.Equal(AuditAction.Create, entry.Action);
        Assert.Equal(AuditOutcome.Succeeded, entry.Outcome);
        Assert.Equal(AuditCategory.Administrative, entry.Category);
        Assert.Equal(inquiry.ToRecordReference(), entry.Record);
        Assert.Equal(InquiryAccessPolicy.IntakeStaffRuleId, entry.RuleId);
    }

    [Fact]
    public async Task Receive_InvalidDetails_IsRefusedAndAuditedAsFailed()
    {
        var result = await _workflow.ReceiveAsync(Details(reason: new string('x', 501)), InquiryTargets.Default, TestActors.FrontDesk, Received);

        Assert.Equal(CoreErrorCodes.ValidationFailed, result.Error.Code);
        Assert.Equal(PoliciesErrorCodes.InquiryReasonTooLong, Assert.Single(result.Error.Details).Code);
        Assert.Equal(AuditOutcome.Failed, Assert.Single(_audit.Entries).Outcome);
    }

    [Fact]
    public async Task Receive_ByABiller_IsDeniedAndAudited()
    {
        var result = await _workflow.ReceiveAsync(Details(), InquiryTargets.Default, TestActors.Biller, Received);

        Assert.Equal(CoreErrorCodes.AccessDenied, result.Error.Code);
        Assert.Equal(AuditOutcome.Denied, Assert.Single(_audit.Entries).Outcome);
    }

    [Fact]
    public async Task ConvertToIntake_ScreenedAppropriate_RecordsClientAndAppointment()
    {
        var client = TestIds.Numbered<ClientId>(40);
        var appointment = TestIds.Numbered<AppointmentId>(40);
        var screened = (await _workflow.ScreenAsync(await ReceivedInquiry(), ScreeningOutcome.Appropriate, null, TestActors.Clinician, Received + Duration.FromHours(3))).Value;

        var converted = (await _workflow.ScheduleIntakeAsync(screened, client, appointment, Clinician, TestActors.FrontDesk, Received + Duration.FromHours(4))).Value;

        Assert.Equal(InquiryStatus.IntakeScheduled, converted.Status);
        Assert.Equal(client, converted.ClientId);
        Assert.Equal(appointment, converted.IntakeAppointmentId);
        Assert.Equal(Received + Duration.FromHours(3), converted.FirstRespondedAt);
        Assert.Equal(Received + Duration.FromHours(4), converted.ClosedAt);
        Assert.Equal(new[] { "received", "screened", "intake scheduled" }, converted.Steps.Select(s => s.Action).ToArray());
        Assert.Equal(3, _audit.Entries.Count);
        Assert.Equal(client, _audit.Entries[^1].ClientId);
    }

    [Fact]
    public async Task ScheduleIntake_BeforeScreening_IsRefused()
    {
        var result = await _workflow.ScheduleIntakeAsync(await ReceivedInquiry(), TestIds.Numbered<ClientId>(40), TestIds.Numbered<AppointmentId>(40), Clinician, TestActors.FrontDesk, Received + Duration.FromHours(1));

        Assert.Equal(PoliciesErrorCodes.InquiryNotScreened, result.Error.Code);
        Assert.Equal(AuditOutcome.Failed, _audit.Entries[^1].Outcome);
    }

    [Fact]
    public async Task ScheduleIntake_ScreenedAsNeedingHigherCare_IsRefused()
    {
        var screened = (await _workflow.ScreenAsync(await ReceivedInquiry(), ScreeningOutcome.NeedsHigherLevelOfCare, "Refer to IOP", TestActors.Clinician, Received + Duration.FromHours(1))).Value;

        var result = await _workflow.ScheduleIntakeAsync(screened, TestIds.Numbered<ClientId>(40), TestIds.Numbered<AppointmentId>(40), Clinician, TestActors.FrontDesk, Received + Duration.FromHours(2));

        Assert.Equal(PoliciesErrorCodes.InquiryScreenedNotAppropriate, result.Error.Code);
    }

    [Fact]
    public async Task ReferOut_RecordsWhere_AndNeedsADestination()
    {
        var screened = (await _workflow.ScreenAsync(await ReceivedInquiry(), ScreeningOutcome.OutsideScope, null, TestActors.Clinician, Received + Duration.FromHours(1))).Value;

        var missing = await _workflow.ReferOutAsync(screened, " ", null, TestActors.FrontDesk, Received + Duration.FromHours(2));
        var referred = (await _workflow.ReferOutAsync(screened, "Eating Disorder Center of the Valley", null, TestActors.FrontDesk, Received + Duration.FromHours(2))).Value;

        Assert.Equal(PoliciesErrorCodes.InquiryReferralDestinationRequired, missing.Error.Code);
        Assert.Equal(InquiryStatus.ReferredOut, referred.Status);
        Assert.Equal("Eating Disorder Center of the Valley", referred.ReferredTo);
    }

    [Fact]
    public async Task Decline_FromReceived_CountsAsTheResponseAndCloses()
    {
        var declined = (await _workflow.DeclineAsync(await ReceivedInquiry(), DeclineReason.NoCapacity, null, TestActors.FrontDesk, Received + Duration.FromHours(30))).Value;

        Assert.Equal(InquiryStatus.Declined, declined.Status);
        Assert.Equal(DeclineReason.NoCapacity, declined.DeclineReason);
        Assert.False(declined.IsOverdueAt(Received + Duration.FromDays(5)));
    }

    [Fact]
    public async Task ClosedInquiry_RefusesFurtherSteps()
    {
        var closed = (await _workflow.CloseForNoResponseAsync(await ReceivedInquiry(), "Three calls, no answer", TestActors.FrontDesk, Received + Duration.FromDays(7))).Value;

        var result = await _workflow.RecordContactAsync(closed, TestActors.FrontDesk, Received + Duration.FromDays(8));

        Assert.Equal(InquiryStatus.NoResponse, closed.Status);
        Assert.Equal(PoliciesErrorCodes.InquiryClosed, result.Error.Code);
    }

    [Fact]
    public async Task Step_DatedBeforeThePrevious_IsRefused()
    {
        var result = await _workflow.RecordContactAsync(await ReceivedInquiry(), TestActors.FrontDesk, Received - Duration.FromMinutes(1));

        Assert.Equal(PoliciesErrorCodes.InquiryTimeBeforePreviousStep, result.Error.Code);
    }

    [Fact]
    public async Task IsOverdueAt_UntilTheFirstContact()
    {
        var inquiry = await ReceivedInquiry();
        var contacted = (await _workflow.RecordContactAsync(inquiry, TestActors.FrontDesk, Received + Duration.FromHours(30))).Value;

        Assert.False(inquiry.IsOverdueAt(Received + Duration.FromHours(24)));
        Assert.True(inquiry.IsOverdueAt(Received + Duration.FromHours(24) + Duration.Epsilon));
        Assert.False(contacted.IsOverdueAt(Received + Duration.FromHours(48)));
        Assert.Equal(Received + Duration.FromHours(30), contacted.FirstRespondedAt);
    }

    [Fact]
    public async Task Read_ByABiller_IsDeniedAndAudited()
    {
        var result = await _workflow.ReadAsync(await ReceivedInquiry(), TestActors.Biller, Received + Duration.FromHours(1));

        Assert.Equal(CoreErrorCodes.AccessDenied, result.Error.Code);
        Assert.Equal(InquiryAccessPolicy.NeedToKnowRuleId, result.Error.RuleId);
        Assert.Equal((AuditAction.Read, AuditOutcome.Denied), (_audit.Entries[^1].Action, _audit.Entries[^1].Outcome));
    }

    [Fact]
    public async Task Inquiry_ToString_PrintsNoContactDetails()
    {
        var inquiry = await ReceivedInquiry();

        Assert.DoesNotContain("Jordan", inquiry.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("555", inquiry.Contact.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Anxiety", Details().ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void AccessPolicy_DeleteOnlyByTheAdministrator()
    {
        var inquiry = Inquiry.Receive(TestIds.Numbered<InquiryId>(1), Details(), InquiryTargets.Default, Received, Staff).Value;

        Assert.True(InquiryAccessPolicy.Instance.Decide(TestActors.PracticeAdmin, AccessAction.Delete, inquiry).IsAllowed);
        Assert.False(InquiryAccessPolicy.Instance.Decide(TestActors.FrontDesk, AccessAction.Delete, inquiry).IsAllowed);
        Assert.False(InquiryAccessPolicy.Instance.Decide(TestActors.Client, AccessAction.Read, inquiry).IsAllowed);
        Assert.True(InquiryAccessPolicy.Instance.Decide(TestActors.System, AccessAction.Create, inquiry).IsAllowed);
        Assert.False(InquiryAccessPolicy.Instance.Decide(TestActors.System, AccessAction.Read, inquiry).IsAllowed);
    }
}
