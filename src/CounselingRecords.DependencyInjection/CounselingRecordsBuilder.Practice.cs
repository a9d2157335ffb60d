using CounselingRecords.Calendars;
using CounselingRecords.DependencyInjection.Areas;
using CounselingRecords.Finance;
using CounselingRecords.Identity;
using CounselingRecords.Practice.Clinicians;
using CounselingRecords.Practice.InquiryConversion;
using CounselingRecords.Practice.MissedAppointments;
using CounselingRecords.Practice.NoteBilling;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CounselingRecords;

/// <content>Practice settings shared by several areas.</content>
public sealed partial class CounselingRecordsBuilder
{
    /// <summary>
    /// Uses the practice's business calendar (working days and holidays) for business-day deadlines, such as timely
    /// filing and good faith estimate deadlines (default: <see cref="BusinessCalendar.UsFederal"/>, Monday to Friday
    /// without US federal holidays).
    /// </summary>
    /// <param name="calendar">The calendar.</param>
    /// <returns>This builder.</returns>
    public CounselingRecordsBuilder UseBusinessCalendar(BusinessCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        Services.Replace(ServiceDescriptor.Singleton(calendar));
        return this;
    }

    /// <summary>Uses this rounding of money amounts for fees (default: <see cref="RoundingPolicy.Default"/>, half away from zero).</summary>
    /// <param name="rounding">The rounding.</param>
    /// <returns>This builder.</returns>
    public CounselingRecordsBuilder UseRounding(RoundingPolicy rounding)
    {
        ArgumentNullException.ThrowIfNull(rounding);
        Services.Replace(ServiceDescriptor.Singleton(rounding));
        return this;
    }

    /// <summary>
    /// Uses the practice's clinician directory (names, credentials, NPIs, supervisors), which signed-note billing,
    /// progress reports and inquiry conversion read. With a fee schedule (<see cref="UseFeeSchedule"/>) it also registers
    /// <see cref="SignedNoteBillingWorkflow"/>.
    /// </summary>
    /// <param name="clinicians">The directory.</param>
    /// <returns>This builder.</returns>
    public CounselingRecordsBuilder UseClinicianDirectory(ClinicianDirectory clinicians)
    {
        ArgumentNullException.ThrowIfNull(clinicians);
        Services.Replace(ServiceDescriptor.Singleton(clinicians));
        return this;
    }

    /// <summary>
    /// Names the practice's intake appointment types: a missed intake is never charged a fee when the policy waives
    /// intakes (<see cref="MissedAppointmentWorkflow"/>), and a converted inquiry is booked into one of them
    /// (registers <see cref="InquiryConversionWorkflow"/>).
    /// </summary>
    /// <param name="intakeTypes">The intake appointment types; at least one.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">No type was given.</exception>
    public CounselingRecordsBuilder UseIntakeAppointmentTypes(params AppointmentTypeId[] intakeTypes)
    {
        ArgumentNullException.ThrowIfNull(intakeTypes);
        if (intakeTypes.Length == 0)
        {
            throw new ArgumentException("The practice names at least one intake appointment type.", nameof(intakeTypes));
        }

        Services.Replace(ServiceDescriptor.Singleton(new IntakeAppointmentTypes([.. intakeTypes])));
        return this;
    }
}
