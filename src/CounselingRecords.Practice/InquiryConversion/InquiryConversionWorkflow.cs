using System.Collections.Immutable;
using CounselingRecords.Access;
using CounselingRecords.Auditing;
using CounselingRecords.Identity;
using CounselingRecords.Policies.Inquiries;
using CounselingRecords.Practice.Clinicians;
using CounselingRecords.Records.Clients;
using CounselingRecords.Results;
using CounselingRecords.Scheduling.Booking;
using NodaTime;

namespace CounselingRecords.Practice.InquiryConversion;

/// <summary>
/// Converts an inquiry screened as appropriate into a client with an intake appointment, all or nothing: the
/// prospect is registered in records (<see cref="Client.Register"/>), an intake appointment type is booked for the
/// new client by the scheduling engine, and the inquiry records the conversion through the policies area's
/// audited <see cref="InquiryWorkflow.ScheduleIntakeAsync"/>. If any step is refused nothing is returned to save:
/// no client, no appointment, and the inquiry unchanged; a refused booking carries every booking conflict as a
/// detail of the error. The caller saves the client, the appointment and the inquiry together.
/// </summary>
public sealed class InquiryConversionWorkflow
{
    private readonly IClock _clock;
    private readonly IIdGenerator _ids;
    private readonly BookingEngine _engine;
    private readonly InquiryWorkflow _inquiries;
    private readonly ImmutableHashSet<AppointmentTypeId> _intakeTypes;
    private readonly ClinicianDirectory? _clinicians;

    /// <summary>Initializes a new instance of the <see cref="InquiryConversionWorkflow"/> class.</summary>
    /// <param name="clock">Says when the client is registered, the intake booked and the inquiry converted.</param>
    /// <param name="ids">Creates client, appointment and audit-entry ids.</param>
    /// <param name="audit">Where the inquiry step's audit entry goes.</param>
    /// <param name="intakeTypes">The practice's intake appointment types; at least one.</param>
    /// <param name="clinicians">The clinician directory, which names the intake clinician's supervisor on the care team.</param>
    /// <param name="access">The inquiry access policy; <see cref="InquiryAccessPolicy"/> when null.</param>
    public InquiryConversionWorkflow(
        IClock clock,
        IIdGenerator ids,
        IAuditSink audit,
        IEnumerable<AppointmentTypeId> intakeTypes,
        ClinicianDirectory? clinicians = null,
        IAccessPolicy<Inquiry>? access = null)
    {
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(ids);
        ArgumentNullException.ThrowIfNull(audit);
        ArgumentNullException.ThrowIfNull(intakeTypes);
        _intakeTypes = intakeTypes.ToImmutableHashSet();
        if (_intakeTypes.IsEmpty)
        {
            throw new ArgumentException("The practice names at least one intake appointment type.", nameof(intakeTypes));
        }

        _clock = clock;
        _ids = ids;
        _engine = new BookingEngine(clock, ids);
        _inquiries = new InquiryWorkflow(audit, ids, access);
        _clinicians = clinicians;
    }

    /// <summary>Converts the inquiry.</summary>
    /// <param name="input">The inquiry, the registration and the intake booking.</param>
    /// <param name="cancellationToken">Cancels the audit write.</param>
    /// <returns>The client, the intake appointment and the converted inquiry, or the refusal (nothing to save).</returns>
    public async ValueTask<Result<InquiryConversionResult>> ConvertAsync(InquiryConversionInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(input.Inquiry);
        ArgumentNullException.ThrowIfNull(input.Registration);
        ArgumentNullException.ThrowIfNull(input.Book);
        ArgumentNullException.ThrowIfNull(input.Zone);
        ArgumentNullException.ThrowIfNull(input.Actor);
        var inquiry = input.Inquiry;
        var target = inquiry.Id.ToString();
        if (inquiry is not { Status: InquiryStatus.Screened, ScreeningOutcome: ScreeningOutcome.Appropriate })
        {
            return new DomainError(
                PracticeErrorCodes.InquiryNotConvertible,
                $"Inquiry {inquiry.Id} is {inquiry.Status}{(inquiry.ScreeningOutcome is { } outcome ? $" ({outcome})" : string.Empty)}; only an inquiry screened as appropriate becomes an intake.",
                null,
                target);
        }

        if (!_intakeTypes.Contains(input.AppointmentType))
        {
            return new DomainError(PracticeErrorCodes.NotAnIntakeType, $"Appointment type {input.AppointmentType} is not one of the practice's intake types.", null, input.AppointmentType.ToString());
        }

        var now = _clock.GetCurrentInstant();
        var registration = input.Registration.PrimaryClinicianId is null
            ? new ClientRegistration(input.Registration.Demographics, input.Registration.Contacts, input.Clinician, _clinicians?.SupervisorOf(input.Clinician))
            : input.Registration;
        var client = Client.Register(_ids, registration, now);
        if (client.Failure)
        {
            return new DomainError(PracticeErrorCodes.RegistrationRefused, $"The prospect of inquiry {inquiry.Id} could not be registered: {client.Error.Code}.", client.Error.RuleId, target, [client.Error]);
        }

        var booking = _engine.Book(
            input.Book,
            new BookingRequest(input.Clinician, [client.Value.Id], input.AppointmentType, input.LocalStart, input.Zone, input.Location, input.Room, ClientIsNew: true, Note: $"Intake from inquiry {inquiry.Id}"),
            input.Actor);
        if (!booking.Accepted)
        {
            var details = booking.Conflicts.IsEmpty ? [booking.Error!] : booking.Conflicts.Select(c => c.ToDomainError()).ToImmutableArray();
            return new DomainError(
                PracticeErrorCodes.IntakeBookingRefused,
                $"The intake for inquiry {inquiry.Id} could not be booked: {booking.Error!.Message}",
                booking.Error!.RuleId,
                target,
                details);
        }

        var appointment = booking.Appointment;
        var converted = await _inquiries.ScheduleIntakeAsync(inquiry, client.Value.Id, appointment.Id, input.Clinician, input.Actor, now, cancellationToken).ConfigureAwait(false);
        if (converted.Failure)
        {
            return new DomainError(PracticeErrorCodes.InquiryStepRefused, $"Inquiry {inquiry.Id} could not record the intake: {converted.Error.Code}.", converted.Error.RuleId, target, [converted.Error]);
        }

        return new InquiryConversionResult(client.Value, appointment, converted.Value, booking.Book);
    }
}
