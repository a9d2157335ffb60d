using CounselingRecords.Access;
using CounselingRecords.Auditing;
using CounselingRecords.Identity;
using CounselingRecords.Policies.Inquiries;
using CounselingRecords.Practice.InquiryConversion;
using CounselingRecords.Practice.Tests.Support;
using CounselingRecords.Records;
using CounselingRecords.Records.Clients;
using CounselingRecords.Results;
using CounselingRecords.Scheduling;
using CounselingRecords.Scheduling.Appointments;
using CounselingRecords.Scheduling.Booking;
using CounselingRecords.Testing.Auditing;
using CounselingRecords.Testing.Identity;
using NodaTime;
using static CounselingRecords.Practice.Tests.Support.World;

namespace CounselingRecords.Practice.Tests.InquiryConversion;

public sealed class InquiryConversionWorkflowTests
{
    private static readonly Instant Received = Ny(2026, 2, 20, 9);

    private readonly SeededIdGenerator _ids = TestIds.Seeded(61);
    private readonly RecordingAuditSink _audit = new();

    [Fact]
    public async Task Convert_ScreenedAppropriate_RegistersTheClientBooksTheIntakeAndClosesTheInquiry()
    {
        var inquiry = await Screened(ScreeningOutcome.Appropriate);
        var before = _audit.Entries.Count;

        var result = ResultAssert.Ok(await Workflow().ConvertAsync(Input(inquiry)));

        Assert.Equal(ClientStatus.Prospective, result.Client.Status);
        var member = Assert.Single(result.Client.CareTeam);
        Assert.Equal(Associate, member.ClinicianId);
        Assert.Equal(Supervisor, member.SupervisorId);
        Assert.Equal(Intake.Id, result.Appointment.AppointmentTypeId);
        Assert.Equal(new[] { result.Client.Id }, result.Appointment.Clients);
        Assert.Equal(AppointmentStatus.Scheduled, result.Appointment.Status);
        Assert.Equal(Ny(2026, 3, 2, 10), result.Appointment.StartInstant);
        Assert.Equal(InquiryStatus.IntakeScheduled, result.Inquiry.Status);
        Assert.Equal(result.Client.Id, result.Inquiry.ClientId);
        Assert.Equal(result.Appointment.Id, result.Inquiry.IntakeAppointmentId);
        Assert.Equal(Associate, result.Inquiry.IntakeClinicianId);
        Assert.NotNull(result.Book.FindAppointment(result.Appointment.Id));
        var step = Assert.Single(_audit.Entries.Skip(before));
        Assert.Equal(AuditOutcome.Succeeded, step.Outcome);
        Assert.Equal(inquiry.ToRecordReference(), step.Record);
    }

    [Fact]
    public async Task Convert_RegistrationNamingAPrimaryClinician_KeepsIt()
    {
        var inquiry = await Screened(ScreeningOutcome.Appropriate);

        var result = ResultAssert.Ok(await Workflow().ConvertAsync(Input(inquiry, registration: Registration(Licensed))));

        Assert.Equal(Licensed, Assert.Single(result.Client.CareTeam).ClinicianId);
    }

    [Fact]
    public async Task Convert_BookingConflict_ReturnsNoClientAndLeavesTheInquiryAsItWas()
    {
        var inquiry = await Screened(ScreeningOutcome.Appropriate);
        var taken = Appointment(TestIds.Numbered<ClientId>(50), At(3, 2, 10));
        var before = _audit.Entries.Count;

        var result = await Workflow().ConvertAsync(Input(inquiry, book: Book().WithAppointment(taken)));

        var error = ResultAssert.FailsWithDetail(result, PracticeErrorCodes.IntakeBookingRefused, SchedulingErrorCodes.ClinicianDoubleBooked);
        Assert.Contains(error.Details, d => d.Target == taken.Id.ToString());
        Assert.Equal(InquiryStatus.Screened, inquiry.Status);
        Assert.Equal(before, _audit.Entries.Count);
    }

    [Fact]
    public async Task Convert_OutsideTheClinicianHours_IsRefusedWithTheConflict()
    {
        var inquiry = await Screened(ScreeningOutcome.Appropriate);

        var result = await Workflow().ConvertAsync(Input(inquiry, local: At(3, 2, 20)));

        ResultAssert.FailsWithDetail(result, PracticeErrorCodes.IntakeBookingRefused, SchedulingErrorCodes.OutsideAvailability);
    }

    [Fact]
    public async Task Convert_InquiryNotScreened_IsRefused()
    {
        var received = ResultAssert.Ok(await new InquiryWorkflow(_audit, _ids).ReceiveAsync(Details(), InquiryTargets.Default, FrontDesk, Received));

        ResultAssert.Fails(await Workflow().ConvertAsync(Input(received)), PracticeErrorCodes.InquiryNotConvertible);
    }

    [Fact]
    public async Task Convert_InquiryScreenedForAHigherLevelOfCare_IsRefused()
    {
        var inquiry = await Screened(ScreeningOutcome.NeedsHigherLevelOfCare);

        ResultAssert.Fails(await Workflow().ConvertAsync(Input(inquiry)), PracticeErrorCodes.InquiryNotConvertible);
    }

    [Fact]
    public async Task Convert_NonIntakeAppointmentType_IsRefused()
    {
        var inquiry = await Screened(ScreeningOutcome.Appropriate);

        ResultAssert.Fails(await Workflow().ConvertAsync(Input(inquiry, type: Therapy.Id)), PracticeErrorCodes.NotAnIntakeType);
    }

    [Fact]
    public async Task Convert_ActorWithoutAccessToInquiries_IsRefusedAndNothingIsReturned()
    {
        var inquiry = await Screened(ScreeningOutcome.Appropriate);

        var result = await Workflow().ConvertAsync(Input(inquiry, actor: Biller));

        ResultAssert.FailsWithDetail(result, PracticeErrorCodes.InquiryStepRefused, CoreErrorCodes.AccessDenied);
        Assert.Equal(AuditOutcome.Denied, _audit.Entries[^1].Outcome);
    }

    [Fact]
    public async Task Convert_RegistrationWithoutLegalName_IsRefused()
    {
        var inquiry = await Screened(ScreeningOutcome.Appropriate);
        var nameless = new ClientRegistration(new ClientDemographics(new PersonName(" ", null, " ", null), null, null, new LocalDate(1990, 1, 1)), [], null, null);

        var error = ResultAssert.Fails(await Workflow().ConvertAsync(Input(inquiry, registration: nameless)), PracticeErrorCodes.RegistrationRefused);

        Assert.Equal(CoreErrorCodes.ValidationFailed, error.Details[0].Code);
    }

    [Fact]
    public void Constructor_WithoutIntakeTypes_Throws()
    {
        Assert.Throws<ArgumentException>(() => new InquiryConversionWorkflow(Clock(), _ids, _audit, []));
    }

    private static InquiryDetails Details() =>
        new(InquiryChannel.Phone, new ProspectContact("Jordan Rivera", "555-0101", null, ContactMethod.Phone, true), RequestedService.IndividualTherapy, "Low mood for months");

    private InquiryConversionWorkflow Workflow() => new(Clock(Ny(2026, 2, 23, 9)), _ids, _audit, [Intake.Id], Roster);

    private async Task<Inquiry> Screened(ScreeningOutcome outcome)
    {
        var inquiries = new InquiryWorkflow(_audit, _ids);
        var received = ResultAssert.Ok(await inquiries.ReceiveAsync(Details(), InquiryTargets.Default, FrontDesk, Received));
        return ResultAssert.Ok(await inquiries.ScreenAsync(received, outcome, null, FrontDesk, Received + Duration.FromHours(2)));
    }

    private static InquiryConversionInput Input(
        Inquiry inquiry,
        ClientRegistration? registration = null,
        ScheduleBook? book = null,
        AppointmentTypeId? type = null,
        LocalDateTime? local = null,
        Actor? actor = null) =>
        new(inquiry, registration ?? Registration(), book ?? Book(), Associate, type ?? Intake.Id, local ?? At(3, 2, 10), NewYork, actor ?? FrontDesk);
}
