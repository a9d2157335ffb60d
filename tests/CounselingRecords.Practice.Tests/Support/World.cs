using System.Collections.Immutable;
using CounselingRecords.Access;
using CounselingRecords.Billing.Catalog;
using CounselingRecords.Billing.Claims;
using CounselingRecords.Billing.Ledger;
using CounselingRecords.Billing.SlidingScale;
using CounselingRecords.Care;
using CounselingRecords.Finance;
using CounselingRecords.Identity;
using CounselingRecords.Policies.Cancellations;
using CounselingRecords.Policies.Documents;
using CounselingRecords.Practice.Clinicians;
using CounselingRecords.Records.Clients;
using CounselingRecords.Records.Clinical;
using CounselingRecords.Records.Notes;
using CounselingRecords.Scheduling.Appointments;
using CounselingRecords.Scheduling.AppointmentTypes;
using CounselingRecords.Scheduling.Availability;
using CounselingRecords.Scheduling.Booking;
using CounselingRecords.Testing.Access;
using CounselingRecords.Testing.Identity;
using NodaTime;
using NodaTime.Testing;

namespace CounselingRecords.Practice.Tests.Support;

/// <summary>
/// A small New York practice for the workflow tests: three clinicians (clinician 1 is provisionally licensed and
/// supervised by clinician 3), a prescriber for E/M cases, a catalog with the psychotherapy codes, an intake and a
/// therapy appointment type, a 24-hour cancellation policy the client accepted, and one active client.
/// </summary>
internal static class World
{
    public static readonly DateTimeZone NewYork = DateTimeZoneProviders.Tzdb["America/New_York"];

    public static readonly ClinicianId Associate = TestActors.Clinician.ClinicianId!.Value;
    public static readonly ClinicianId Licensed = TestActors.OtherClinician.ClinicianId!.Value;
    public static readonly ClinicianId Supervisor = TestActors.Supervisor.ClinicianId!.Value;
    public static readonly ClinicianId Prescriber = TestIds.Numbered<ClinicianId>(9);

    public static readonly PracticeClinician AssociateClinician = new(Associate, "Casey Morgan", "LPC-Associate", false, NpiFrom("123456789"), TaxonomyCodes.ProfessionalCounselor, Supervisor);
    public static readonly PracticeClinician LicensedClinician = new(Licensed, "Jamie Lee", "LPC", false, NpiFrom("223456789"), TaxonomyCodes.ProfessionalCounselor, null);
    public static readonly PracticeClinician SupervisorClinician = new(Supervisor, "Dana Reyes", "LPC-S", false, NpiFrom("323456789"), TaxonomyCodes.ProfessionalCounselor, null);
    public static readonly PracticeClinician PrescriberClinician = new(Prescriber, "Alex Kim", "MD", true, NpiFrom("423456789"), null, null);

    public static readonly ClinicianDirectory Roster = new([AssociateClinician, LicensedClinician, SupervisorClinician, PrescriberClinician]);

    public static readonly Actor Biller = TestActors.Biller;
    public static readonly Actor FrontDesk = TestActors.FrontDesk;
    public static readonly Actor Admin = TestActors.PracticeAdmin;

    public static readonly PayerId CommercialPayer = TestIds.Numbered<PayerId>(1);
    public static readonly PayerId MedicaidPayer = TestIds.Numbered<PayerId>(2);

    public static readonly ServiceCatalog Catalog = new(Currency.Usd,
    [
        Service(1, "90791", "Diagnostic evaluation", ServiceCategory.ClinicalSession, 200m),
        Service(2, "90832", "Psychotherapy, 30 minutes", ServiceCategory.ClinicalSession, 100m),
        Service(3, "90834", "Psychotherapy, 45 minutes", ServiceCategory.ClinicalSession, 150m),
        Service(4, "90837", "Psychotherapy, 60 minutes", ServiceCategory.ClinicalSession, 180m),
        Service(5, "90785", "Interactive complexity", ServiceCategory.AddOn, 20m),
        Service(6, "90846", "Family psychotherapy without the patient", ServiceCategory.ClinicalSession, 160m),
        Service(7, "90847", "Family psychotherapy with the patient", ServiceCategory.ClinicalSession, 170m),
        Service(8, "90853", "Group psychotherapy", ServiceCategory.ClinicalSession, 60m),
        Service(9, "90849", "Multiple-family group psychotherapy", ServiceCategory.ClinicalSession, 70m),
        Service(10, "90839", "Crisis psychotherapy, first hour", ServiceCategory.ClinicalSession, 250m),
        Service(11, "90840", "Crisis psychotherapy, each additional 30 minutes", ServiceCategory.AddOn, 110m),
        Service(12, "90833", "Psychotherapy add-on with E/M, 30 minutes", ServiceCategory.AddOn, 80m),
        Service(13, "90836", "Psychotherapy add-on with E/M, 45 minutes", ServiceCategory.AddOn, 100m),
        Service(14, "90838", "Psychotherapy add-on with E/M, 60 minutes", ServiceCategory.AddOn, 120m),
        Service(15, "99214", "Office visit, established patient", ServiceCategory.ClinicalSession, 140m),
        Service(16, "H0004", "Behavioral health counseling, per 15 minutes", ServiceCategory.TimedUnits, 30m),
        Service(17, "90792", "Diagnostic evaluation with medical services", ServiceCategory.ClinicalSession, 260m),
    ]);

    public static readonly FeeCalculator Fees = new(new FeeSchedule(Catalog, []));

    /// <summary>A 60-minute in-person intake, offered to new clients.</summary>
    public static readonly AppointmentType Intake = new(TestIds.Numbered<AppointmentTypeId>(1), "Intake 60", Duration.FromMinutes(60), Duration.Zero, Duration.Zero, Modality.InPerson, true, 1, 0);

    /// <summary>A 60-minute in-person therapy session for returning clients.</summary>
    public static readonly AppointmentType Therapy = new(TestIds.Numbered<AppointmentTypeId>(2), "Individual 60", Duration.FromMinutes(60), Duration.Zero, Duration.Zero, Modality.InPerson, false, 1, 0);

    /// <summary>A 90-minute group of up to 8.</summary>
    public static readonly AppointmentType Group = new(TestIds.Numbered<AppointmentTypeId>(3), "Group 90", Duration.FromMinutes(90), Duration.Zero, Duration.Zero, Modality.InPerson, true, 8, 0);

    /// <summary>Monday 2026-02-23 09:00 New York: when the practice books the week of 2026-03-02.</summary>
    public static readonly Instant BookingTime = Ny(2026, 2, 23, 9);

    private static int _bookingSeed = 1000;

    public static readonly PolicyId PolicyId = TestIds.Numbered<PolicyId>(1);

    public static Instant Ny(int year, int month, int day, int hour, int minute = 0) =>
        NewYork.AtStrictly(new LocalDateTime(year, month, day, hour, minute)).ToInstant();

    public static LocalDateTime At(int month, int day, int hour, int minute = 0) => new(2026, month, day, hour, minute);

    public static string NpiFrom(string firstNine) => firstNine + Npi.CheckDigit(firstNine).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static FakeClock Clock(Instant? at = null) => new(at ?? BookingTime);

    public static ScheduleBook Book() => ScheduleBook.Empty
        .WithAppointmentType(Intake).WithAppointmentType(Therapy).WithAppointmentType(Group)
        .WithAvailability(Availability(Associate))
        .WithAvailability(Availability(Licensed))
        .WithAvailability(Availability(Supervisor));

    public static ClinicianAvailability Availability(ClinicianId clinician) =>
        ClinicianAvailability.Weekly(
            clinician,
            NewYork,
            new LocalDate(2026, 1, 1),
            new[] { IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday }
                .Select(d => new WorkingBlock(d, new LocalTime(8, 0), new LocalTime(18, 0), null)));

    /// <summary>Books one appointment (booked at <see cref="BookingTime"/> unless a clock is given).</summary>
    public static Appointment Appointment(ClientId client, LocalDateTime local, ClinicianId? clinician = null, AppointmentType? type = null, IIdGenerator? ids = null, FakeClock? clock = null)
    {
        var engine = new BookingEngine(clock ?? Clock(), ids ?? TestIds.Seeded(Interlocked.Increment(ref _bookingSeed)));
        var result = engine.Book(Book(), new BookingRequest(clinician ?? Associate, [client], (type ?? Therapy).Id, local, NewYork), FrontDesk);
        Assert.True(result.Accepted, result.Error?.ToString());
        return result.Appointment;
    }

    public static ClientRegistration Registration(ClinicianId? primary = null, ClinicianId? supervisor = null) =>
        new(new ClientDemographics(new PersonName("Jordan", "A", "Rivera", null), "Jo", "they/them", new LocalDate(1990, 4, 12)), [], primary, supervisor);

    /// <summary>An active client treated by the associate under the supervisor.</summary>
    public static Client ActiveClient(IIdGenerator ids)
    {
        var client = Client.Register(ids, Registration(Associate, Supervisor), Ny(2026, 2, 2, 9)).Value;
        return client.Activate(new LocalDate(2026, 2, 2), Ny(2026, 2, 2, 9)).Value;
    }

    public static RiskAssessment NegativeRisk() =>
        new(ScreenResult.Negative, ScreenResult.Negative, ScreenResult.Negative, RiskLevel.None, "Family support", null);

    /// <summary>A complete note draft for a session of the appointment, <paramref name="minutes"/> long from its start.</summary>
    public static SessionNoteDraft NoteDraft(
        ClientId client,
        Appointment? appointment,
        Instant start,
        int minutes = 53,
        ClinicianId? author = null,
        ClinicianId? coSigner = null,
        ServiceKind kind = ServiceKind.IndividualPsychotherapy,
        Modality modality = Modality.InPerson,
        ClientLocationKind location = ClientLocationKind.PracticeOffice,
        SessionParticipants? participants = null,
        Records.Notes.InteractiveComplexityFactors complexity = Records.Notes.InteractiveComplexityFactors.None,
        bool evaluationAndManagement = false,
        ImmutableArray<ObjectiveProgressEntry>? progress = null,
        ImmutableArray<SessionMeasurement>? measurements = null)
    {
        var format = NoteFormat.Soap;
        return new SessionNoteDraft(
            client,
            author ?? Associate,
            coSigner,
            appointment?.Id,
            format,
            NoteFormats.SectionsOf(format).Select(s => new NoteSectionText(s, $"{s} text.")).ToImmutableArray(),
            kind,
            new SessionPeriod(start, start + Duration.FromMinutes(minutes), NewYork),
            modality,
            location,
            modality != Modality.InPerson,
            participants ?? SessionParticipants.ClientOnly,
            complexity,
            evaluationAndManagement,
            [DiagnosisInput.Primary("F32.1")],
            kind == ServiceKind.DiagnosticEvaluation ? [] : ["Cognitive restructuring"],
            "Low mood",
            "Working; withdrawn socially",
            "Alert, oriented",
            progress ?? [new ObjectiveProgressEntry(TestIds.Numbered<ObjectiveId>(1), ProgressRating.Improving, "Two activities scheduled")],
            NegativeRisk(),
            measurements ?? [],
            null);
    }

    /// <summary>A note for a licensed clinician's session, signed one hour after it ended.</summary>
    public static SessionNote SignedNote(Client client, SessionNoteDraft draft, IIdGenerator ids)
    {
        var note = SessionNote.Start(ids, client, draft, draft.Period!.End).Value;
        var signer = Roster.Find(draft.AuthorId)!.ToSigner();
        return note.Sign(signer, note.EndedAt + Duration.FromHours(1)).Value;
    }

    public static ClientLedger Ledger(ClientId client) => ClientLedger.Open(client, Currency.Usd);

    /// <summary>24 hours' notice; late cancellation 50 %, no-show the full fee; acceptance required; review for discharge after 2 events in 6 months.</summary>
    public static CancellationPolicy Policy(bool waiveIntake = false, GraceRule? grace = null, bool requiresAcceptance = true, LocalDate? effectiveFrom = null) => new(
        PolicyId,
        1,
        "24 hours, 50% late, full fee no-show",
        effectiveFrom ?? new LocalDate(2026, 1, 1),
        NewYork,
        Currency.Usd,
        NoticeRule.Hours(24),
        FeeRule.PercentOfSessionFee(50m),
        FeeRule.FullSessionFee,
        FeeCap.None,
        grace,
        waiveIntake,
        PayerRules.Default,
        requiresAcceptance,
        [new EscalationRule(2, 6, OccurrenceKinds.Both, EscalationAction.ReviewForDischarge)]);

    public static CancellationPolicyHistory PolicyHistory(bool waiveIntake = false, GraceRule? grace = null, bool requiresAcceptance = true, LocalDate? effectiveFrom = null) =>
        CancellationPolicyHistory.Start(Policy(waiveIntake, grace, requiresAcceptance, effectiveFrom)).Value;

    public static PolicyDocument FeeDocument() => PolicyDocument.Create(
        TestIds.Numbered<PolicyDocumentId>(1),
        PolicyDocumentKind.CancellationAndFees,
        "Cancellations and fees",
        new PolicyDocumentDraft("Cancel at least 24 hours ahead; late cancellations cost half the session fee, missed sessions the full fee.", Ny(2026, 1, 2, 9), new CancellationPolicyReference(PolicyId, 1)),
        Ny(2026, 1, 2, 9),
        Admin.UserId).Value;

    /// <summary>The client's acknowledgments, with the fee document accepted on 2026-02-02 unless not asked.</summary>
    public static ClientAcknowledgments Acknowledgments(ClientId client, bool accepted = true) => accepted
        ? ClientAcknowledgments.For(client).Acknowledge(FeeDocument(), 1, Ny(2026, 2, 2, 10), AcknowledgmentMethod.ElectronicSignature, AcknowledgingParty.Client, FrontDesk.UserId).Value
        : ClientAcknowledgments.For(client);

    /// <summary>A sliding-fee agreement determined on 2026-02-02 from an income and household size (2026 HHS guideline, HRSA default tiers).</summary>
    public static SlidingFeeAgreement SlidingFee(ClientId client, decimal income, int household)
    {
        var determination = SlidingFeeSchedule.HrsaDefault(Money.Usd(0m)).Determine(new SlidingFeeApplication(
            client, Money.Usd(income), household, PovertyGuidelineRegion.ContiguousStatesAndDistrictOfColumbia, IncomeEvidence.Documented, null,
            Biller.UserId, Ny(2026, 2, 2, 11), new LocalDate(2026, 2, 2))).Value;
        return SlidingFeeAgreement.Start(client).Record(determination).Value;
    }

    private static Service Service(int number, string code, string name, ServiceCategory category, decimal rate) =>
        new(TestIds.Numbered<ServiceId>(number), code, name, category, Duration.FromMinutes(60), Money.Usd(rate));
}
