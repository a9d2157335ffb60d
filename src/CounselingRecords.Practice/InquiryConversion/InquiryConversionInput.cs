using CounselingRecords.Access;
using CounselingRecords.Identity;
using CounselingRecords.Policies.Inquiries;
using CounselingRecords.Records.Clients;
using CounselingRecords.Scheduling.Booking;
using NodaTime;

namespace CounselingRecords.Practice.InquiryConversion;

/// <summary>What converting an inquiry into a client with an intake appointment needs.</summary>
/// <param name="Inquiry">The inquiry, screened as appropriate.</param>
/// <param name="Registration">The prospect's demographics and contacts; without a primary clinician, the intake clinician (and their supervisor) is assigned.</param>
/// <param name="Book">The schedule book the intake is booked into (the clinician's availability, the intake type, the appointments around the time).</param>
/// <param name="Clinician">The intake clinician.</param>
/// <param name="AppointmentType">The intake appointment type (one of the practice's intake types).</param>
/// <param name="LocalStart">The intake's local start.</param>
/// <param name="Zone">The zone of <paramref name="LocalStart"/>.</param>
/// <param name="Actor">Who converts it (intake staff).</param>
/// <param name="Location">The location, for an in-person intake.</param>
/// <param name="Room">The room, if any.</param>
[CounselingRecords.Privacy.ProtectedHealthInformation]
public sealed record InquiryConversionInput(
    Inquiry Inquiry,
    ClientRegistration Registration,
    ScheduleBook Book,
    ClinicianId Clinician,
    AppointmentTypeId AppointmentType,
    LocalDateTime LocalStart,
    DateTimeZone Zone,
    Actor Actor,
    LocationId? Location = null,
    RoomId? Room = null)
{
    /// <inheritdoc />
    public override string ToString() => $"InquiryConversionInput {Inquiry?.Id}";
}
