using System.Collections.Immutable;
using CounselingRecords.Care;
using CounselingRecords.Identity;
using CounselingRecords.Practice.Documentation;
using CounselingRecords.Records.Amendments;
using CounselingRecords.Records.Clinical;
using CounselingRecords.Records.Intake;
using CounselingRecords.Records.Notes;
using CounselingRecords.Scheduling.Appointments;
using CounselingRecords.TreatmentPlans.Sessions;
using NodaTime;

namespace CounselingRecords.Samples.Practice.Simulation;

/// <summary>
/// Sessions: what happens to each booked appointment (drawn when booked), completing an attended session (which
/// opens its documentation task, R7.7), the intake assessment with its risk screening and diagnoses, the session
/// note in the clinician's format (SOAP, DAP, BIRP or GIRP) with the instrument score that feeds the plan, its
/// signature (late ones carry a late entry), the supervisor's co-signature for the provisionally licensed clinician,
/// one addendum, and billing once the note is final.
/// </summary>
internal sealed class SessionSteps
{
    private static readonly NoteFormat[] Formats = [NoteFormat.Soap, NoteFormat.Dap, NoteFormat.Birp, NoteFormat.Girp];

    private readonly SimulationContext _context;
    private readonly Dictionary<string, string> _documentationTasks = new(StringComparer.Ordinal);
    private bool _addendumWritten;

    public SessionSteps(SimulationContext context) => _context = context;

    public ClientOnboarding Onboarding { get; set; } = null!;

    public BillingSteps Billing { get; set; } = null!;

    public MissedAppointmentSteps Missed { get; set; } = null!;

    /// <summary>Keeps a booked appointment and schedules what will happen to it.</summary>
    public void Booked(ClientProfile profile, Appointment appointment, bool isIntake)
    {
        _context.Records.Appointments.Put(appointment);
        _context.Stats.Appointments++;
        var key = appointment.Key;
        var draw = _context.Random.Next(100);
        var outcome = isIntake ? PlannedOutcome.Attend : draw switch
        {
            < 4 => PlannedOutcome.CancelOnTime,
            < 9 => PlannedOutcome.CancelLate,
            < 13 => PlannedOutcome.NoShow,
            _ => PlannedOutcome.Attend,
        };
        var minutes = _context.Random.Next(100) < 80 ? 53 : 45;
        var late = _context.Random.Next(100) < 12;
        var signDelay = late ? Duration.FromHours(80 + _context.Random.Next(60)) : Duration.FromMinutes(60 + _context.Random.Next(300));
        var format = Formats[_context.Random.Next(Formats.Length)];
        var noticeHours = 2 + _context.Random.Next(18);
        switch (outcome)
        {
            case PlannedOutcome.Attend:
                _context.Agenda.At(appointment.EndInstant + Duration.FromMinutes(5), "complete session", () => AttendAsync(profile, key, isIntake, minutes, format, signDelay));
                break;
            case PlannedOutcome.CancelOnTime:
                _context.Agenda.At(appointment.StartInstant - Duration.FromHours(50), "cancellation", () => Missed.CancelledByClientAsync(profile, key));
                break;
            case PlannedOutcome.CancelLate:
                _context.Agenda.At(appointment.StartInstant - Duration.FromHours(noticeHours), "cancellation", () => Missed.CancelledByClientAsync(profile, key));
                break;
            default:
                _context.Agenda.At(appointment.StartInstant + Duration.FromMinutes(30), "no-show", () => Missed.NoShowAsync(profile, key));
                break;
        }
    }

    /// <summary>An intake assessment: history, mental status, risk screening and diagnoses, signed (and co-signed for the associate).</summary>
    public IntakeAssessment WriteIntake(ClientProfile profile, Appointment? appointment, Instant at)
    {
        var client = _context.Records.Clients[profile.ClientKey];
        var clinician = profile.Clinician.Clinician;
        var date = at.InZone(profile.Zone).Date;
        var positiveScreen = profile.Number == 3;
        var draft = new IntakeAssessmentDraft(
            profile.Id,
            clinician.Id,
            clinician.SupervisorId,
            appointment?.Id,
            date,
            profile.ComesFromInquiry ? "Phone inquiry" : "Primary care physician",
            PlanContents.IsDepression(profile.Diagnosis) ? "Low mood and loss of interest for several months" : "Worry that is hard to control, poor sleep",
            [.. Enum.GetValues<HistorySection>().Select(s => new HistoryEntry(s, "None reported."))],
            [.. Enum.GetValues<MentalStatusDomain>().Select(d => new MentalStatusFinding(d, "Within normal limits"))],
            Risk(positiveScreen),
            [DiagnosisInput.Primary(profile.Diagnosis)],
            "Supportive family, stable work",
            "Individual psychotherapy, CBT, weekly or every other week",
            []);
        var intake = IntakeAssessment.Start(_context.Ids, client, draft, at).Value
            .Sign(clinician.ToSigner(), at + Duration.FromMinutes(30)).Value;
        if (clinician.SupervisorId is { } supervisor)
        {
            intake = intake.CoSign(_context.Practice.Directory.Get(supervisor).Value.ToSigner(), at + Duration.FromHours(20)).Value;
            _context.Stats.CoSigned++;
        }

        if (positiveScreen)
        {
            _context.Records.Clients.Put(client.CarryForward(intake, at + Duration.FromHours(1)).Value);
        }

        _context.Stats.Intakes++;
        return _context.Records.Intakes.Put(intake);
    }

    private Task AttendAsync(ClientProfile profile, string appointmentKey, bool isIntake, int minutes, NoteFormat format, Duration signDelay)
    {
        var appointment = _context.Records.Appointments[appointmentKey];
        var completion = new CompleteAppointmentWorkflow(_context.Ids).Complete(new CompleteAppointmentInput(appointment, _context.Practice.FrontDesk, _context.Now));
        if (completion.Failure)
        {
            _context.Stats.Refusals++;
            return Task.CompletedTask;
        }

        _context.Records.Appointments.Put(completion.Value.Appointment);
        foreach (var task in completion.Value.DocumentationTasks)
        {
            _documentationTasks[appointmentKey] = _context.Records.Tasks.Put(task).Key;
        }

        _context.Stats.Completed++;
        var date = appointment.StartInstant.InZone(profile.Zone).Date;
        var client = _context.Records.Clients[profile.ClientKey];
        SessionNote note;
        if (isIntake)
        {
            WriteIntake(profile, appointment, appointment.EndInstant);
            note = SessionNote.Start(_context.Ids, client, Draft(profile, appointment, format, 60, ServiceKind.DiagnosticEvaluation, [], []), _context.Now).Value;
            Onboarding.StartTreatment(profile, date, note);
        }
        else
        {
            var previous = profile.LastScore;
            var score = Math.Max(0, previous - _context.Random.Next(4) + (_context.Random.Next(4) == 0 ? 1 : 0));
            profile.LastScore = score;
            var rating = score < 5 ? ProgressRating.Achieved : score < previous ? ProgressRating.Improving : score == previous ? ProgressRating.NoChange : ProgressRating.Worsening;
            var progress = ImmutableArray.Create(
                new ObjectiveProgressEntry(profile.InstrumentObjective!.Value, rating, $"{profile.InstrumentCode} {score}"),
                new ObjectiveProgressEntry(profile.CountObjective!.Value, ProgressRating.Improving, "Homework reviewed"));
            note = SessionNote.Start(_context.Ids, client, Draft(profile, appointment, format, minutes, ServiceKind.IndividualPsychotherapy, progress, [new SessionMeasurement(profile.InstrumentCode, score)]), _context.Now).Value;
            Onboarding.RecordScore(profile, score, date, note.Id);
            var plan = _context.Records.Plans[profile.PlanId!.Value.ToString()];
            var linked = plan.RecordSession(new RecordSessionRequest
            {
                Note = note.Id,
                SessionDate = date,
                Objectives = [profile.InstrumentObjective!.Value, profile.CountObjective!.Value],
                RecordedAt = _context.Now,
            });
            if (linked.Success)
            {
                _context.Records.Plans.Put(linked.Value);
            }
        }

        var noteKey = _context.Records.Notes.Put(note).Id.ToString();
        _context.Agenda.At(appointment.EndInstant + signDelay, "sign and bill", () => SignAsync(profile, noteKey, appointmentKey));
        return Task.CompletedTask;
    }

    private async Task SignAsync(ClientProfile profile, string noteKey, string appointmentKey)
    {
        var clinician = profile.Clinician.Clinician;
        var signed = _context.Records.Notes[noteKey].Sign(clinician.ToSigner(), _context.Now);
        if (signed.Failure)
        {
            _context.Stats.Refusals++;
            return;
        }

        var note = _context.Records.Notes.Put(signed.Value);
        _context.Stats.NotesSigned++;
        if (note.LateEntry is not null)
        {
            _context.Stats.LateNotes++;
        }

        if (clinician.SupervisorId is not null)
        {
            _context.Agenda.At(NextMorning(_context.Now), "co-sign and bill", () => CoSignAsync(profile, noteKey, appointmentKey));
            return;
        }

        if (!_addendumWritten && clinician.Id == _context.Practice.Supervisor.Clinician.Id && note.DateOfService >= _context.Period.Start.PlusDays(7))
        {
            _addendumWritten = true;
            _context.Agenda.At(_context.Now + Duration.FromHours(20), "addendum", () => AddendumAsync(profile, noteKey));
        }

        await Billing.BillNoteAsync(profile, noteKey, TaskFor(appointmentKey)).ConfigureAwait(false);
    }

    private async Task CoSignAsync(ClientProfile profile, string noteKey, string appointmentKey)
    {
        var supervisor = _context.Practice.Supervisor.Clinician;
        var coSigned = _context.Records.Notes[noteKey].CoSign(supervisor.ToSigner(), _context.Now);
        if (coSigned.Failure)
        {
            _context.Stats.Refusals++;
            return;
        }

        _context.Records.Notes.Put(coSigned.Value);
        _context.Stats.CoSigned++;
        await Billing.BillNoteAsync(profile, noteKey, TaskFor(appointmentKey)).ConfigureAwait(false);
    }

    private Task AddendumAsync(ClientProfile profile, string noteKey)
    {
        var note = _context.Records.Notes[noteKey];
        var withAddendum = note.AddAddendum(
            profile.Clinician.Clinician.ToSigner(),
            new AddendumDraft(AddendumKind.Clarification, "Clarify the homework assigned", "Homework: two scheduled pleasant activities, logged daily."),
            _context.Now,
            _context.Ids);
        if (withAddendum.Success)
        {
            _context.Records.Notes.Put(withAddendum.Value);
            _context.Stats.Addenda++;
        }
        else
        {
            _context.Stats.Refusals++;
        }

        return Task.CompletedTask;
    }

    private string? TaskFor(string appointmentKey) => _documentationTasks.Remove(appointmentKey, out var task) ? task : null;

    private SessionNoteDraft Draft(ClientProfile profile, Appointment appointment, NoteFormat format, int minutes, ServiceKind kind, ImmutableArray<ObjectiveProgressEntry> progress, ImmutableArray<SessionMeasurement> measurements)
    {
        var clinician = profile.Clinician.Clinician;
        var start = appointment.StartInstant;
        return new SessionNoteDraft(
            profile.Id,
            clinician.Id,
            clinician.SupervisorId,
            appointment.Id,
            format,
            [.. NoteFormats.SectionsOf(format).Select(s => new NoteSectionText(s, $"{s}: session content."))],
            kind,
            new SessionPeriod(start, start + Duration.FromMinutes(minutes), profile.Zone),
            Modality.InPerson,
            ClientLocationKind.PracticeOffice,
            false,
            SessionParticipants.ClientOnly,
            InteractiveComplexityFactors.None,
            false,
            [DiagnosisInput.Primary(profile.Diagnosis)],
            kind == ServiceKind.DiagnosticEvaluation ? [] : ["Cognitive restructuring", "Behavioral activation"],
            PlanContents.IsDepression(profile.Diagnosis) ? "Low mood, fatigue" : "Worry, restlessness",
            "Working; some social withdrawal",
            "Alert, oriented, cooperative",
            progress,
            Risk(profile.Number == 3),
            measurements,
            null);
    }

    private static RiskAssessment Risk(bool positive) => positive
        ? new RiskAssessment(ScreenResult.Positive, ScreenResult.Negative, ScreenResult.Negative, RiskLevel.Low, "Family support, future plans", "Safety plan reviewed; crisis line 988")
        : new RiskAssessment(ScreenResult.Negative, ScreenResult.Negative, ScreenResult.Negative, RiskLevel.None, "Family support", null);

    private static Instant NextMorning(Instant after)
    {
        var date = after.InZone(Setup.PracticeSetup.NewYork).Date.PlusDays(1);
        while (date.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday)
        {
            date = date.PlusDays(1);
        }

        return SimulationContext.NewYorkTime(date, 9);
    }
}
