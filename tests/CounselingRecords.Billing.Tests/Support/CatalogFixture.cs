using System.Collections.Immutable;
using CounselingRecords.Billing.Catalog;
using CounselingRecords.Finance;
using CounselingRecords.Identity;
using CounselingRecords.Testing.Identity;
using NodaTime;

namespace CounselingRecords.Billing.Tests.Support;

internal static class CatalogFixture
{
    public static ServiceId Svc90834 { get; } = TestIds.Numbered<ServiceId>(1);

    public static ServiceId Svc90837 { get; } = TestIds.Numbered<ServiceId>(2);

    public static ServiceId Svc90785 { get; } = TestIds.Numbered<ServiceId>(3);

    public static ServiceId SvcH0004 { get; } = TestIds.Numbered<ServiceId>(4);

    public static ServiceId SvcNoShow { get; } = TestIds.Numbered<ServiceId>(5);

    public static ServiceCatalog Catalog { get; } = new(Currency.Usd,
    [
        new Service(Svc90834, "90834", "Psychotherapy, 45 minutes", ServiceCategory.ClinicalSession, Duration.FromMinutes(45), Money.Usd(150m)),
        new Service(Svc90837, "90837", "Psychotherapy, 60 minutes", ServiceCategory.ClinicalSession, Duration.FromMinutes(60), Money.Usd(180m)),
        new Service(Svc90785, "90785", "Interactive complexity", ServiceCategory.AddOn, Duration.Zero, Money.Usd(20m)),
        new Service(SvcH0004, "H0004", "Behavioral health counseling, per 15 minutes", ServiceCategory.TimedUnits, Duration.FromMinutes(15), Money.Usd(30m)),
        new Service(SvcNoShow, "NOSHOW", "Missed appointment fee", ServiceCategory.MissedAppointmentFee, Duration.Zero, Money.Usd(75m)),
    ]);

    public static ClinicianId Clinician { get; } = TestIds.Numbered<ClinicianId>(1);

    public static ClinicianId OtherClinician { get; } = TestIds.Numbered<ClinicianId>(2);

    public static PayerId Payer { get; } = TestIds.Numbered<PayerId>(1);

    public static ClientId Client { get; } = TestIds.Numbered<ClientId>(1);

    public static FeeSchedule Schedule(params FeeRate[] rates) => new(Catalog, [.. rates]);
}
