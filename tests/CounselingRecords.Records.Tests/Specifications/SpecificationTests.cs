using CounselingRecords.Identity;
using CounselingRecords.Records.AccessRequests;
using CounselingRecords.Records.Amendments;
using CounselingRecords.Records.Clients;
using CounselingRecords.Records.Notes;
using CounselingRecords.Records.Signing;
using CounselingRecords.Records.Specifications;
using CounselingRecords.Testing.Identity;
using NodaTime;
using static CounselingRecords.Records.Tests.Fixtures.ResultAssert;
using R = CounselingRecords.Records.Tests.Fixtures.Records;

namespace CounselingRecords.Records.Tests.Specifications;

public sealed class SpecificationTests
{
    private static readonly DocumentationPolicy Due24Hours = new(Duration.FromHours(24), Period.FromDays(45));

    private static SessionNote NoteEndingAt(Client client, IIdGenerator ids, int daysAfter, ClinicianId? author = null, ClinicianId? coSigner = null)
    {
        var shift = Duration.FromDays(daysAfter);
        var draft = R.NoteDraft(client.Id, coSigner: coSigner, period: new SessionPeriod(R.SessionStart + shift, R.SessionEnd + shift, R.NewYork), nextSession: R.DateOfService.PlusDays(daysAfter + 7), author: author);
        return SessionNote.Start(ids, client, draft, R.SessionEnd + shift).Value;
    }

    [Fact]
    public void DocumentationDueSpec_ListsUnsignedNotesDueByTheInstant_OldestFirst()
    {
        var ids = R.Ids();
        var client = Ok(R.ActiveClient(ids).AssignClinician(R.Other, CareTeamRole.Additional, null));
        var overdue = NoteEndingAt(client, ids, 0);
        var dueSoon = NoteEndingAt(client, ids, 1);
        var notYet = NoteEndingAt(client, ids, 3);
        var signed = Ok(NoteEndingAt(client, ids, 0).Sign(R.AuthorSigner, R.SessionEnd + Duration.FromHours(2)));
        var otherAuthors = NoteEndingAt(client, ids, 0, author: R.Other);
        var notes = new[] { notYet, signed, dueSoon, overdue, otherAuthors };
        var now = R.SessionEnd + Duration.FromHours(30);

        var dueNow = new DocumentationDueSpec(now, Due24Hours, R.Author).Evaluate(notes).ToList();
        var dueWithinADay = new DocumentationDueSpec(now + Duration.FromHours(24), Due24Hours, R.Author).Evaluate(notes).ToList();
        var everyAuthor = new DocumentationDueSpec(now, Due24Hours).Evaluate(notes).ToList();

        Assert.Equal(new[] { overdue.Id }, dueNow.Select(n => n.Id));
        Assert.Equal(new[] { overdue.Id, dueSoon.Id }, dueWithinADay.Select(n => n.Id));
        Assert.Equal(2, everyAuthor.Count);
        Assert.Equal(R.SessionEnd + Duration.FromHours(24), overdue.DocumentationDueAt(Due24Hours));
    }

    [Fact]
    public void DocumentationDueSpec_IncludesNotesReturnedForRevision()
    {
        var ids = R.Ids();
        var client = R.ActiveClient(ids);
        var returned = Ok(Ok(NoteEndingAt(client, ids, 0, coSigner: R.Supervisor).Sign(R.AuthorSigner, R.SessionEnd + Duration.FromHours(1)))
            .ReturnForRevision(R.SupervisorSigner, "Add response", R.SessionEnd + Duration.FromHours(2)));

        Assert.Single(new DocumentationDueSpec(R.SessionEnd + Duration.FromDays(2), Due24Hours).Evaluate([returned]));
    }

    [Fact]
    public void NotesAwaitingCoSignSpec_ListsTheSupervisorsQueue()
    {
        var ids = R.Ids();
        var client = R.ActiveClient(ids);
        var pending = Ok(NoteEndingAt(client, ids, 0, coSigner: R.Supervisor).Sign(R.AuthorSigner, R.SessionEnd + Duration.FromHours(1)));
        var draft = NoteEndingAt(client, ids, 1, coSigner: R.Supervisor);

        Assert.Equal(new[] { pending.Id }, new NotesAwaitingCoSignSpec(R.Supervisor).Evaluate([pending, draft]).Select(n => n.Id));
        Assert.Empty(new NotesAwaitingCoSignSpec(R.Other).Evaluate([pending, draft]));
    }

    [Fact]
    public void SessionNoteSpecs_FilterByClientAndDates()
    {
        var ids = R.Ids();
        var client = R.ActiveClient(ids);
        var first = R.SignedNote(client, NoteDraftOn(client, 0), ids);
        var second = R.DraftNote(client, NoteDraftOn(client, 7), ids);
        var third = R.SignedNote(client, NoteDraftOn(client, 14), ids);
        var notes = new[] { third, second, first };

        Assert.Equal(new[] { first.Id, second.Id, third.Id }, new SessionNotesForClientSpec(client.Id).Evaluate(notes).Select(n => n.Id));
        Assert.Equal(new[] { second.Id }, new SessionNotesForClientSpec(client.Id, R.DateOfService.PlusDays(1), R.DateOfService.PlusDays(8)).Evaluate(notes).Select(n => n.Id));
        Assert.Equal(new[] { first.Id, third.Id }, new SignedSessionNotesInPeriodSpec(client.Id, R.DateOfService, R.DateOfService.PlusDays(14)).Evaluate(notes).Select(n => n.Id));
        Assert.Empty(new SessionNotesForClientSpec(TestIds.Numbered<ClientId>(77)).Evaluate(notes));
    }

    [Fact]
    public void RequestDueSpecs_ListOpenRequestsDueByTheDate()
    {
        var received = new LocalDate(2026, 1, 5);
        var amendment = Ok(AmendmentRequest.Receive(R.Ids(), new AmendmentRequestSubmission(TestIds.Numbered<ClientId>(1), Auditing.RecordReference.For(RecordTypes.SessionNote, TestIds.Numbered<NoteId>(1)), "change", "reason", received, [])));
        var access = Ok(RecordAccessRequest.Receive(R.Ids(), new RecordAccessRequestSubmission(TestIds.Numbered<ClientId>(1), [Records.AccessControl.RecordKind.SessionNote], null, null, AccessFormat.Electronic, received)));
        var fulfilled = Ok(access.Fulfill(received, []));

        Assert.Empty(new AmendmentRequestsDueSpec(new LocalDate(2026, 3, 5)).Evaluate([amendment]));
        Assert.Single(new AmendmentRequestsDueSpec(new LocalDate(2026, 3, 6)).Evaluate([amendment]));
        Assert.Single(new AccessRequestsDueSpec(new LocalDate(2026, 2, 4)).Evaluate([access, fulfilled]));
    }

    [Fact]
    public void ClientAndDocumentSpecs_SelectByTheirKeys()
    {
        var ids = R.Ids();
        var active = R.ActiveClient(ids);
        var prospect = Client.Register(ids, new ClientRegistration(R.AdultDemographics(), [], null, null), R.RegisteredAt).Value;
        var intake = IntakeAssessmentFor(active, ids);
        var psych = Records.PsychotherapyNotes.PsychotherapyNote.Start(ids, active, new Records.PsychotherapyNotes.PsychotherapyNoteDraft(active.Id, R.Author, null, R.DateOfService, "Process"), R.SessionEnd).Value;

        Assert.Equal(new[] { active.Id }, new ClientsByStatusSpec(ClientStatus.Active).Evaluate([active, prospect]).Select(c => c.Id));
        Assert.Single(new IntakeAssessmentsForClientSpec(active.Id).Evaluate([intake]));
        Assert.Single(new PsychotherapyNotesByAuthorSpec(R.Author, active.Id).Evaluate([psych]));
        Assert.Empty(new PsychotherapyNotesByAuthorSpec(R.Supervisor).Evaluate([psych]));
        Assert.Empty(new ProgressReportsForClientSpec(active.Id).Evaluate([]));
    }

    private static Records.Intake.IntakeAssessment IntakeAssessmentFor(Client client, IIdGenerator ids) =>
        Records.Intake.IntakeAssessment.Start(ids, client, R.IntakeDraft(client.Id), R.SessionEnd).Value;

    private static SessionNoteDraft NoteDraftOn(Client client, int days) =>
        R.NoteDraft(client.Id, period: new SessionPeriod(R.SessionStart + Duration.FromDays(days), R.SessionEnd + Duration.FromDays(days), R.NewYork), nextSession: R.DateOfService.PlusDays(days + 7));
}
