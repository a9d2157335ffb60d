using CounselingRecords.Access;
using CounselingRecords.Auditing;
using CounselingRecords.Billing.Catalog;
using CounselingRecords.Identity;
using CounselingRecords.Practice.Clinicians;
using CounselingRecords.Practice.ComplaintHandling;
using CounselingRecords.Practice.Documentation;
using CounselingRecords.Practice.InquiryConversion;
using CounselingRecords.Practice.MissedAppointments;
using CounselingRecords.Practice.NoteBilling;
using CounselingRecords.Practice.PlanReviews;
using CounselingRecords.Practice.ProgressReporting;
using CounselingRecords.Practice.SafetyFollowUp;
using CounselingRecords.Practice.SessionProgress;
using NodaTime;
using CounselingRecords.Billing.Coding;
using CounselingRecords.Calendars;
using CounselingRecords.Finance;
using CounselingRecords.Policies.Cancellations;
using CounselingRecords.Policies.Complaints;
using CounselingRecords.Policies.Documents;
using CounselingRecords.Policies.Inquiries;
using CounselingRecords.Records.AccessControl;
using CounselingRecords.Records.Signing;
using CounselingRecords.Scheduling.Booking;
using CounselingRecords.Scheduling.Slots;
using CounselingRecords.TreatmentPlans.Instruments;
using CounselingRecords.TreatmentPlans.Reviews;
using FluentValidation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CounselingRecords.DependencyInjection.Areas;

/// <summary>
/// The default services of every area, registered with <c>TryAdd*</c> after the builder ran, so the builder's
/// <c>Use…</c> choices and a host's own registrations win. Stateless services are singletons; services that write
/// to the scope's audit trail (workflows, the record access service) are scoped.
/// </summary>
internal static class AreaDefaults
{
    /// <summary>Registers the defaults of Core practice settings and of every area.</summary>
    /// <param name="services">The services.</param>
    public static void Add(IServiceCollection services)
    {
        // Practice settings shared by the areas.
        services.TryAddSingleton(BusinessCalendar.UsFederal);
        services.TryAddSingleton(RoundingPolicy.Default);

        AddRecords(services);
        AddTreatmentPlans(services);
        AddScheduling(services);
        AddPolicies(services);
        AddBilling(services);
        AddPractice(services);
    }

    private static void AddRecords(IServiceCollection services)
    {
        services.TryAddSingleton(DocumentationPolicy.Default);
        services.TryAddSingleton<IAccessPolicy<RecordAccessFacts>>(ClinicalRecordAccessPolicy.Instance);
        services.TryAddScoped<RecordAccessService>();
        AreaValidators.AddRecords(services);
    }

    private static void AddTreatmentPlans(IServiceCollection services)
    {
        services.TryAddSingleton(ReviewCadences.Default);
        services.TryAddSingleton(InstrumentCatalog.Standard);
        AreaValidators.AddTreatmentPlans(services);
    }

    private static void AddScheduling(IServiceCollection services)
    {
        services.TryAddSingleton<BookingEngine>();
        services.TryAddSingleton<SlotFinder>();
        AreaValidators.AddScheduling(services);
    }

    private static void AddPolicies(IServiceCollection services)
    {
        services.TryAddSingleton(PolicyRequirements.Default);
        services.TryAddSingleton<IAccessPolicy<Complaint>>(ComplaintAccessPolicy.Instance);
        services.TryAddSingleton<IAccessPolicy<Inquiry>>(InquiryAccessPolicy.Instance);
        services.TryAddScoped<ComplaintWorkflow>();
        services.TryAddScoped<InquiryWorkflow>();

        // Appointment facts are checked against the currency of the practice's latest cancellation policy when one is configured.
        services.TryAddSingleton<IValidator<AppointmentFacts>>(sp => new AppointmentFactsValidator(sp.GetService<CancellationPolicyHistory>()?.Latest().Currency));
        AreaValidators.AddPolicies(services);
    }

    private static void AddBilling(IServiceCollection services)
    {
        services.TryAddSingleton(TimedUnitTable.Cms);
        services.TryAddSingleton(sp => new CodeSelector(sp.GetRequiredService<TimedUnitTable>()));
        AreaValidators.AddBilling(services);
    }

    private static void AddPractice(IServiceCollection services)
    {
        // Workflows are scoped like the audit trail they write to; each is a small class over the area services.
        services.TryAddScoped(sp => new CompleteAppointmentWorkflow(sp.GetRequiredService<IIdGenerator>(), sp.GetService<DocumentationPolicy>()));
        services.TryAddScoped(sp => new PlanReviewTaskWorkflow(sp.GetRequiredService<IIdGenerator>()));
        services.TryAddScoped(sp => new ComplaintTaskWorkflow(sp.GetRequiredService<IIdGenerator>()));
        services.TryAddScoped(sp => new ProgressReportWorkflow(sp.GetRequiredService<IIdGenerator>(), sp.GetService<ClinicianDirectory>()));
        services.TryAddScoped(sp => new SessionProgressWorkflow(sp.GetRequiredService<IIdGenerator>(), sp.GetRequiredService<IAuditSink>()));
        services.TryAddScoped(sp => new SafetyFollowUpWorkflow(sp.GetRequiredService<IIdGenerator>(), sp.GetRequiredService<IAuditSink>()));
        services.TryAddScoped(sp => new MissedAppointmentWorkflow(
            sp.GetRequiredService<IClock>(),
            sp.GetRequiredService<IIdGenerator>(),
            sp.GetRequiredService<IAuditSink>(),
            sp.GetService<IntakeAppointmentTypes>()?.Types));

        // These need practice settings that have no default: registered only when the builder was given them.
        if (services.Any(d => d.ServiceType == typeof(ClinicianDirectory)) && services.Any(d => d.ServiceType == typeof(FeeCalculator)))
        {
            services.TryAddScoped(sp => new SignedNoteBillingWorkflow(
                sp.GetRequiredService<IIdGenerator>(),
                sp.GetRequiredService<IAuditSink>(),
                sp.GetRequiredService<ClinicianDirectory>(),
                sp.GetRequiredService<FeeCalculator>(),
                sp.GetRequiredService<CodeSelector>()));
        }

        if (services.Any(d => d.ServiceType == typeof(IntakeAppointmentTypes)))
        {
            services.TryAddScoped(sp => new InquiryConversionWorkflow(
                sp.GetRequiredService<IClock>(),
                sp.GetRequiredService<IIdGenerator>(),
                sp.GetRequiredService<IAuditSink>(),
                sp.GetRequiredService<IntakeAppointmentTypes>().Types,
                sp.GetService<ClinicianDirectory>(),
                sp.GetService<IAccessPolicy<Inquiry>>()));
        }
    }
}
