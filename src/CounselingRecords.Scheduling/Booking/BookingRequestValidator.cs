using CounselingRecords.Identity;
using FluentValidation;

namespace CounselingRecords.Scheduling.Booking;

/// <summary>Checks a <see cref="BookingRequest"/> from outside before the engine looks for conflicts.</summary>
public sealed class BookingRequestValidator : AbstractValidator<BookingRequest>
{
    /// <summary>Initializes a new instance of the <see cref="BookingRequestValidator"/> class.</summary>
    public BookingRequestValidator()
    {
        RuleFor(r => r.Clinician).Must(c => c.Value != Guid.Empty)
            .WithErrorCode(SchedulingErrorCodes.RequestClinicianRequired).WithMessage("A clinician is required.");
        RuleFor(r => r.AppointmentType).Must(t => t.Value != Guid.Empty)
            .WithErrorCode(SchedulingErrorCodes.RequestAppointmentTypeRequired).WithMessage("An appointment type is required.");
        RuleFor(r => r.Zone).NotNull()
            .WithErrorCode(SchedulingErrorCodes.RequestZoneRequired).WithMessage("A time zone is required.");
        RuleFor(r => r.Clients).Must(ValidClients)
            .WithErrorCode(SchedulingErrorCodes.RequestClientsInvalid).WithMessage("Clients must be distinct, non-empty ids.");
        RuleFor(r => r).Must(r => ValidCoClinicians(r.Clinician, r.AdditionalClinicians))
            .WithName(nameof(BookingRequest.AdditionalClinicians))
            .WithErrorCode(SchedulingErrorCodes.RequestCoCliniciansInvalid).WithMessage("Co-clinicians must be distinct and differ from the lead clinician.");
        RuleFor(r => r).Must(r => r.Room is null || r.Location is not null)
            .WithName(nameof(BookingRequest.Room))
            .WithErrorCode(SchedulingErrorCodes.RequestRoomNeedsLocation).WithMessage("A room is booked at a location.");
    }

    internal static bool ValidClients(System.Collections.Immutable.ImmutableArray<ClientId> clients) =>
        !clients.IsDefault && clients.All(c => c.Value != Guid.Empty) && clients.Distinct().Count() == clients.Length;

    internal static bool ValidCoClinicians(ClinicianId lead, System.Collections.Immutable.ImmutableArray<ClinicianId> others) =>
        others.IsDefault || (others.All(c => c.Value != Guid.Empty && c != lead) && others.Distinct().Count() == others.Length);
}
