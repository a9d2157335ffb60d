using CounselingRecords.Billing.Catalog;
using CounselingRecords.Billing.Coding;
using CounselingRecords.Billing.Collections;
using CounselingRecords.Billing.Payers;
using CounselingRecords.Billing.SlidingScale;
using CounselingRecords.Billing.Statements;
using CounselingRecords.Finance;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CounselingRecords;

/// <content>Settings of the billing area (<c>CounselingRecords.Billing</c>).</content>
public sealed partial class CounselingRecordsBuilder
{
    /// <summary>
    /// Uses the practice's fee schedule: registers it, its <see cref="ServiceCatalog"/>, and a <see cref="FeeCalculator"/>
    /// over it with the registered <see cref="RoundingPolicy"/> (see <see cref="UseRounding"/>). There is no default
    /// fee schedule, so without this call no fee calculator is registered.
    /// </summary>
    /// <param name="schedule">The schedule.</param>
    /// <returns>This builder.</returns>
    public CounselingRecordsBuilder UseFeeSchedule(FeeSchedule schedule)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        Services.Replace(ServiceDescriptor.Singleton(schedule));
        Services.Replace(ServiceDescriptor.Singleton(schedule.Catalog));
        Services.TryAddSingleton(sp => new FeeCalculator(sp.GetRequiredService<FeeSchedule>(), sp.GetRequiredService<RoundingPolicy>()));
        return this;
    }

    /// <summary>
    /// Adds a payer the practice bills (its claim rules: telehealth place of service, modifiers, timely filing). Each
    /// call adds one; resolve them all as <c>IEnumerable&lt;PayerProfile&gt;</c>.
    /// </summary>
    /// <param name="payer">The payer's profile, for example <see cref="PayerProfile.SelfPay"/>.</param>
    /// <returns>This builder.</returns>
    public CounselingRecordsBuilder AddPayerProfile(PayerProfile payer)
    {
        ArgumentNullException.ThrowIfNull(payer);
        Services.AddSingleton(payer);
        return this;
    }

    /// <summary>Uses this table of timed units for psychotherapy code selection (default: <see cref="TimedUnitTable.Cms"/>, the 8-minute rule).</summary>
    /// <param name="table">The table; the registered <see cref="CodeSelector"/> uses it.</param>
    /// <returns>This builder.</returns>
    public CounselingRecordsBuilder UseTimedUnits(TimedUnitTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        Services.Replace(ServiceDescriptor.Singleton(table));
        return this;
    }

    /// <summary>
    /// Uses the practice's statement settings (header, due days, aging anchor, notices): registers them and a
    /// <see cref="StatementGenerator"/> that names services from the fee schedule's catalog when one is registered.
    /// </summary>
    /// <param name="settings">The settings.</param>
    /// <returns>This builder.</returns>
    public CounselingRecordsBuilder UseStatementSettings(StatementSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        Services.Replace(ServiceDescriptor.Singleton(settings));
        Services.TryAddSingleton(sp => new StatementGenerator(sp.GetRequiredService<StatementSettings>(), sp.GetService<ServiceCatalog>()));
        return this;
    }

    /// <summary>Uses the practice's sliding fee schedule (for example <see cref="SlidingFeeSchedule.HrsaDefault"/>). No default.</summary>
    /// <param name="schedule">The schedule.</param>
    /// <returns>This builder.</returns>
    public CounselingRecordsBuilder UseSlidingFeeSchedule(SlidingFeeSchedule schedule)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        Services.Replace(ServiceDescriptor.Singleton(schedule));
        return this;
    }

    /// <summary>Uses the practice's collections policy (what the informed consent disclosed, notice and age before referral). No default.</summary>
    /// <param name="policy">The policy.</param>
    /// <returns>This builder.</returns>
    public CounselingRecordsBuilder UseCollectionsPolicy(CollectionsPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        Services.Replace(ServiceDescriptor.Singleton(policy));
        return this;
    }
}
