using CounselingRecords.TreatmentPlans.Instruments;
using CounselingRecords.TreatmentPlans.Reviews;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CounselingRecords;

/// <content>Settings of the treatment plans area (<c>CounselingRecords.TreatmentPlans</c>).</content>
public sealed partial class CounselingRecordsBuilder
{
    /// <summary>
    /// Uses the practice's treatment plan review cadence, for example one of <see cref="ReviewCadences.All"/> or one
    /// built with <see cref="ReviewCadence.Create"/> (default: <see cref="ReviewCadences.Default"/>).
    /// </summary>
    /// <param name="cadence">The cadence.</param>
    /// <returns>This builder.</returns>
    public CounselingRecordsBuilder UseReviewCadence(ReviewCadence cadence)
    {
        ArgumentNullException.ThrowIfNull(cadence);
        Services.Replace(ServiceDescriptor.Singleton(cadence));
        return this;
    }

    /// <summary>Uses the practice's catalog of measurement instruments (default: <see cref="InstrumentCatalog.Standard"/>, PHQ-9 and GAD-7).</summary>
    /// <param name="catalog">The catalog.</param>
    /// <returns>This builder.</returns>
    public CounselingRecordsBuilder UseInstrumentCatalog(InstrumentCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        Services.Replace(ServiceDescriptor.Singleton(catalog));
        return this;
    }
}
