using System.Collections.Immutable;
using CounselingRecords.Auditing;
using CounselingRecords.Care;
using CounselingRecords.Identity;
using CounselingRecords.Records.AccessRequests;
using CounselingRecords.Records.AccessControl;
using CounselingRecords.Records.Amendments;
using CounselingRecords.Records.Clients;
using CounselingRecords.Records.Clinical;
using CounselingRecords.Records.Deadlines;
using CounselingRecords.Records.Intake;
using CounselingRecords.Records.Notes;
using CounselingRecords.Records.ProgressReports;
using CounselingRecords.Records.PsychotherapyNotes;
using CounselingRecords.Records.Retention;
using CounselingRecords.Records.Signing;
using CounselingRecords.Testing.Identity;
using NodaTime;

namespace CounselingRecords.Testing.Samples;

/// <summary>
/// Realistic, fully populated aggregates of the clinical records area, built through the area's verbs (register,
/// start, sign, co-sign, addenda, decisions) so every optional section has content: seeds for wire-format golden
/// files and fuzzing, and material for storage conformance runs. Ids come from a seeded generator: the same call
/// gives the same aggregate.
/// </summary>
public static class RecordsSamples
{
    /// <summary>Gets the treating clinician, an associate supervised by <see cref="Supervisor"/> (clinician 1).</summary>
    public static SignerIdentity Author { get; } = new(SampleWorld.Associate, "Casey Morgan", "LPC-Associate");

    /// <summary>Gets the supervisor (clinician 3).</summary>
    public static SignerIdentity Supervisor { get; } = new(SampleWorld.Supervisor, "Dana Reyes", "LPC-S");

    /// <summary>Builds an active client with contacts, consents, a second clinician, a carried-forward safety flag (later cleared), and a released legal hold.</summary>
    /// <param name="seed">The seed of the ids.</param>
    /// <returns>The client.</returns>
    public static Client Client(int seed = 1)
    {
        var ids = TestIds.Seeded(seed);
        var registration = new ClientRegistration(
            new ClientDemographics(new PersonName("Jordan", "Avery", "Rivera", "Jr."), "Jo", "they/them", new LocalDate(1990, 4, 12)),
            [
                new ClientContact(ContactRoles.EmergencyContact | ContactRoles.BillTo, "Pat Rivera", "parent", "555-0100", "pat@example.org", "1 Main St, Springfield"),
                new ClientContact(ContactRoles.EmergencyContact, "Sam Ortiz", "partner", "555-0101", null, null),
            ],
            SampleWorld.Associate,
            SampleWorld.Supervisor);
        var registered = SampleWorld.Ny(2026, 1, 2, 9);
        var client = SampleWorld.Ok(Records.Clients.Client.Register(ids, registration, registered));
        client = SampleWorld.Ok(client.Activate(new LocalDate(2026, 1, 2), registered));
        client = SampleWorld.Ok(client.RecordConsent(CommunicationChannel.Sms, true, registered + Duration.FromMinutes(5)));
        client = SampleWorld.Ok(client.RecordConsent(CommunicationChannel.Email, false, registered + Duration.FromMinutes(6)));
        client = SampleWorld.Ok(client.AssignClinician(SampleWorld.Licensed, CareTeamRole.Additional, null));
        var riskyNote = SampleWorld.Ok(Records.Notes.SessionNote.Start(ids, client, NoteDraft(client.Id, PositiveRisk()), SampleWorld.Ny(2026, 1, 5, 11)));
        riskyNote = SampleWorld.Ok(riskyNote.Sign(Author, SampleWorld.Ny(2026, 1, 5, 11, 30)));
        client = SampleWorld.Ok(client.CarryForward(riskyNote, SampleWorld.Ny(2026, 1, 5, 12)));
        client = SampleWorld.Ok(client.ClearSafetyFlag(SafetyFlagKind.SuicideRisk, SampleWorld.Associate, "Risk resolved; safety plan kept on file", SampleWorld.Ny(2026, 3, 2, 12)));
        client = SampleWorld.Ok(client.PlaceLegalHold(new LegalHold("LH-2026-004", "Custody matter, county family court", new LocalDate(2026, 2, 1), null)));
        client = SampleWorld.Ok(client.ReleaseLegalHold("LH-2026-004", new LocalDate(2026, 6, 30)));
        client = SampleWorld.Ok(client.PlaceLegalHold(new LegalHold("LH-2026-009", "Disability claim review", new LocalDate(2026, 7, 1), null)));
        return client;
    }

    /// <summary>Builds a late-signed and co-signed SOAP note of a video session with a family member present, two diagnoses, progress, measurements, a carried safety flag, a supervision review and an addendum.</summary>
    /// <param name="seed">The seed of the ids.</param>
    /// <returns>The note.</returns>
    public static SessionNote SessionNote(int seed = 2)
    {
        var ids = TestIds.Seeded(seed);
        var client = ClientWithOpenFlag(ids);
        var draft = NoteDraft(client.Id, PositiveRisk(), SampleWorld.Supervisor, TestIds.Numbered<AppointmentId>(seed), Modality.Video);
        var note = SampleWorld.Ok(Records.Notes.SessionNote.Start(ids, client, draft, SampleWorld.Ny(2026, 1, 5, 11)));
        // Signed four days after the session, past the 72-hour documentation window: the note records its late entry.
        note = SampleWorld.Ok(note.Sign(Author, SampleWorld.Ny(2026, 1, 9, 14)));
        note = SampleWorld.Ok(note.ReturnForRevision(Supervisor, "Add the safety plan steps to the plan section.", SampleWorld.Ny(2026, 1, 9, 15)));
        note = SampleWorld.Ok(note.Revise(draft, SampleWorld.Ny(2026, 1, 9, 16)));
        note = SampleWorld.Ok(note.Sign(Author, SampleWorld.Ny(2026, 1, 9, 17)));
        note = SampleWorld.Ok(note.CoSign(Supervisor, SampleWorld.Ny(2026, 1, 10, 9), "Reviewed; plan appropriate."));
        return SampleWorld.Ok(note.AddAddendum(Author, new AddendumDraft(AddendumKind.Clarification, "Timing of the safety plan review", "The safety plan was reviewed at the start of the session, not at the end."), SampleWorld.Ny(2026, 1, 11, 10), ids));
    }

    /// <summary>Builds a signed and co-signed intake assessment with every history and mental-status section, risk, diagnoses, measurements, a review and an addendum.</summary>
    /// <param name="seed">The seed of the ids.</param>
    /// <returns>The intake.</returns>
    public static IntakeAssessment IntakeAssessment(int seed = 3)
    {
        var ids = TestIds.Seeded(seed);
        var client = Client(seed);
        var draft = new IntakeAssessmentDraft(
            client.Id,
            SampleWorld.Associate,
            SampleWorld.Supervisor,
            TestIds.Numbered<AppointmentId>(seed),
            new LocalDate(2026, 1, 5),
            "Primary care physician",
            "Persistent low mood for six months, poor sleep",
            Enum.GetValues<HistorySection>().Select(s => new HistoryEntry(s, $"{s}: reviewed; nothing of concern.")).ToImmutableArray(),
            Enum.GetValues<MentalStatusDomain>().Select(d => new MentalStatusFinding(d, "Within normal limits")).ToImmutableArray(),
            PositiveRisk(),
            [DiagnosisInput.Primary("F32.1"), DiagnosisInput.Secondary("F41.1")],
            "Supportive partner, stable job",
            "Weekly individual CBT, 53 minutes, 16 weeks",
            [new SessionMeasurement("PHQ-9", 16m), new SessionMeasurement("GAD-7", 11m)]);
        var intake = SampleWorld.Ok(Records.Intake.IntakeAssessment.Start(ids, client, draft, SampleWorld.Ny(2026, 1, 5, 11)));
        intake = SampleWorld.Ok(intake.Sign(Author, SampleWorld.Ny(2026, 1, 5, 14)));
        intake = SampleWorld.Ok(intake.ReturnForRevision(Supervisor, "Name the referral question.", SampleWorld.Ny(2026, 1, 5, 15)));
        intake = SampleWorld.Ok(intake.Revise(draft, SampleWorld.Ny(2026, 1, 5, 16)));
        intake = SampleWorld.Ok(intake.Sign(Author, SampleWorld.Ny(2026, 1, 5, 17)));
        intake = SampleWorld.Ok(intake.CoSign(Supervisor, SampleWorld.Ny(2026, 1, 6, 9), "Agree with the formulation."));
        return SampleWorld.Ok(intake.AddAddendum(Author, new AddendumDraft(AddendumKind.LateEntry, "Collateral call", "Spoke with the referring physician on 2026-01-06."), SampleWorld.Ny(2026, 1, 7, 10), ids));
    }

    /// <summary>Builds a signed psychotherapy note with an addendum.</summary>
    /// <param name="seed">The seed of the ids.</param>
    /// <returns>The note.</returns>
    public static PsychotherapyNote PsychotherapyNote(int seed = 4)
    {
        var ids = TestIds.Seeded(seed);
        var client = Client(seed);
        var draft = new PsychotherapyNoteDraft(client.Id, SampleWorld.Associate, TestIds.Numbered<AppointmentId>(seed), new LocalDate(2026, 1, 5), "Process notes: transference themes around the father; hypothesis to explore next week.");
        var note = SampleWorld.Ok(Records.PsychotherapyNotes.PsychotherapyNote.Start(ids, client, draft, SampleWorld.Ny(2026, 1, 5, 11)));
        note = SampleWorld.Ok(note.Revise(draft, SampleWorld.Ny(2026, 1, 5, 12)));
        note = SampleWorld.Ok(note.Sign(Author, SampleWorld.Ny(2026, 1, 5, 13)));
        return SampleWorld.Ok(note.AddAddendum(Author, new AddendumDraft(AddendumKind.Addendum, "Follow-up thought", "Consider the anniversary date in March."), SampleWorld.Ny(2026, 1, 6, 10), ids));
    }

    /// <summary>Builds a signed and co-signed progress report with attendance, objectives, measurements, plan changes, source notes, a narrative, a review and an addendum.</summary>
    /// <param name="seed">The seed of the ids.</param>
    /// <returns>The report.</returns>
    public static ProgressReport ProgressReport(int seed = 5)
    {
        var ids = TestIds.Seeded(seed);
        var note = SessionNote(seed);
        var objective = TestIds.Numbered<ObjectiveId>(1);
        var inputs = new ProgressReportInputs(
            note.ClientId,
            SampleWorld.Associate,
            SampleWorld.Supervisor,
            new LocalDate(2026, 1, 1),
            new LocalDate(2026, 3, 31),
            [
                new AppointmentOutcomeLine(note.AppointmentId!.Value, note.DateOfService, AppointmentAttendance.Attended),
                new AppointmentOutcomeLine(TestIds.Numbered<AppointmentId>(90), new LocalDate(2026, 1, 12), AppointmentAttendance.NoShow),
                new AppointmentOutcomeLine(TestIds.Numbered<AppointmentId>(91), new LocalDate(2026, 1, 19), AppointmentAttendance.LateCancelled),
                new AppointmentOutcomeLine(TestIds.Numbered<AppointmentId>(92), new LocalDate(2026, 1, 26), AppointmentAttendance.CancelledByClient),
                new AppointmentOutcomeLine(TestIds.Numbered<AppointmentId>(93), new LocalDate(2026, 2, 2), AppointmentAttendance.CancelledByPractice),
            ],
            [new ObjectiveLine(objective, TestIds.Numbered<GoalId>(1), "PHQ-9 below 5", ProgressRating.Improving)],
            [new MeasurementResult("PHQ-9", new LocalDate(2026, 1, 5), 16m), new MeasurementResult("PHQ-9", new LocalDate(2026, 3, 30), 9m)],
            [new PlanChangeLine(new LocalDate(2026, 2, 16), "Added behavioral activation objective")],
            [note]);
        var report = SampleWorld.Ok(Records.ProgressReports.ProgressReport.Generate(ids, inputs, SampleWorld.Ny(2026, 4, 1, 9)));
        report = SampleWorld.Ok(report.Edit(new ProgressReportNarrative("Mood improving; attendance mostly regular.", "Continue weekly CBT for 8 weeks.", [new ObjectiveNarrative(objective, "PHQ-9 down from 16 to 9.")]), SampleWorld.Ny(2026, 4, 1, 10)));
        report = SampleWorld.Ok(report.Sign(Author, SampleWorld.Ny(2026, 4, 1, 11)));
        report = SampleWorld.Ok(report.CoSign(Supervisor, SampleWorld.Ny(2026, 4, 2, 9), "Agree."));
        return SampleWorld.Ok(report.AddAddendum(Author, new AddendumDraft(AddendumKind.Correction, "Wrong date", "The plan change was on 2026-02-16."), SampleWorld.Ny(2026, 4, 3, 9), ids));
    }

    /// <summary>Builds a fulfilled access request for a date range, with an extension and released records.</summary>
    /// <param name="seed">The seed of the ids.</param>
    /// <returns>The request.</returns>
    public static RecordAccessRequest RecordAccessRequest(int seed = 6)
    {
        var ids = TestIds.Seeded(seed);
        var client = TestIds.Numbered<ClientId>(seed);
        var request = SampleWorld.Ok(Records.AccessRequests.RecordAccessRequest.Receive(ids, new RecordAccessRequestSubmission(
            client, [RecordKind.SessionNote, RecordKind.ProgressReport, RecordKind.PsychotherapyNote], new LocalDate(2025, 7, 1), new LocalDate(2026, 1, 31), AccessFormat.Electronic, new LocalDate(2026, 2, 2))));
        request = SampleWorld.Ok(request.Extend(new DeadlineExtensionRequest(new LocalDate(2026, 2, 20), 30, "Records of the former practice are in off-site storage")));
        return SampleWorld.Ok(request.Fulfill(new LocalDate(2026, 3, 10), [new RecordReference("SessionNote", TestIds.Numbered<NoteId>(1).ToString()), new RecordReference("ProgressReport", TestIds.Numbered<ProgressReportId>(1).ToString())]));
    }

    /// <summary>Builds a denied amendment request with an extension, a statement of disagreement and a rebuttal.</summary>
    /// <param name="seed">The seed of the ids.</param>
    /// <returns>The request.</returns>
    public static AmendmentRequest AmendmentRequest(int seed = 7)
    {
        var ids = TestIds.Seeded(seed);
        var request = SampleWorld.Ok(Records.Amendments.AmendmentRequest.Receive(ids, new AmendmentRequestSubmission(
            TestIds.Numbered<ClientId>(seed),
            new RecordReference("SessionNote", TestIds.Numbered<NoteId>(3).ToString()),
            "Remove the statement that I missed two sessions",
            "I called ahead both times",
            new LocalDate(2026, 2, 2),
            ["Dr. Lee, primary care", "Harbor Health Plan"])));
        request = SampleWorld.Ok(request.Extend(new DeadlineExtensionRequest(new LocalDate(2026, 3, 20), 30, "Waiting for the phone log of January")));
        request = SampleWorld.Ok(request.Deny(new LocalDate(2026, 4, 1), TestIds.Numbered<UserId>(6), new AmendmentDenial(
            AmendmentDenialGround.AccurateAndComplete,
            "The phone log shows no call before either appointment.",
            "You may file a written statement of disagreement with the privacy officer.",
            "Privacy Officer, 555-0199, privacy@example.org")));
        request = SampleWorld.Ok(request.FileDisagreement("I still disagree: I left voicemails.", new LocalDate(2026, 4, 10)));
        return SampleWorld.Ok(request.AddRebuttal("The voicemail system logs no message on those dates.", new LocalDate(2026, 4, 20)));
    }

    private static Client ClientWithOpenFlag(IIdGenerator ids)
    {
        var client = SampleWorld.Ok(Records.Clients.Client.Register(ids, new ClientRegistration(
            new ClientDemographics(new PersonName("Jordan", null, "Rivera", null), null, null, new LocalDate(1990, 4, 12)), [], SampleWorld.Associate, SampleWorld.Supervisor), SampleWorld.Ny(2026, 1, 2, 9)));
        client = SampleWorld.Ok(client.Activate(new LocalDate(2026, 1, 2), SampleWorld.Ny(2026, 1, 2, 9)));
        var earlier = SampleWorld.Ok(Records.Notes.SessionNote.Start(ids, client, NoteDraft(client.Id, PositiveRisk()), SampleWorld.Ny(2026, 1, 5, 11)));
        earlier = SampleWorld.Ok(earlier.Sign(Author, SampleWorld.Ny(2026, 1, 5, 11, 30)));
        return SampleWorld.Ok(client.CarryForward(earlier, SampleWorld.Ny(2026, 1, 5, 12)));
    }

    private static SessionNoteDraft NoteDraft(ClientId client, RiskAssessment risk, ClinicianId? coSigner = null, AppointmentId? appointment = null, Modality modality = Modality.InPerson) =>
        new(
            client,
            SampleWorld.Associate,
            coSigner,
            appointment,
            NoteFormat.Soap,
            NoteFormats.SectionsOf(NoteFormat.Soap).Select(s => new NoteSectionText(s, $"{s}: client reports better sleep; café walks resumed \u2713 \"quoted\".")).ToImmutableArray(),
            ServiceKind.IndividualPsychotherapy,
            new SessionPeriod(SampleWorld.Ny(2026, 1, 5, 10), SampleWorld.Ny(2026, 1, 5, 10, 53), SampleWorld.NewYork),
            modality,
            modality == Modality.InPerson ? ClientLocationKind.PracticeOffice : ClientLocationKind.Home,
            modality != Modality.InPerson,
            new SessionParticipants(true, [new SessionParticipant(ParticipantKind.FamilyMember, "mother"), new SessionParticipant(ParticipantKind.Interpreter, null)], null),
            InteractiveComplexityFactors.CommunicationBarrierAids,
            false,
            [DiagnosisInput.Primary("F32.1"), DiagnosisInput.Secondary("F41.1")],
            ["Cognitive restructuring", "Behavioral activation"],
            "Low mood, poor sleep",
            "Working full time; withdrawn socially",
            "Alert, oriented, euthymic",
            [new ObjectiveProgressEntry(TestIds.Numbered<ObjectiveId>(1), ProgressRating.Improving, "Two activities scheduled"), new ObjectiveProgressEntry(TestIds.Numbered<ObjectiveId>(2), ProgressRating.NoChange, null)],
            risk,
            [new SessionMeasurement("PHQ-9", 12m), new SessionMeasurement("GAD-7", 9.5m)],
            new LocalDate(2026, 1, 12));

    private static RiskAssessment PositiveRisk() =>
        new(ScreenResult.Positive, ScreenResult.Negative, ScreenResult.Negative, RiskLevel.Moderate, "Family support, future orientation", "Safety plan reviewed: coping steps, contacts, 988.");
}
