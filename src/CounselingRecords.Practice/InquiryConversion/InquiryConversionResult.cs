using CounselingRecords.Policies.Inquiries;
using CounselingRecords.Records.Clients;
using CounselingRecords.Scheduling.Appointments;
using CounselingRecords.Scheduling.Booking;

namespace CounselingRecords.Practice.InquiryConversion;

/// <summary>The converted inquiry, to save together: the new (prospective) client, the booked intake appointment, the closed inquiry and the schedule book with the intake.</summary>
/// <param name="Client">The registered client.</param>
/// <param name="Appointment">The intake appointment.</param>
/// <param name="Inquiry">The inquiry, now intake-scheduled and naming the client and appointment.</param>
/// <param name="Book">The schedule book with the intake booked.</param>
[CounselingRecords.Privacy.ProtectedHealthInformation]
public sealed record InquiryConversionResult(Client Client, Appointment Appointment, Inquiry Inquiry, ScheduleBook Book)
{
    /// <inheritdoc />
    public override string ToString() => $"InquiryConversionResult {Inquiry.Id} -> {Client.Id}, {Appointment.Id}";
}
