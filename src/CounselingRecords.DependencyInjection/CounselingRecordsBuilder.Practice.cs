using CounselingRecords.Calendars;
using CounselingRecords.Finance;
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
}
