using CounselingRecords.Identity;
using CounselingRecords.Results;
using CounselingRecords.Validation;
using NodaTime;

namespace CounselingRecords.Policies.Inquiries;

/// <content>The transitions of an inquiry; <see cref="InquiryWorkflow"/> calls them after checking access, and audits each.</content>
public sealed partial class Inquiry
{
    /// <summary>The longest note accepted on a step.</summary>
    public const int MaximumNoteLength = 1000;

    private static readonly InquiryDetailsValidator DetailsValidator = new();
    private static readonly InquiryTargetsValidator TargetsValidator = new();

    internal static Result<Inquiry> Receive(InquiryId id, InquiryDetails details, InquiryTargets targets, Instant at, UserId by)
    {
        var checkedDetails = DetailsValidator.Check(details);
        if (checkedDetails.Failure)
        {
            return checkedDetails.ConvertError<Inquiry>();
        }

        var checkedTargets = TargetsValidator.Check(targets);
        if (checkedTargets.Failure)
        {
            return checkedTargets.ConvertError<Inquiry>();
        }

        return new Inquiry(
            id,
            at,
            by,
            details.Channel,
            details.Contact,
            details.Service,
            string.IsNullOrWhiteSpace(details.Reason) ? null : details.Reason,
            string.IsNullOrWhiteSpace(details.ReferralSource) ? null : details.ReferralSource,
            details.StatedCoverage,
            details.RequestedClinician,
            InquiryStatus.Received,
            at + targets.FirstResponseWithin,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            [new InquiryStep(at, by, InquiryStatus.Received, "received")],
            0);
    }

    internal Result<Inquiry> RecordContact(Instant at, UserId by) =>
        Step(at, by, Status, "contacted", [InquiryStatus.Received, InquiryStatus.Screened], null, (status, steps) => With(status: status, steps: steps, firstRespondedAt: FirstRespondedAt ?? at));

    internal Result<Inquiry> Screen(ScreeningOutcome outcome, string? note, Instant at, UserId by)
    {
        if (!Enum.IsDefined(outcome))
        {
            return new DomainError(PoliciesErrorCodes.InquiryUnknownValue, "Unknown screening outcome.", target: Key);
        }

        return Step(at, by, InquiryStatus.Screened, "screened", [InquiryStatus.Received, InquiryStatus.Screened], note, (status, steps) => With(
            status: status,
            steps: steps,
            firstRespondedAt: FirstRespondedAt ?? at,
            screeningOutcome: outcome,
            screeningNote: Clean(note),
            screenedAt: at,
            screenedBy: by));
    }

    internal Result<Inquiry> ScheduleIntake(ClientId clientId, AppointmentId appointmentId, ClinicianId clinicianId, Instant at, UserId by)
    {
        if (clientId.Value == Guid.Empty || appointmentId.Value == Guid.Empty || clinicianId.Value == Guid.Empty)
        {
            throw new ArgumentException("Scheduling an intake names the client, the appointment and the clinician.", nameof(clientId));
        }

        if (Status == InquiryStatus.Screened && ScreeningOutcome != Inquiries.ScreeningOutcome.Appropriate)
        {
            return new DomainError(
                PoliciesErrorCodes.InquiryScreenedNotAppropriate,
                $"Inquiry {Id} was screened as {ScreeningOutcome}; refer out or decline instead of scheduling an intake.",
                target: Key);
        }

        return Step(at, by, InquiryStatus.IntakeScheduled, "intake scheduled", [InquiryStatus.Screened], null, (status, steps) => With(
            status: status,
            steps: steps,
            clientId: clientId,
            intakeAppointmentId: appointmentId,
            intakeClinicianId: clinicianId,
            closedAt: at));
    }

    internal Result<Inquiry> ReferOut(string referredTo, string? note, Instant at, UserId by)
    {
        if (string.IsNullOrWhiteSpace(referredTo) || referredTo.Length > 200)
        {
            return new DomainError(PoliciesErrorCodes.InquiryReferralDestinationRequired, "A referral names where the prospect was referred (at most 200 characters).", target: Key);
        }

        return Step(at, by, InquiryStatus.ReferredOut, "referred out", [InquiryStatus.Screened], note, (status, steps) => With(
            status: status,
            steps: steps,
            referredTo: referredTo,
            closingNote: Clean(note),
            closedAt: at));
    }

    internal Result<Inquiry> Decline(DeclineReason reason, string? note, Instant at, UserId by)
    {
        if (!Enum.IsDefined(reason))
        {
            return new DomainError(PoliciesErrorCodes.InquiryUnknownValue, "Unknown decline reason.", target: Key);
        }

        return Step(at, by, InquiryStatus.Declined, "declined", [InquiryStatus.Received, InquiryStatus.Screened], note, (status, steps) => With(
            status: status,
            steps: steps,
            firstRespondedAt: FirstRespondedAt ?? at,
            declineReason: reason,
            closingNote: Clean(note),
            closedAt: at));
    }

    internal Result<Inquiry> CloseForNoResponse(string? note, Instant at, UserId by) =>
        Step(at, by, InquiryStatus.NoResponse, "closed for no response", [InquiryStatus.Received, InquiryStatus.Screened], note, (status, steps) => With(
            status: status,
            steps: steps,
            closingNote: Clean(note),
            closedAt: at));

    private static string? Clean(string? note) => string.IsNullOrWhiteSpace(note) ? null : note;

    private Result<Inquiry> Step(Instant at, UserId by, InquiryStatus to, string action, InquiryStatus[] from, string? note, Func<InquiryStatus, System.Collections.Immutable.ImmutableArray<InquiryStep>, Inquiry> change)
    {
        if (ClosedAt is not null)
        {
            return new DomainError(PoliciesErrorCodes.InquiryClosed, $"Inquiry {Id} is closed ({Status}).", target: Key);
        }

        if (!from.Contains(Status))
        {
            return new DomainError(PoliciesErrorCodes.InquiryNotScreened, $"Inquiry {Id} must be screened before it can be {action}.", target: Key);
        }

        if (note is { Length: > MaximumNoteLength })
        {
            return new DomainError(PoliciesErrorCodes.InquiryNoteTooLong, $"A note is limited to {MaximumNoteLength} characters.", target: Key);
        }

        if (at < Steps[^1].At)
        {
            return new DomainError(PoliciesErrorCodes.InquiryTimeBeforePreviousStep, $"A step of inquiry {Id} cannot be dated before its previous step.", target: Key);
        }

        return change(to, Steps.Add(new InquiryStep(at, by, to, action)));
    }

    private Inquiry With(
        InquiryStatus? status = null,
        Instant? firstRespondedAt = null,
        ScreeningOutcome? screeningOutcome = null,
        string? screeningNote = null,
        Instant? screenedAt = null,
        UserId? screenedBy = null,
        ClientId? clientId = null,
        AppointmentId? intakeAppointmentId = null,
        ClinicianId? intakeClinicianId = null,
        string? referredTo = null,
        DeclineReason? declineReason = null,
        string? closingNote = null,
        Instant? closedAt = null,
        System.Collections.Immutable.ImmutableArray<InquiryStep>? steps = null,
        long? version = null) =>
        new(
            Id,
            ReceivedAt,
            ReceivedBy,
            Channel,
            Contact,
            Service,
            Reason,
            ReferralSource,
            StatedCoverage,
            RequestedClinician,
            status ?? Status,
            ResponseDueAt,
            firstRespondedAt ?? FirstRespondedAt,
            screeningOutcome ?? ScreeningOutcome,
            screeningNote ?? ScreeningNote,
            screenedAt ?? ScreenedAt,
            screenedBy ?? ScreenedBy,
            clientId ?? ClientId,
            intakeAppointmentId ?? IntakeAppointmentId,
            intakeClinicianId ?? IntakeClinicianId,
            referredTo ?? ReferredTo,
            declineReason ?? DeclineReason,
            closingNote ?? ClosingNote,
            closedAt ?? ClosedAt,
            steps ?? Steps,
            version ?? Version);
}
