using FluentValidation;

namespace CounselingRecords.Scheduling.Booking;

/// <summary>Checks a <see cref="SeriesRequest"/> from outside before the engine expands and checks it.</summary>
public sealed class SeriesRequestValidator : AbstractValidator<SeriesRequest>
{
    /// <summary>Initializes a new instance of the <see cref="SeriesRequestValidator"/> class.</summary>
    public SeriesRequestValidator()
    {
        RuleFor(r => r.Clinician).Must(c => c.Value != Guid.Empty)
            .WithErrorCode(SchedulingErrorCodes.RequestClinicianRequired).WithMessage("A clinician is required.");
        RuleFor(r => r.AppointmentType).Must(t => t.Value != Guid.Empty)
            .WithErrorCode(SchedulingErrorCodes.RequestAppointmentTypeRequired).WithMessage("An appointment type is required.");
        RuleFor(r => r.Zone).NotNull()
            .WithErrorCode(SchedulingErrorCodes.RequestZoneRequired).WithMessage("A time zone is required.");
        RuleFor(r => r.Rule).NotNull()
            .WithErrorCode(SchedulingErrorCodes.RequestRuleRequired).WithMessage("A recurrence rule is required.");
        RuleFor(r => r.Clients).Must(BookingRequestValidator.ValidClients)
            .WithErrorCode(SchedulingErrorCodes.RequestClientsInvalid).WithMessage("Clients must be distinct, non-empty ids.");
        RuleFor(r => r).Must(r => BookingRequestValidator.ValidCoClinicians(r.Clinician, r.AdditionalClinicians))
            .WithName(nameof(SeriesRequest.AdditionalClinicians))
            .WithErrorCode(SchedulingErrorCodes.RequestCoCliniciansInvalid).WithMessage("Co-clinicians must be distinct and differ from the lead clinician.");
        RuleFor(r => r).Must(r => r.Room is null || r.Location is not null)
            .WithName(nameof(SeriesRequest.Room))
            .WithErrorCode(SchedulingErrorCodes.RequestRoomNeedsLocation).WithMessage("A room is booked at a location.");
    }
}
