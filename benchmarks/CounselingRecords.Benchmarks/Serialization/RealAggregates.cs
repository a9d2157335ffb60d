using System.Collections.Immutable;
using CounselingRecords.Care;
using CounselingRecords.Identity;
using CounselingRecords.Records.Clients;
using CounselingRecords.Records.Clinical;
using CounselingRecords.Records.Notes;
using CounselingRecords.Records.Signing;
using CounselingRecords.Scheduling.Appointments;
using CounselingRecords.TreatmentPlans.Instruments;
using CounselingRecords.TreatmentPlans.Measurements;
using CounselingRecords.TreatmentPlans.Plans;
using CounselingRecords.TreatmentPlans.Progress;
using CounselingRecords.TreatmentPlans.Sessions;
using CounselingRecords.TreatmentPlans.Signatures;
using NodaTime;

namespace CounselingRecords.Benchmarks.Serialization;

/// <summary>
/// The areas' real aggregates as a practice stores them: a signed SOAP session note of about 3,000 characters, a
/// signed treatment plan (2 problems, 4 goals, 4 measured objectives) with a session and a PHQ-9 score recorded, and
/// scheduled appointments.
/// </summary>
internal static class RealAggregates
{
    public static readonly DateTimeZone NewYork = DateTimeZoneProviders.Tzdb["America/New_York"];
    private static readonly ClinicianId Author = new(Guid.Parse("00000000-0000-0000-0000-000000000001"));
    private static readonly UserId FrontDesk = new(Guid.Parse("00000000-0000-0000-0000-000000000005"));
    private static readonly AppointmentTypeId Therapy = new(Guid.Parse("00000000-0000-0000-0000-000000000009"));
    private static readonly LocalDate Day0 = new(2026, 1, 5);
    private static readonly Instant T0 = Instant.FromUtc(2026, 1, 5, 15, 0);

    public static SessionNote SignedSessionNote()
    {
        var ids = new SeededIdGenerator(21);
        var registration = new ClientRegistration(
            new ClientDemographics(new PersonName("Jordan", "A", "Rivera", null), "Jo", "they/them", new LocalDate(1990, 4, 12)),
            [new ClientContact(ContactRoles.EmergencyContact, "Pat Rivera", "parent", "555-0100", "pat@example.org", "1 Main St, Springfield")],
            Author,
            null);
        var client = Client.Register(ids, registration, T0 - Duration.FromDays(3)).Value.Activate(Day0.PlusDays(-2), T0 - Duration.FromDays(3)).Value;
        var start = NewYork.AtStrictly(Day0.At(new LocalTime(10, 0))).ToInstant();
        var draft = new SessionNoteDraft(
            client.Id,
            Author,
            null,
            null,
            NoteFormat.Soap,
            [.. NoteFormats.SectionsOf(NoteFormat.Soap).Select(s => new NoteSectionText(s, Paragraph(s.ToString(), 700)))],
            ServiceKind.IndividualPsychotherapy,
            new SessionPeriod(start, start + Duration.FromMinutes(53), NewYork),
            Modality.InPerson,
            ClientLocationKind.PracticeOffice,
            false,
            SessionParticipants.ClientOnly,
            InteractiveComplexityFactors.None,
            false,
            [DiagnosisInput.Primary("F32.1"), DiagnosisInput.Secondary("F41.1")],
            ["Cognitive restructuring", "Behavioral activation", "Sleep hygiene psychoeducation"],
            "Low mood most days, early waking, reduced appetite; worry about work performance.",
            "Working full time with two missed days this month; withdrawn from friends.",
            "Alert, oriented x4, casually groomed, speech normal rate, mood 'flat', affect congruent, thought process linear.",
            [new ObjectiveProgressEntry(ids.New<ObjectiveId>(), ProgressRating.Improving, "Scheduled three pleasant activities; completed two.")],
            new RiskAssessment(ScreenResult.Negative, ScreenResult.Negative, ScreenResult.Negative, RiskLevel.None, "Family support, future orientation, engaged in treatment", null),
            [new SessionMeasurement("PHQ-9", 12m), new SessionMeasurement("GAD-7", 9m)],
            Day0.PlusDays(7));
        var note = SessionNote.Start(ids, client, draft, start + Duration.FromMinutes(60)).Value;
        return note.Sign(new SignerIdentity(Author, "Casey Morgan", "LPC"), start + Duration.FromHours(2)).Value;
    }

    public static TreatmentPlan SignedTreatmentPlan()
    {
        var ids = new SeededIdGenerator(22);
        var plan = TreatmentPlan.Create(
            new CreateTreatmentPlanRequest { Client = ids.New<ClientId>(), EffectiveOn = Day0, Author = Author, RecordedAt = T0, Content = Content() },
            ids).Value;
        plan = plan.Sign(new SignVersionRequest { VersionNumber = 1, Role = SignatureRole.Clinician, Clinician = Author, SignedAt = T0 + Duration.FromHours(1) }).Value;
        plan = plan.RecordSession(new RecordSessionRequest
        {
            Note = ids.New<NoteId>(), SessionDate = Day0.PlusDays(7), Objectives = [plan.CurrentVersion.Objectives[0].Id], RecordedAt = T0 + Duration.FromDays(7),
        }).Value;
        return plan.RecordInstrumentScore(
            new RecordInstrumentScoreRequest
            {
                MeasurementId = ids.New<MeasurementId>(),
                Score = InstrumentScorer.Score(StandardInstruments.Phq9Default, 2, 2, 1, 1, 1, 1, 1, 0, 0).Value,
                AdministeredOn = Day0.PlusDays(7),
                RecordedAt = T0 + Duration.FromDays(7),
                RecordedBy = Author,
            },
            ProgressPresets.UnitedStates).Value.Plan;
    }

    /// <summary>
    /// Appointment <paramref name="number"/> of <paramref name="clinicians"/> clinicians: each clinician's sessions at
    /// 9, 10, 11, 13, 14, 15 and 16 o'clock New York time on weekdays from 2026-01-05 on, one of 2,000 clients each.
    /// </summary>
    public static Appointment Appointment(int number, int clinicians)
    {
        var slot = number / clinicians;
        var hours = new[] { 9, 10, 11, 13, 14, 15, 16 };
        var weekday = slot / hours.Length;
        var date = Day0.PlusWeeks(weekday / 5).PlusDays(weekday % 5);
        var local = date.At(new LocalTime(hours[slot % hours.Length], 0));
        var start = NewYork.AtStrictly(local).ToInstant();
        var bookedAt = start - Duration.FromDays(14);
        return new Appointment(
            Numbered<AppointmentId>(number + 1), Clinician(number % clinicians), [], [Numbered<ClientId>(1 + ((number * 7919) % 2000))], 1, Therapy,
            Modality.InPerson, Duration.Zero, Duration.FromMinutes(10), null, null, local, NewYork, start, start + Duration.FromMinutes(53), bookedAt, FrontDesk,
            AppointmentStatus.Scheduled, [new StatusChange(null, AppointmentStatus.Scheduled, FrontDesk, bookedAt, null)], null, null, null, null, null, 0);
    }

    public static ClinicianId Clinician(int index) => Numbered<ClinicianId>(100 + index);

    private static TId Numbered<TId>(int number)
        where TId : struct, IStronglyTypedId<TId> => TId.FromGuid(new Guid(0, 0, 0, [0, 0, 0, 0, (byte)(number >> 24), (byte)(number >> 16), (byte)(number >> 8), (byte)number]));

    private static string Paragraph(string section, int length) =>
        string.Concat(Enumerable.Repeat($"{section}: client described the week, sleep improved to six hours, walked twice with a neighbour; café visit avoided. ", (length / 100) + 1))[..length];

    private static PlanContentInput Content() => new()
    {
        EstimatedDurationWeeks = 16,
        Problems =
        [
            .. new[] { ("F32.1", "Depressed mood, loss of interest, early waking"), ("F41.1", "Persistent worry about work and health") }.Select(p => new ProblemInput
            {
                Diagnosis = p.Item1,
                Statement = p.Item2,
                Goals =
                [
                    .. Enumerable.Range(0, 2).Select(g => new GoalInput
                    {
                        Statement = g == 0 ? "Return to usual activities" : "Sleep through the night",
                        TargetDate = Day0.PlusWeeks(26),
                        Objectives =
                        [
                            new ObjectiveInput
                            {
                                Statement = "PHQ-9 below 5 on two consecutive administrations",
                                Measure = new MeasureInput { Kind = MeasureKind.InstrumentScore, InstrumentCode = "PHQ-9", Baseline = 18, Target = 4 },
                                TargetDate = Day0.PlusWeeks(20),
                                AutoAchieve = AutoAchieveRule.Remission,
                                Interventions = [new InterventionInput { Approach = "Cognitive behavioral therapy, weekly", ResponsibleClinician = Author }],
                            },
                        ],
                    }),
                ],
            }),
        ],
    };
}
