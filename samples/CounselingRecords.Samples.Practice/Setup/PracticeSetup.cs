using System.Collections.Immutable;
using System.Globalization;
using CounselingRecords.Access;
using CounselingRecords.Billing.Catalog;
using CounselingRecords.Billing.Claims;
using CounselingRecords.Billing.Payers;
using CounselingRecords.Billing.Statements;
using CounselingRecords.Care;
using CounselingRecords.Finance;
using CounselingRecords.Identity;
using CounselingRecords.Policies.Cancellations;
using CounselingRecords.Policies.Documents;
using CounselingRecords.Practice.Clinicians;
using CounselingRecords.Scheduling.AppointmentTypes;
using CounselingRecords.Scheduling.Availability;
using NodaTime;

namespace CounselingRecords.Samples.Practice.Setup;

/// <summary>
/// The practice being simulated: "Riverside Counseling", an office in New York and one in Chicago. Three named
/// clinicians (Casey Morgan, a provisionally licensed LPC-Associate supervised by Dana Reyes, LPC-S, who co-signs;
/// Jamie Lee, LPC, in Chicago) and, for larger runs, one more clinician per twelve clients. A fee catalog, an intake
/// and a therapy appointment type, a 24-hour cancellation policy (50 % late, full fee no-show, first late
/// cancellation in six months forgiven, escalation after two events), two commercial payers and Medicaid.
/// </summary>
internal sealed class PracticeSetup
{
    public static readonly DateTimeZone NewYork = DateTimeZoneProviders.Tzdb["America/New_York"];
    public static readonly DateTimeZone Chicago = DateTimeZoneProviders.Tzdb["America/Chicago"];

    private PracticeSetup(IIdGenerator ids, int clinicianCount)
    {
        FrontDesk = Actor.ForStaff(ids.New<UserId>(), Role.FrontDesk, "Front desk");
        Biller = Actor.ForStaff(ids.New<UserId>(), Role.Biller, "Billing office");
        Admin = Actor.ForStaff(ids.New<UserId>(), Role.PracticeAdmin, "Practice administrator");

        var supervisorId = ids.New<ClinicianId>();
        var associateId = ids.New<ClinicianId>();
        var chicagoId = ids.New<ClinicianId>();
        var staff = new List<StaffClinician>
        {
            new(new PracticeClinician(associateId, "Casey Morgan", "LPC-Associate", false, Npi(1), TaxonomyCodes.ProfessionalCounselor, supervisorId), Actor.ForClinician(ids.New<UserId>(), associateId, "Casey Morgan"), NewYork, "New York"),
            new(new PracticeClinician(supervisorId, "Dana Reyes", "LPC-S", false, Npi(2), TaxonomyCodes.ProfessionalCounselor, null), Actor.ForSupervisor(ids.New<UserId>(), supervisorId, "Dana Reyes"), NewYork, "New York"),
            new(new PracticeClinician(chicagoId, "Jamie Lee", "LPC", false, Npi(3), TaxonomyCodes.MentalHealthCounselor, null), Actor.ForClinician(ids.New<UserId>(), chicagoId, "Jamie Lee"), Chicago, "Chicago"),
        };
        for (var n = 4; n <= clinicianCount; n++)
        {
            var id = ids.New<ClinicianId>();
            var name = "Clinician " + n.ToString("D4", CultureInfo.InvariantCulture);
            var chicago = n % 2 == 1;
            staff.Add(new(new PracticeClinician(id, name, "LPC", false, Npi(n), TaxonomyCodes.ProfessionalCounselor, null), Actor.ForClinician(ids.New<UserId>(), id, name), chicago ? Chicago : NewYork, chicago ? "Chicago" : "New York"));
        }

        Staff = [.. staff];
        Directory = new ClinicianDirectory([.. Staff.Select(s => s.Clinician)]);

        Catalog = new ServiceCatalog(Currency.Usd,
        [
            new Service(ids.New<ServiceId>(), "90791", "Diagnostic evaluation", ServiceCategory.ClinicalSession, Duration.FromMinutes(60), Money.Usd(200m)),
            new Service(ids.New<ServiceId>(), "90832", "Psychotherapy, 30 minutes", ServiceCategory.ClinicalSession, Duration.FromMinutes(30), Money.Usd(100m)),
            new Service(ids.New<ServiceId>(), "90834", "Psychotherapy, 45 minutes", ServiceCategory.ClinicalSession, Duration.FromMinutes(45), Money.Usd(150m)),
            new Service(ids.New<ServiceId>(), "90837", "Psychotherapy, 60 minutes", ServiceCategory.ClinicalSession, Duration.FromMinutes(60), Money.Usd(180m)),
            new Service(ids.New<ServiceId>(), "90785", "Interactive complexity", ServiceCategory.AddOn, Duration.FromMinutes(60), Money.Usd(20m)),
        ]);
        Fees = new FeeCalculator(new FeeSchedule(Catalog, []));

        Intake = new AppointmentType(ids.New<AppointmentTypeId>(), "Intake 60", Duration.FromMinutes(60), Duration.Zero, Duration.Zero, Modality.InPerson, true, 1, 0);
        Therapy = new AppointmentType(ids.New<AppointmentTypeId>(), "Individual 60", Duration.FromMinutes(60), Duration.Zero, Duration.Zero, Modality.InPerson, false, 1, 0);
        Availability = [.. Staff.Select(s => ClinicianAvailability.Weekly(
            s.Clinician.Id,
            s.Zone,
            new LocalDate(2025, 1, 1),
            new[] { IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday }
                .Select(d => new WorkingBlock(d, new LocalTime(8, 0), new LocalTime(18, 0), null))))];

        var policyId = ids.New<PolicyId>();
        Policy = CancellationPolicyHistory.Start(new CancellationPolicy(
            policyId,
            1,
            "24 hours' notice; late cancellation 50 %, no-show full fee; first late cancellation in 6 months forgiven",
            new LocalDate(2025, 1, 1),
            NewYork,
            Currency.Usd,
            NoticeRule.Hours(24),
            FeeRule.PercentOfSessionFee(50m),
            FeeRule.FullSessionFee,
            FeeCap.None,
            GraceRule.FirstIn(6),
            true,
            PayerRules.Default,
            true,
            [new EscalationRule(2, 6, OccurrenceKinds.Both, EscalationAction.ReviewForDischarge)])).Value;
        FeeDocument = PolicyDocument.Create(
            ids.New<PolicyDocumentId>(),
            PolicyDocumentKind.CancellationAndFees,
            "Cancellations and fees",
            new PolicyDocumentDraft("Cancel at least 24 hours ahead; late cancellations cost half the session fee, missed sessions the full fee. Your first late cancellation in six months is forgiven.", Instant.FromUtc(2025, 1, 2, 14, 0), new CancellationPolicyReference(policyId, 1)),
            Instant.FromUtc(2025, 1, 2, 14, 0),
            Admin.UserId).Value;

        BlueHarbor = PayerProfile.Commercial(ids.New<PayerId>(), "Blue Harbor Health", 180);
        Lakeshore = PayerProfile.Commercial(ids.New<PayerId>(), "Lakeshore Mutual", 90);
        var medicaidId = ids.New<PayerId>();
        Medicaid = new PayerProfile(
            "State Medicaid", medicaidId, PayerClass.Medicaid, BlueHarbor.TelehealthPlaceOfService, BlueHarbor.AudioVideoModifier, BlueHarbor.AudioOnlyModifier,
            false, true, BlueHarbor.MaximumGroupParticipants, PayerProfile.CommonFifteenMinuteCodes, [], null, 4, TimelyFilingRule.DaysAfter(365), null);

        var street = new PostalAddress("12 Main St", null, "New York", "NY", "10001");
        BillingProvider = new ProviderIdentity("Riverside Counseling", "LPC", Npi(900), null, "12-3456789", TaxonomyCodes.ProfessionalCounselor, "LPC-1234", "NY", street, "555-0100");
        StatementSettings = new StatementSettings(
            new PracticeHeader("Riverside Counseling", "12 Main St, New York, NY 10001", "555-0100", "12-3456789"),
            30,
            AgingAnchor.DateOfService,
            "Pay online, by phone at 555-0100, or by check to Riverside Counseling.",
            "Ask about our sliding fee scale if paying is hard.",
            "Questions or disputes: billing office, 555-0101.");
    }

    public ImmutableArray<StaffClinician> Staff { get; }

    public ClinicianDirectory Directory { get; }

    public Actor FrontDesk { get; }

    public Actor Biller { get; }

    public Actor Admin { get; }

    public ServiceCatalog Catalog { get; }

    public FeeCalculator Fees { get; }

    public AppointmentType Intake { get; }

    public AppointmentType Therapy { get; }

    public ImmutableArray<ClinicianAvailability> Availability { get; }

    public CancellationPolicyHistory Policy { get; }

    public PolicyDocument FeeDocument { get; }

    public PayerProfile BlueHarbor { get; }

    public PayerProfile Lakeshore { get; }

    public PayerProfile Medicaid { get; }

    public ProviderIdentity BillingProvider { get; }

    public StatementSettings StatementSettings { get; }

    public StaffClinician Associate => Staff[0];

    public StaffClinician Supervisor => Staff[1];

    /// <summary>Builds the practice for a number of clients (one clinician per twelve clients, at least three).</summary>
    public static PracticeSetup Create(IIdGenerator ids, int clients) => new(ids, Math.Max(3, (clients + 11) / 12));

    public StaffClinician StaffFor(ClinicianId id) => Staff.First(s => s.Clinician.Id == id);

    private static string Npi(int n)
    {
        var firstNine = (100000000 + n).ToString(CultureInfo.InvariantCulture);
        return firstNine + Billing.Claims.Npi.CheckDigit(firstNine).ToString(CultureInfo.InvariantCulture);
    }
}
