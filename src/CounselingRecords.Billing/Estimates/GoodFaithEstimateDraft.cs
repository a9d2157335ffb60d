using System.Collections.Immutable;
using CounselingRecords.Identity;
using CounselingRecords.Privacy;
using NodaTime;

namespace CounselingRecords.Billing.Estimates;

/// <summary>The contents of a Good Faith Estimate before it is issued (R3.5, R3.6).</summary>
/// <param name="Client">The client.</param>
/// <param name="Patient">The patient's name and date of birth.</param>
/// <param name="PrimaryService">The primary item or service in clear language.</param>
/// <param name="ScheduledDate">The scheduled date of the primary service, if there is one.</param>
/// <param name="PeriodOfCare">The period of care the estimate covers.</param>
/// <param name="Recurrence">The scope of recurring services, if the estimate covers them.</param>
/// <param name="Providers">The providers and facilities.</param>
/// <param name="Items">The expected items and services, grouped by provider through their NPI.</param>
/// <param name="SeparatelyScheduled">Items needing separate scheduling, with instructions.</param>
/// <param name="DisputeInstructions">Where to find how to start patient-provider dispute resolution.</param>
/// <param name="Delivery">How it is delivered.</param>
[ProtectedHealthInformation]
public sealed record GoodFaithEstimateDraft(
    ClientId Client,
    GfePatient Patient,
    string PrimaryService,
    LocalDate? ScheduledDate,
    DateInterval PeriodOfCare,
    GfeRecurringScope? Recurrence,
    ImmutableArray<GfeProvider> Providers,
    ImmutableArray<GfeItem> Items,
    ImmutableArray<SeparatelyScheduledItem> SeparatelyScheduled,
    string DisputeInstructions,
    GfeDeliveryMethod Delivery)
{
    /// <summary>Gets the providers.</summary>
    public ImmutableArray<GfeProvider> Providers { get; init; } = Providers.IsDefault ? [] : Providers;

    /// <summary>Gets the items.</summary>
    public ImmutableArray<GfeItem> Items { get; init; } = Items.IsDefault ? [] : Items;

    /// <summary>Gets the separately scheduled items.</summary>
    public ImmutableArray<SeparatelyScheduledItem> SeparatelyScheduled { get; init; } = SeparatelyScheduled.IsDefault ? [] : SeparatelyScheduled;

    /// <summary>Names the client id only.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"GoodFaithEstimateDraft for {Client}";
}
