using System.Collections.Immutable;
using CounselingRecords.Care;
using CounselingRecords.Identity;
using CounselingRecords.Records.Clients;
using CounselingRecords.Records.Clinical;
using CounselingRecords.Records.Intake;
using CounselingRecords.Records.Notes;
using CounselingRecords.Records.Signing;
using CounselingRecords.Testing.Access;
using CounselingRecords.Testing.Identity;
using NodaTime;

namespace CounselingRecords.Records.Tests.Fixtures;

/// <summary>Builds valid records for tests; each test changes only what it is about.</summary>
internal static class Records
{
    public static readonly DateTimeZone NewYork = DateTimeZoneProviders.Tzdb["America/New_York"];

    /// <summary>The treating clinician (TestActors.Clinician).</summary>
    public static readonly ClinicianId Author = TestActors.Clinician.ClinicianId!.Value;

    /// <summary>A clinician not treating the client (TestActors.OtherClinician).</summary>
    public static readonly ClinicianId Other = TestActors.OtherClinician.ClinicianId!.Value;

    /// <summary>The supervisor (TestActors.Supervisor).</summary>
    public static readonly ClinicianId Supervisor = TestActors.Supervisor.ClinicianId!.Value;

    public static readonly SignerIdentity AuthorSigner = new(Author, "Casey Morgan", "LPC-Associate");
    public static readonly SignerIdentity SupervisorSigner = new(Supervisor, "Dana Reyes", "LPC-S");
    public static readonly SignerIdentity OtherSigner = new(Other, "Jamie Lee", "LPC");

    /// <summary>Monday 2026-01-05 10:00 New York: the session starts.</summary>
    public static readonly Instant SessionStart = NewYork.AtStrictly(new LocalDateTime(2026, 1, 5, 10, 0)).ToInstant();

    /// <summary>53 minutes later.</summary>
    public static readonly Instant SessionEnd = SessionStart + Duration.FromMinutes(53);

    public static readonly LocalDate DateOfService = new(2026, 1, 5);

    public static readonly Instant RegisteredAt = Instant.FromUtc(2026, 1, 2, 15, 0);

    public static SeededIdGenerator Ids() => TestIds.Seeded();

    public static ClientDemographics AdultDemographics() =>
        new(new PersonName("Jordan", "A", "Rivera", null), "Jo", "they/them", new LocalDate(1990, 4, 12));

    public static ClientDemographics MinorDemographics() =>
        new(new PersonName("Sam", null, "Taylor", null), null, null, new LocalDate(2012, 8, 30));

    public static ClientContact Guardian() =>
        new(ContactRoles.LegalGuardian | ContactRoles.EmergencyContact | ContactRoles.BillTo, "Pat Taylor", "mother", "555-0100", "pat@example.org", "1 Main St, Springfield");

    /// <summary>A registered client, active, treated by <see cref="Author"/> under <see cref="Supervisor"/>.</summary>
    public static Client ActiveClient(IIdGenerator? ids = null, ClientDemographics? demographics = null, bool supervised = true)
    {
        var registration = new ClientRegistration(demographics ?? AdultDemographics(), [Guardian()], Author, supervised ? Supervisor : null);
        var client = Client.Register(ids ?? Ids(), registration, RegisteredAt).Value;
        return client.Activate(new LocalDate(2026, 1, 2), RegisteredAt).Value;
    }

    public static ImmutableArray<NoteSectionText> SectionsFor(NoteFormat format) =>
        NoteFormats.SectionsOf(format).Select(s => new NoteSectionText(s, $"{s} text for the session.")).ToImmutableArray();

    public static RiskAssessment NegativeRisk() =>
        new(ScreenResult.Negative, ScreenResult.Negative, ScreenResult.Negative, RiskLevel.None, "Family support, future orientation", null);

    public static RiskAssessment PositiveSuicideRisk() =>
        new(ScreenResult.Positive, ScreenResult.Negative, ScreenResult.Negative, RiskLevel.Moderate, "Family support", "Safety plan reviewed: coping steps, contacts, 988.");

    /// <summary>A complete individual psychotherapy note draft (signable as it is).</summary>
    public static SessionNoteDraft NoteDraft(
        ClientId clientId,
        NoteFormat format = NoteFormat.Soap,
        ClinicianId? coSigner = null,
        ImmutableArray<NoteSectionText>? sections = null,
        ServiceKind serviceKind = ServiceKind.IndividualPsychotherapy,
        SessionPeriod? period = null,
        Modality modality = Modality.InPerson,
        ClientLocationKind location = ClientLocationKind.PracticeOffice,
        bool telehealthConsent = false,
        SessionParticipants? participants = null,
        ImmutableArray<DiagnosisInput>? diagnoses = null,
        ImmutableArray<string>? interventions = null,
        string? symptoms = "Low mood, poor sleep",
        string? functionalStatus = "Working full time; withdrawn socially",
        ImmutableArray<ObjectiveProgressEntry>? objectiveProgress = null,
        RiskAssessment? risk = null,
        ImmutableArray<SessionMeasurement>? measurements = null,
        LocalDate? nextSession = null,
        ClinicianId? author = null) =>
        new(
            clientId,
            author ?? Author,
            coSigner,
            null,
            format,
            sections ?? SectionsFor(format),
            serviceKind,
            period ?? new SessionPeriod(SessionStart, SessionEnd, NewYork),
            modality,
            location,
            telehealthConsent,
            participants ?? SessionParticipants.ClientOnly,
            InteractiveComplexityFactors.None,
            false,
            diagnoses ?? [DiagnosisInput.Primary("F32.1"), DiagnosisInput.Secondary("F41.1")],
            interventions ?? ["Cognitive restructuring", "Behavioral activation"],
            symptoms,
            functionalStatus,
            "Alert, oriented, euthymic",
            objectiveProgress ?? [new ObjectiveProgressEntry(TestIds.Numbered<ObjectiveId>(1), ProgressRating.Improving, "Two activities scheduled")],
            risk ?? NegativeRisk(),
            measurements ?? [new SessionMeasurement("PHQ-9", 12m)],
            nextSession ?? DateOfService.PlusDays(7));

    public static SessionNote DraftNote(Client client, SessionNoteDraft? draft = null, IIdGenerator? ids = null) =>
        SessionNote.Start(ids ?? Ids(), client, draft ?? NoteDraft(client.Id), SessionEnd).Value;

    public static SessionNote SignedNote(Client client, SessionNoteDraft? draft = null, IIdGenerator? ids = null)
    {
        var note = DraftNote(client, draft, ids);
        return note.Sign(AuthorSigner, note.EndedAt + Duration.FromHours(1)).Value;
    }

    public static ImmutableArray<HistoryEntry> AllHistory() =>
        Enum.GetValues<HistorySection>().Select(s => new HistoryEntry(s, $"{s}: none reported.")).ToImmutableArray();

    public static ImmutableArray<MentalStatusFinding> FullMentalStatus() =>
        Enum.GetValues<MentalStatusDomain>().Select(d => new MentalStatusFinding(d, "Within normal limits")).ToImmutableArray();

    /// <summary>A complete intake draft.</summary>
    public static IntakeAssessmentDraft IntakeDraft(
        ClientId clientId,
        ClinicianId? coSigner = null,
        ImmutableArray<HistoryEntry>? history = null,
        ImmutableArray<MentalStatusFinding>? mentalStatus = null,
        RiskAssessment? risk = null,
        string? presentingProblem = "Persistent low mood for six months",
        string? strengths = "Supportive partner, stable job",
        string? recommendations = "Weekly individual CBT, 50 minutes, 12 weeks",
        ImmutableArray<DiagnosisInput>? diagnoses = null) =>
        new(
            clientId,
            Author,
            coSigner,
            null,
            DateOfService,
            "Primary care physician",
            presentingProblem,
            history ?? AllHistory(),
            mentalStatus ?? FullMentalStatus(),
            risk ?? NegativeRisk(),
            diagnoses ?? [DiagnosisInput.Primary("F32.1")],
            strengths,
            recommendations,
            [new SessionMeasurement("PHQ-9", 16m)]);

    public static IntakeAssessment DraftIntake(Client client, IntakeAssessmentDraft? draft = null) =>
        IntakeAssessment.Start(Ids(), client, draft ?? IntakeDraft(client.Id), SessionEnd).Value;
}
