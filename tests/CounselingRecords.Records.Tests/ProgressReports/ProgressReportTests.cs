using System.Collections.Immutable;
using CounselingRecords.Identity;
using CounselingRecords.Records.Clients;
using CounselingRecords.Records.Clinical;
using CounselingRecords.Records.Notes;
using CounselingRecords.Records.ProgressReports;
using CounselingRecords.Records.Signing;
using CounselingRecords.Results;
using CounselingRecords.Testing.Identity;
using NodaTime;
using static CounselingRecords.Records.Tests.Fixtures.ResultAssert;
using R = CounselingRecords.Records.Tests.Fixtures.Records;

namespace CounselingRecords.Records.Tests.ProgressReports;

public sealed class ProgressReportTests
{
    private static readonly ObjectiveId Sleep = TestIds.Numbered<ObjectiveId>(1);
    private static readonly ObjectiveId Activity = TestIds.Numbered<ObjectiveId>(2);
    private static readonly ObjectiveId Dropped = TestIds.Numbered<ObjectiveId>(3);
    private static readonly LocalDate From = new(2026, 1, 1);
    private static readonly LocalDate To = new(2026, 3, 31);
    private static readonly Instant Generated = Instant.FromUtc(2026, 4, 2, 15, 0);

    private static (Client Client, ImmutableArray<SessionNote> Notes) History()
    {
        var ids = R.Ids();
        var client = R.ActiveClient(ids);
        SessionNote NoteOn(int week, ProgressRating rating, decimal phq9, ObjectiveId objective, bool sign = true)
        {
            var shift = Duration.FromDays(7 * week);
            var draft = R.NoteDraft(
                client.Id,
                period: new SessionPeriod(R.SessionStart + shift, R.SessionEnd + shift, R.NewYork),
                objectiveProgress: [new ObjectiveProgressEntry(objective, rating, null)],
                measurements: [new SessionMeasurement("PHQ-9", phq9)],
                nextSession: R.DateOfService.PlusDays((7 * week) + 7));
            var note = SessionNote.Start(ids, client, draft, R.SessionEnd + shift).Value;
            return sign ? note.Sign(R.AuthorSigner, R.SessionEnd + shift + Duration.FromHours(1)).Value : note;
        }

        return (client, [
            NoteOn(0, ProgressRating.NoChange, 16m, Sleep),
            NoteOn(1, ProgressRating.Improving, 13m, Sleep),
            NoteOn(2, ProgressRating.Improving, 11m, Activity),
            NoteOn(3, ProgressRating.Achieved, 8m, Sleep),
            NoteOn(4, ProgressRating.Worsening, 9m, Dropped, sign: false),
            NoteOn(16, ProgressRating.Worsening, 20m, Sleep),
        ]);
    }

    private static ProgressReportInputs Inputs(Client client, ImmutableArray<SessionNote> notes, ClinicianId? coSigner = null) => new(
        client.Id,
        R.Author,
        coSigner,
        From,
        To,
        [
            new AppointmentOutcomeLine(TestIds.Numbered<AppointmentId>(1), new LocalDate(2026, 1, 5), AppointmentAttendance.Attended),
            new AppointmentOutcomeLine(TestIds.Numbered<AppointmentId>(2), new LocalDate(2026, 1, 12), AppointmentAttendance.Attended),
            new AppointmentOutcomeLine(TestIds.Numbered<AppointmentId>(3), new LocalDate(2026, 1, 19), AppointmentAttendance.Attended),
            new AppointmentOutcomeLine(TestIds.Numbered<AppointmentId>(4), new LocalDate(2026, 1, 26), AppointmentAttendance.Attended),
            new AppointmentOutcomeLine(TestIds.Numbered<AppointmentId>(5), new LocalDate(2026, 2, 2), AppointmentAttendance.NoShow),
            new AppointmentOutcomeLine(TestIds.Numbered<AppointmentId>(6), new LocalDate(2026, 2, 9), AppointmentAttendance.LateCancelled),
            new AppointmentOutcomeLine(TestIds.Numbered<AppointmentId>(7), new LocalDate(2026, 2, 16), AppointmentAttendance.CancelledByClient),
            new AppointmentOutcomeLine(TestIds.Numbered<AppointmentId>(8), new LocalDate(2026, 2, 23), AppointmentAttendance.CancelledByPractice),
            new AppointmentOutcomeLine(TestIds.Numbered<AppointmentId>(9), new LocalDate(2026, 4, 6), AppointmentAttendance.Attended),
        ],
        [new ObjectiveLine(Sleep, TestIds.Numbered<GoalId>(1), "Sleep 7 hours on 5 nights a week", ProgressRating.Improving), new ObjectiveLine(Activity, null, "Two pleasant activities a week", null)],
        [new MeasurementResult("GAD-7", new LocalDate(2026, 1, 5), 12m), new MeasurementResult("PHQ-9", new LocalDate(2026, 1, 5), 16m), new MeasurementResult("GAD-7", new LocalDate(2026, 4, 10), 3m)],
        [new PlanChangeLine(new LocalDate(2026, 2, 1), "Frequency reduced to every other week"), new PlanChangeLine(new LocalDate(2025, 12, 1), "Before the period")],
        notes);

    [Fact]
    public void Generate_CountsAttendanceInThePeriod_MissedExcludesPracticeCancellations()
    {
        var (client, notes) = History();

        var report = Ok(ProgressReport.Generate(R.Ids(), Inputs(client, notes), Generated));

        Assert.Equal(4, report.Attendance.Attended);
        Assert.Equal(1, report.Attendance.NoShows);
        Assert.Equal(1, report.Attendance.LateCancellations);
        Assert.Equal(1, report.Attendance.ClientCancellations);
        Assert.Equal(1, report.Attendance.PracticeCancellations);
        Assert.Equal(3, report.Attendance.Missed);
        Assert.Equal(8, report.Attendance.Scheduled);
    }

    [Fact]
    public void Generate_ObjectiveProgress_ComesFromSignedNotesInThePeriod()
    {
        var (client, notes) = History();

        var report = Ok(ProgressReport.Generate(R.Ids(), Inputs(client, notes), Generated));

        var sleep = report.Objectives.Single(o => o.ObjectiveId == Sleep);
        Assert.Equal(3, sleep.SessionsAddressed);
        Assert.Equal(ProgressRating.Achieved, sleep.LatestRating);
        Assert.Equal(new LocalDate(2026, 1, 26), sleep.LatestRatedOn);
        Assert.Equal(ProgressRating.Improving, sleep.PlanStatus);
        Assert.Equal("Sleep 7 hours on 5 nights a week", sleep.Statement);
        var activity = report.Objectives.Single(o => o.ObjectiveId == Activity);
        Assert.Equal(1, activity.SessionsAddressed);
        Assert.DoesNotContain(report.Objectives, o => o.ObjectiveId == Dropped);
        Assert.Equal(4, report.SourceNoteIds.Length);
        Assert.Equal(new[] { Sleep, Activity }, report.Objectives.Select(o => o.ObjectiveId));
    }

    [Fact]
    public void Generate_ObjectiveRatedInNotesButNotListed_IsReportedWithoutStatement()
    {
        var (client, notes) = History();
        var inputs = Inputs(client, notes);
        var withoutActivity = new ProgressReportInputs(inputs.ClientId, inputs.AuthorId, null, From, To, inputs.Appointments, [inputs.Objectives[0]], inputs.Measurements, inputs.PlanChanges, inputs.Notes);

        var report = Ok(ProgressReport.Generate(R.Ids(), withoutActivity, Generated));

        var unlisted = report.Objectives.Single(o => o.ObjectiveId == Activity);
        Assert.Null(unlisted.Statement);
        Assert.Equal(1, unlisted.SessionsAddressed);
    }

    [Fact]
    public void Generate_Measurements_MergeInputsAndNotesInThePeriod()
    {
        var (client, notes) = History();

        var report = Ok(ProgressReport.Generate(R.Ids(), Inputs(client, notes), Generated));

        // PHQ-9 16 on 01-05 comes from both the input and the first note: kept once. GAD-7 on 04-10 is outside the period.
        Assert.Equal(
            new[] { ("GAD-7", 12m), ("PHQ-9", 16m), ("PHQ-9", 13m), ("PHQ-9", 11m), ("PHQ-9", 8m) },
            report.Measurements.Select(m => (m.Instrument, m.Score)));
        var phq9 = report.MeasurementTrends().Single(t => t.Instrument == "PHQ-9");
        Assert.Equal(16m, phq9.First);
        Assert.Equal(8m, phq9.Last);
        Assert.Equal(-8m, phq9.Change);
        Assert.Equal(4, phq9.Count);
    }

    [Fact]
    public void Generate_PlanChangesInThePeriod_AndASummary()
    {
        var (client, notes) = History();

        var report = Ok(ProgressReport.Generate(R.Ids(), Inputs(client, notes), Generated));

        Assert.Equal("Frequency reduced to every other week", Assert.Single(report.PlanChanges).Description);
        Assert.Equal(
            "From 2026-01-01 to 2026-03-31 the client attended 4 of 8 scheduled sessions and missed 3. Progress was documented on 2 objectives. GAD-7: 12 on 2026-01-05. PHQ-9: 16 on 2026-01-05 to 8 on 2026-01-26. The treatment plan changed 1 time.",
            report.Summary);
        Assert.Null(report.Recommendations);
        Assert.Equal(DocumentStatus.Draft, report.Status);
    }

    [Fact]
    public void Generate_NoteOfAnotherClient_OrReversedPeriod_IsAValidationFailure()
    {
        var (client, notes) = History();
        var other = R.ActiveClient(new SeededIdGenerator(5));
        var otherNote = R.SignedNote(other);
        var inputs = Inputs(client, notes.Add(otherNote));
        var reversed = new ProgressReportInputs(client.Id, R.Author, null, To, From, default, default, default, default, default);

        FailsWithDetail(ProgressReport.Generate(R.Ids(), inputs, Generated), CoreErrorCodes.ValidationFailed, RecordsErrorCodes.RecordOfAnotherClient);
        FailsWithDetail(ProgressReport.Generate(R.Ids(), reversed, Generated), CoreErrorCodes.ValidationFailed, RecordsErrorCodes.ProgressReportPeriodInvalid);
    }

    [Fact]
    public void Edit_ThenSign_RequiresSummaryAndRecommendations()
    {
        var (client, notes) = History();
        var report = Ok(ProgressReport.Generate(R.Ids(), Inputs(client, notes), Generated));

        FailsWithDetail(report.Sign(R.AuthorSigner, Generated), RecordsErrorCodes.ProgressReportIncomplete, RecordsErrorCodes.ProgressReportRecommendationsMissing);
        var edited = Ok(report.Edit(new ProgressReportNarrative(report.Summary, "Continue biweekly CBT; review in 90 days", [new ObjectiveNarrative(Sleep, "Sleep goal met in January.")]), Generated + Duration.FromMinutes(5)));
        var signed = Ok(edited.Sign(R.AuthorSigner, Generated + Duration.FromMinutes(10)));

        Assert.Equal("Sleep goal met in January.", signed.Objectives.Single(o => o.ObjectiveId == Sleep).Narrative);
        Assert.Equal(DocumentStatus.Signed, signed.Status);
        Assert.True(signed.Verify().IsIntact);
        Fails(signed.Edit(new ProgressReportNarrative("x", "y", []), Generated + Duration.FromHours(1)), RecordsErrorCodes.DocumentLocked);
    }

    [Fact]
    public void Edit_NarrativeForAnObjectiveNotInTheReport_IsRefused()
    {
        var (client, notes) = History();
        var report = Ok(ProgressReport.Generate(R.Ids(), Inputs(client, notes), Generated));

        Fails(report.Edit(new ProgressReportNarrative("s", "r", [new ObjectiveNarrative(Dropped, "x")]), Generated), RecordsErrorCodes.ProgressReportObjectiveInvalid);
    }

    [Fact]
    public void Regenerate_KeepsEditedNarratives_AndRefreshesFacts()
    {
        var (client, notes) = History();
        var report = Ok(ProgressReport.Generate(R.Ids(), Inputs(client, notes.Take(2).ToImmutableArray()), Generated));
        var edited = Ok(report.Edit(new ProgressReportNarrative("My summary", "My recommendations", [new ObjectiveNarrative(Sleep, "My sleep narrative")]), Generated + Duration.FromMinutes(1)));

        var regenerated = Ok(edited.Regenerate(Inputs(client, notes), Generated + Duration.FromMinutes(2)));

        Assert.Equal("My summary", regenerated.Summary);
        Assert.Equal("My recommendations", regenerated.Recommendations);
        Assert.Equal("My sleep narrative", regenerated.Objectives.Single(o => o.ObjectiveId == Sleep).Narrative);
        Assert.Equal(3, regenerated.Objectives.Single(o => o.ObjectiveId == Sleep).SessionsAddressed);
        Assert.Equal("Addressed in 1 session; latest rating Improving on 2026-01-19.", regenerated.Objectives.Single(o => o.ObjectiveId == Activity).Narrative);
        Assert.Equal(4, regenerated.SourceNoteIds.Length);
    }

    [Fact]
    public void Regenerate_UneditedSummary_IsGeneratedAgain()
    {
        var (client, notes) = History();
        var report = Ok(ProgressReport.Generate(R.Ids(), Inputs(client, notes.Take(2).ToImmutableArray()), Generated));

        var regenerated = Ok(report.Regenerate(Inputs(client, notes), Generated + Duration.FromMinutes(2)));

        Assert.NotEqual(report.Summary, regenerated.Summary);
        Assert.Contains("PHQ-9: 16 on 2026-01-05 to 8 on 2026-01-26", regenerated.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Regenerate_ForAnotherPeriod_IsRefused()
    {
        var (client, notes) = History();
        var report = Ok(ProgressReport.Generate(R.Ids(), Inputs(client, notes), Generated));
        var other = new ProgressReportInputs(client.Id, R.Author, null, From, To.PlusDays(1), default, default, default, default, default);

        Fails(report.Regenerate(other, Generated), RecordsErrorCodes.RecordIdentityChanged);
    }

    [Fact]
    public void Sign_WithCoSigner_FollowsTheSupervisionWorkflow()
    {
        var (client, notes) = History();
        var report = Ok(ProgressReport.Generate(R.Ids(), Inputs(client, notes, R.Supervisor), Generated));
        var edited = Ok(report.Edit(new ProgressReportNarrative("Summary", "Recommendations", []), Generated));

        var pending = Ok(edited.Sign(R.AuthorSigner, Generated + Duration.FromHours(1)));
        var coSigned = Ok(pending.CoSign(R.SupervisorSigner, Generated + Duration.FromHours(2)));

        Assert.Equal(DocumentStatus.PendingCoSign, pending.Status);
        Assert.Equal(DocumentStatus.CoSigned, coSigned.Status);
        Assert.True(coSigned.Verify().IsIntact);
    }
}
