using System.Collections.Immutable;
using System.Reflection;
using CounselingRecords.Access;
using CounselingRecords.Billing.Catalog;
using CounselingRecords.Billing.Coding;
using CounselingRecords.Billing.Collections;
using CounselingRecords.Billing.Payers;
using CounselingRecords.Billing.SlidingScale;
using CounselingRecords.Billing.Statements;
using CounselingRecords.Calendars;
using CounselingRecords.Finance;
using CounselingRecords.Identity;
using CounselingRecords.Policies.Cancellations;
using CounselingRecords.Policies.Complaints;
using CounselingRecords.Policies.Documents;
using CounselingRecords.Policies.Inquiries;
using CounselingRecords.Records.AccessControl;
using CounselingRecords.Records.Notes;
using CounselingRecords.Records.Retention;
using CounselingRecords.Records.Signing;
using CounselingRecords.Scheduling.Booking;
using CounselingRecords.Scheduling.Slots;
using CounselingRecords.Storage;
using CounselingRecords.Testing.Clocks;
using CounselingRecords.Testing.Identity;
using CounselingRecords.TreatmentPlans.Instruments;
using CounselingRecords.TreatmentPlans.Reviews;
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
using FluentValidation;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace CounselingRecords.DependencyInjection.Tests.Areas;

/// <summary>Every area's services are in the container, with TryAdd defaults a host can replace and Use… settings.</summary>
public sealed class AreaServiceTests : IDisposable
{
    private static readonly Assembly[] AreaAssemblies =
    [
        typeof(SessionNote).Assembly,
        typeof(ReviewCadence).Assembly,
        typeof(BookingEngine).Assembly,
        typeof(CancellationPolicy).Assembly,
        typeof(FeeCalculator).Assembly,
    ];

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "counseling-records-di-tests", Guid.NewGuid().ToString("N"));

    public AreaServiceTests() => Directory.CreateDirectory(_folder);

    public static TheoryData<string> Storages => new() { "in-memory", "sqlite" };

    /// <summary>Expected lifetimes: stateless services are singletons; services writing to the scope's audit trail are scoped.</summary>
    public static TheoryData<Type, ServiceLifetime> DefaultServices => new()
    {
        { typeof(BusinessCalendar), ServiceLifetime.Singleton },
        { typeof(RoundingPolicy), ServiceLifetime.Singleton },
        { typeof(DocumentationPolicy), ServiceLifetime.Singleton },
        { typeof(IAccessPolicy<RecordAccessFacts>), ServiceLifetime.Singleton },
        { typeof(RecordAccessService), ServiceLifetime.Scoped },
        { typeof(ReviewCadence), ServiceLifetime.Singleton },
        { typeof(InstrumentCatalog), ServiceLifetime.Singleton },
        { typeof(BookingEngine), ServiceLifetime.Singleton },
        { typeof(SlotFinder), ServiceLifetime.Singleton },
        { typeof(PolicyRequirements), ServiceLifetime.Singleton },
        { typeof(IAccessPolicy<Complaint>), ServiceLifetime.Singleton },
        { typeof(IAccessPolicy<Inquiry>), ServiceLifetime.Singleton },
        { typeof(ComplaintWorkflow), ServiceLifetime.Scoped },
        { typeof(InquiryWorkflow), ServiceLifetime.Scoped },
        { typeof(IValidator<AppointmentFacts>), ServiceLifetime.Singleton },
        { typeof(TimedUnitTable), ServiceLifetime.Singleton },
        { typeof(CodeSelector), ServiceLifetime.Singleton },
        { typeof(CompleteAppointmentWorkflow), ServiceLifetime.Scoped },
        { typeof(PlanReviewTaskWorkflow), ServiceLifetime.Scoped },
        { typeof(ComplaintTaskWorkflow), ServiceLifetime.Scoped },
        { typeof(ProgressReportWorkflow), ServiceLifetime.Scoped },
        { typeof(SessionProgressWorkflow), ServiceLifetime.Scoped },
        { typeof(SafetyFollowUpWorkflow), ServiceLifetime.Scoped },
        { typeof(MissedAppointmentWorkflow), ServiceLifetime.Scoped },
    };

    [Fact]
    public void AddCounselingRecords_WithoutDirectoryFeesOrIntakeTypes_DoesNotRegisterTheWorkflowsThatNeedThem()
    {
        var services = new ServiceCollection();
        services.AddCounselingRecords(b => b.UseInMemory());

        Assert.DoesNotContain(services, d => d.ServiceType == typeof(SignedNoteBillingWorkflow));
        Assert.DoesNotContain(services, d => d.ServiceType == typeof(InquiryConversionWorkflow));
    }

    [Fact]
    public void AddCounselingRecords_WithDirectoryFeesAndIntakeTypes_ResolvesBillingAndConversionPerScope()
    {
        var services = new ServiceCollection();
        services.AddCounselingRecords(b => ConfigureEverything(b.UseInMemory()));
        using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        using var first = provider.CreateScope();
        using var second = provider.CreateScope();

        Assert.Same(first.ServiceProvider.GetRequiredService<SignedNoteBillingWorkflow>(), first.ServiceProvider.GetRequiredService<SignedNoteBillingWorkflow>());
        Assert.NotSame(first.ServiceProvider.GetRequiredService<SignedNoteBillingWorkflow>(), second.ServiceProvider.GetRequiredService<SignedNoteBillingWorkflow>());
        Assert.NotNull(first.ServiceProvider.GetRequiredService<InquiryConversionWorkflow>());
    }

    [Fact]
    public void UseIntakeAppointmentTypes_None_IsRefused()
    {
        var services = new ServiceCollection();

        Assert.Throws<ArgumentException>(() => services.AddCounselingRecords(b => b.UseIntakeAppointmentTypes()));
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A pooled handle may still be closing; the folder is under the temporary directory.
        }
    }

    [Theory]
    [MemberData(nameof(Storages))]
    public void AddCounselingRecords_EveryDescriptorWithEverySetting_ResolvesUnderValidation(string storage)
    {
        var services = new ServiceCollection();
        services.AddCounselingRecords(b =>
        {
            ConfigureEverything(b);
            if (storage == "sqlite")
            {
                b.UseSqlite(Path.Combine(_folder, "practice.db"));
            }
        });
        using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        using var scope = provider.CreateScope();

        var resolved = 0;
        foreach (var descriptor in services)
        {
            var type = descriptor.ServiceType.IsGenericTypeDefinition ? descriptor.ServiceType.MakeGenericType(typeof(SessionNote)) : descriptor.ServiceType;
            var service = descriptor.Lifetime == ServiceLifetime.Scoped ? scope.ServiceProvider.GetRequiredService(type) : provider.GetRequiredService(type);
            Assert.IsAssignableFrom(type, service);
            resolved++;
        }

        Assert.Equal(services.Count, resolved);
        Assert.Contains(services, d => d.ServiceType == typeof(FeeCalculator));
        Assert.Contains(services, d => d.ServiceType == typeof(StatementGenerator));
        Assert.Contains(services, d => d.ServiceType == typeof(CancellationPolicyHistory));
    }

    [Theory]
    [MemberData(nameof(DefaultServices))]
    public void AddCounselingRecords_AreaService_IsRegisteredOnceWithItsLifetime(Type serviceType, ServiceLifetime lifetime)
    {
        var services = new ServiceCollection().AddCounselingRecords();

        var descriptor = Assert.Single(services, d => d.ServiceType == serviceType);

        Assert.Equal(lifetime, descriptor.Lifetime);
    }

    [Fact]
    public void AddCounselingRecords_EveryParameterlessAreaValidator_IsRegisteredAsASingletonValidatorOfItsInput()
    {
        var services = new ServiceCollection().AddCounselingRecords();
        using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        var validators = AreaAssemblies
            .SelectMany(a => a.GetExportedTypes())
            .Where(t => t is { IsAbstract: false, BaseType.IsGenericType: true } && t.BaseType.GetGenericTypeDefinition() == typeof(AbstractValidator<>))
            .Where(t => t.GetConstructor(Type.EmptyTypes) is not null)
            .ToList();

        Assert.True(validators.Count >= 60, $"only {validators.Count} validators found");
        Assert.All(validators, validator =>
        {
            var serviceType = typeof(IValidator<>).MakeGenericType(validator.BaseType!.GetGenericArguments());
            var descriptor = Assert.Single(services, d => d.ServiceType == serviceType);
            Assert.Equal(ServiceLifetime.Singleton, descriptor.Lifetime);
            Assert.IsType(validator, provider.GetRequiredService(serviceType));
        });
    }

    [Fact]
    public void HostRegistrationsMadeFirst_WinOverEveryAreaDefault()
    {
        var services = new ServiceCollection();
        var cadence = ReviewCadences.All[1];
        var engine = new BookingEngine(TestClock.At(), TestIds.Seeded(9));
        var documentation = new DocumentationPolicy(Duration.FromHours(24), Period.FromDays(30));
        var calendar = new BusinessCalendar([IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday], BusinessCalendar.UsFederal.Holidays);
        services.AddSingleton(cadence);
        services.AddSingleton(engine);
        services.AddSingleton(documentation);
        services.AddSingleton(calendar);
        services.AddSingleton<IValidator<SessionNoteDraft>, StrictNoteDraftValidator>();
        services.AddScoped<ComplaintWorkflow>(sp => new ComplaintWorkflow(sp.GetRequiredService<CounselingRecords.Auditing.IAuditSink>(), TestIds.Seeded(4)));
        services.AddCounselingRecords();
        using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        using var scope = provider.CreateScope();

        Assert.Same(cadence, provider.GetRequiredService<ReviewCadence>());
        Assert.Same(engine, provider.GetRequiredService<BookingEngine>());
        Assert.Same(documentation, provider.GetRequiredService<DocumentationPolicy>());
        Assert.Same(calendar, provider.GetRequiredService<BusinessCalendar>());
        Assert.IsType<StrictNoteDraftValidator>(provider.GetRequiredService<IValidator<SessionNoteDraft>>());
        Assert.Single(services, d => d.ServiceType == typeof(ComplaintWorkflow));
        Assert.NotNull(scope.ServiceProvider.GetRequiredService<ComplaintWorkflow>());
    }

    [Fact]
    public void Defaults_AreTheLibrarysPresets()
    {
        using var provider = new ServiceCollection().AddCounselingRecords().BuildServiceProvider();

        Assert.Same(BusinessCalendar.UsFederal, provider.GetRequiredService<BusinessCalendar>());
        Assert.Same(RoundingPolicy.Default, provider.GetRequiredService<RoundingPolicy>());
        Assert.Same(DocumentationPolicy.Default, provider.GetRequiredService<DocumentationPolicy>());
        Assert.Same(ReviewCadences.Default, provider.GetRequiredService<ReviewCadence>());
        Assert.Same(InstrumentCatalog.Standard, provider.GetRequiredService<InstrumentCatalog>());
        Assert.Same(PolicyRequirements.Default, provider.GetRequiredService<PolicyRequirements>());
        Assert.Same(TimedUnitTable.Cms, provider.GetRequiredService<TimedUnitTable>());
        Assert.Same(ClinicalRecordAccessPolicy.Instance, provider.GetRequiredService<IAccessPolicy<RecordAccessFacts>>());

        // Settings that depend on the practice have no default: nothing is invented for them.
        Assert.Null(provider.GetService<CancellationPolicyHistory>());
        Assert.Null(provider.GetService<FeeSchedule>());
        Assert.Null(provider.GetService<FeeCalculator>());
        Assert.Null(provider.GetService<StatementGenerator>());
        Assert.Null(provider.GetService<RetentionPolicy>());
        Assert.Empty(provider.GetServices<PayerProfile>());
    }

    [Fact]
    public void UseSettings_ReplaceEarlierRegistrationsAndFeedTheServicesBuiltOnThem()
    {
        var services = new ServiceCollection();
        services.AddSingleton(TimedUnitTable.Cms);
        var units = new TimedUnitTable(15, 1);
        var schedule = FeeScheduleOf(Money.Usd(150.00m));
        var rounding = RoundingPolicy.HalfToEven;

        services.AddCounselingRecords(b => b.UseTimedUnits(units).UseFeeSchedule(schedule).UseRounding(rounding).UseStatementSettings(Settings()));
        using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });

        Assert.Single(services, d => d.ServiceType == typeof(TimedUnitTable));
        Assert.Same(units, provider.GetRequiredService<TimedUnitTable>());
        Assert.Same(schedule, provider.GetRequiredService<FeeSchedule>());
        Assert.Same(schedule.Catalog, provider.GetRequiredService<ServiceCatalog>());
        Assert.Same(rounding, provider.GetRequiredService<RoundingPolicy>());
        Assert.NotNull(provider.GetRequiredService<FeeCalculator>());
        Assert.NotNull(provider.GetRequiredService<StatementGenerator>());
    }

    [Fact]
    public void UseCancellationPolicy_FirstVersion_StartsAHistoryAndSetsTheFactsValidatorsCurrency()
    {
        var policy = Policy(Currency.Usd);
        using var provider = new ServiceCollection().AddCounselingRecords(b => b.UseCancellationPolicy(policy)).BuildServiceProvider();

        var history = provider.GetRequiredService<CancellationPolicyHistory>();

        Assert.Same(policy, Assert.Single(history.Versions));
        var validator = Assert.IsType<AppointmentFactsValidator>(provider.GetRequiredService<IValidator<AppointmentFacts>>());
        Assert.NotNull(validator);
    }

    [Fact]
    public void UseCancellationPolicy_PolicyThatCannotStartAHistory_IsRefusedWithTheDomainCode()
    {
        var second = Policy(Currency.Usd);
        second = new CancellationPolicy(second.Id, 2, second.Name, second.EffectiveFrom, second.Zone, second.Currency, second.Notice, second.LateCancellationFee, second.NoShowFee, second.Cap, second.Grace, second.WaiveIntakeSessions, second.Payers, second.RequiresAcceptance, second.Escalations);

        var error = Assert.Throws<ArgumentException>(() => new ServiceCollection().AddCounselingRecords(b => b.UseCancellationPolicy(second)));

        Assert.Contains(CounselingRecords.Policies.PoliciesErrorCodes.PolicyVersionOutOfSequence, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddPayerProfile_EachCall_AddsOnePayer()
    {
        var medicare = PayerProfile.SelfPay;
        using var provider = new ServiceCollection().AddCounselingRecords(b => b.AddPayerProfile(medicare)).BuildServiceProvider();

        Assert.Same(medicare, Assert.Single(provider.GetServices<PayerProfile>()));
    }

    [Fact]
    public void ScopedWorkflows_WriteToTheScopesAuditTrail_OnePerScope()
    {
        using var provider = new ServiceCollection().AddCounselingRecords(b => b.UseClock(TestClock.At()).UseIdGenerator(TestIds.Seeded()))
            .BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
        using var first = provider.CreateScope();
        using var second = provider.CreateScope();

        Assert.Same(first.ServiceProvider.GetRequiredService<InquiryWorkflow>(), first.ServiceProvider.GetRequiredService<InquiryWorkflow>());
        Assert.NotSame(first.ServiceProvider.GetRequiredService<InquiryWorkflow>(), second.ServiceProvider.GetRequiredService<InquiryWorkflow>());
        Assert.NotSame(first.ServiceProvider.GetRequiredService<RecordAccessService>(), second.ServiceProvider.GetRequiredService<RecordAccessService>());
        Assert.Throws<InvalidOperationException>(() => provider.GetRequiredService<ComplaintWorkflow>());
    }

    private static void ConfigureEverything(CounselingRecordsBuilder builder) => builder
        .UseClock(TestClock.At())
        .UseIdGenerator(TestIds.Seeded())
        .UseBusinessCalendar(BusinessCalendar.UsFederal)
        .UseRounding(RoundingPolicy.Default)
        .UseDocumentationPolicy(DocumentationPolicy.Default)
        .UseRetentionPolicy(RetentionPresets.TexasLpc)
        .UseRecordAccessPolicy(ClinicalRecordAccessPolicy.Instance)
        .UseReviewCadence(ReviewCadences.Default)
        .UseInstrumentCatalog(InstrumentCatalog.Standard)
        .UseCancellationPolicy(Policy(Currency.Usd))
        .UsePolicyRequirements(PolicyRequirements.Default)
        .UseFeeSchedule(FeeScheduleOf(Money.Usd(150.00m)))
        .AddPayerProfile(PayerProfile.SelfPay)
        .UseTimedUnits(TimedUnitTable.Cms)
        .UseStatementSettings(Settings())
        .UseSlidingFeeSchedule(SlidingFeeSchedule.HrsaDefault(Money.Usd(150.00m)))
        .UseCollectionsPolicy(new CollectionsPolicy(true, 30, 90, 0m, false))
        .UseClinicianDirectory(Clinicians())
        .UseIntakeAppointmentTypes(TestIds.Numbered<AppointmentTypeId>(1));

    private static ClinicianDirectory Clinicians() => new(
    [
        new PracticeClinician(TestIds.Numbered<ClinicianId>(1), "Clinician One", "LPC", false, null, null, null),
    ]);

    private static CancellationPolicy Policy(Currency currency) => CancellationPolicy.Create(
        TestIds.Numbered<PolicyId>(1), "24-hour notice", new LocalDate(2026, 1, 1), DateTimeZoneProviders.Tzdb["America/New_York"],
        NoticeRule.Hours(24), FeeRule.Flat(new Money(75.00m, currency)), FeeRule.FullSessionFee, currency);

    private static FeeSchedule FeeScheduleOf(Money rate) => new(
        new ServiceCatalog(rate.Currency, [new Service(TestIds.Numbered<ServiceId>(1), "90837", "Psychotherapy, 60 minutes", ServiceCategory.ClinicalSession, Duration.FromMinutes(53), rate)]),
        []);

    private static StatementSettings Settings() => new(
        new PracticeHeader("Riverside Counseling", "1 Main St, Springfield", "555-0100", "12-3456789"), 30, AgingAnchor.DateOfService,
        "Card, check or cash at the front desk", "Ask about our sliding fee scale.", "billing@riverside.example");

    private sealed class StrictNoteDraftValidator : AbstractValidator<SessionNoteDraft>;
}
