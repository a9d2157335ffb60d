using CounselingRecords.Access;
using CounselingRecords.Auditing;
using CounselingRecords.Records.AccessControl;
using CounselingRecords.Results;
using CounselingRecords.Testing.Access;
using CounselingRecords.Testing.Auditing;
using CounselingRecords.Testing.Clocks;
using static CounselingRecords.Records.Tests.Fixtures.ResultAssert;
using R = CounselingRecords.Records.Tests.Fixtures.Records;

namespace CounselingRecords.Records.Tests.AccessControl;

public sealed class RecordAccessServiceTests
{
    private readonly RecordingAuditSink _audit = new();
    private readonly RecordAccessService _service;

    public RecordAccessServiceTests() => _service = new RecordAccessService(_audit, TestClock.At(), R.Ids());

    [Fact]
    public async Task AuthorizeAsync_Allowed_IsAuditedAsSucceededWithItsRule()
    {
        var client = R.ActiveClient();
        var note = R.SignedNote(client);
        var facts = RecordAccessFacts.For(client, note);

        var decision = await _service.AuthorizeAsync(TestActors.Clinician, AccessAction.Read, facts);

        Assert.True(decision.IsAllowed);
        var entry = Assert.Single(_audit.Entries);
        Assert.Equal(AuditAction.Read, entry.Action);
        Assert.Equal(AuditCategory.Clinical, entry.Category);
        Assert.Equal(note.ToReference(), entry.Record);
        Assert.Equal(client.Id, entry.ClientId);
        Assert.Equal(AuditOutcome.Succeeded, entry.Outcome);
        Assert.Equal("RA3", entry.RuleId);
        Assert.Equal(TestActors.Clinician.UserId, entry.ActorUserId);
        Assert.Equal(TestClock.DefaultStart, entry.OccurredAt);
    }

    [Fact]
    public async Task AuthorizeAsync_Denied_IsAuditedToo()
    {
        var client = R.ActiveClient();
        var facts = RecordAccessFacts.For(client, R.SignedNote(client));

        var decision = await _service.AuthorizeAsync(TestActors.Biller, AccessAction.Read, facts);

        Assert.False(decision.IsAllowed);
        var entry = Assert.Single(_audit.Entries);
        Assert.Equal(AuditOutcome.Denied, entry.Outcome);
        Assert.Equal("RA5", entry.RuleId);
    }

    [Fact]
    public async Task AuthorizeAsync_PsychotherapyNote_IsLoggedUnderItsOwnCategory()
    {
        var client = R.ActiveClient();
        var note = Records.PsychotherapyNotes.PsychotherapyNote.Start(R.Ids(), client, new Records.PsychotherapyNotes.PsychotherapyNoteDraft(client.Id, R.Author, null, R.DateOfService, "Process notes"), R.SessionEnd).Value;

        await _service.AuthorizeAsync(TestActors.Clinician, AccessAction.Read, RecordAccessFacts.For(client, note));
        await _service.AuthorizeAsync(TestActors.Supervisor, AccessAction.Read, RecordAccessFacts.For(client, note));

        Assert.All(_audit.Entries, e => Assert.Equal(AuditCategory.PsychotherapyNote, e.Category));
        Assert.Equal(new[] { AuditOutcome.Succeeded, AuditOutcome.Denied }, _audit.Entries.Select(e => e.Outcome));
    }

    [Fact]
    public async Task AuthorizeEmergencyAsync_WritesTheBreakGlassEntryAndTheRead()
    {
        var client = R.ActiveClient();
        var facts = RecordAccessFacts.For(client, R.SignedNote(client));

        var decision = await _service.AuthorizeEmergencyAsync(TestActors.OtherClinician, AccessAction.Read, facts, new BreakGlassRequest(BreakGlassReason.TreatingClinicianUnavailable, "On-call coverage"));

        Assert.True(decision.IsBreakGlass);
        Assert.Equal(new[] { AuditAction.BreakGlass, AuditAction.Read }, _audit.Entries.Select(e => e.Action));
        Assert.Equal("TreatingClinicianUnavailable: On-call coverage", _audit.Entries[0].Reason);
        Assert.All(_audit.Entries, e => Assert.Equal("RA10", e.RuleId));
        Assert.True((await _audit.VerifyChainAsync()).IsIntact);
    }

    [Fact]
    public async Task AuthorizeEmergencyAsync_Denied_IsAuditedAsDenied()
    {
        var client = R.ActiveClient();
        var facts = RecordAccessFacts.For(client, R.SignedNote(client));

        var decision = await _service.AuthorizeEmergencyAsync(TestActors.Biller, AccessAction.Read, facts, new BreakGlassRequest(BreakGlassReason.MedicalEmergency, "ER called"));

        Assert.False(decision.IsAllowed);
        Assert.All(_audit.Entries, e => Assert.Equal(AuditOutcome.Denied, e.Outcome));
        Assert.Equal(2, _audit.Entries.Count);
    }

    [Fact]
    public async Task RequireAsync_Denied_IsAnAccessDeniedFailureCarryingTheRule()
    {
        var client = R.ActiveClient();
        var facts = RecordAccessFacts.For(client, R.SignedNote(client));

        var error = Fails(await _service.RequireAsync(TestActors.FrontDesk, AccessAction.Read, facts), CoreErrorCodes.AccessDenied);

        Assert.Equal("RA6", error.RuleId);
        Assert.Single(_audit.Entries);
    }

    [Fact]
    public void Facts_FromTheClientsCareTeam_IncludeTheRecordsCoSigner()
    {
        var client = R.ActiveClient(supervised: false);
        var note = R.DraftNote(client, R.NoteDraft(client.Id, coSigner: R.Supervisor));

        var facts = RecordAccessFacts.For(client, note);

        Assert.Equal(new[] { R.Author }, facts.TreatingClinicianIds);
        Assert.Equal(new[] { R.Supervisor }, facts.SupervisorIds);
        Assert.Equal(R.Author, facts.AuthorId);
        Assert.True(ClinicalRecordAccessPolicy.Instance.Decide(TestActors.Supervisor, AccessAction.Sign, facts).IsAllowed);
    }

    [Fact]
    public void Facts_ForAnotherClientsRecord_Throw()
    {
        var client = R.ActiveClient();
        var other = R.ActiveClient(new Identity.SeededIdGenerator(3));

        Assert.Throws<ArgumentException>(() => RecordAccessFacts.For(client, R.SignedNote(other)));
    }

    [Fact]
    public void Facts_ForANewRecord_NameTheKindAndNew()
    {
        var facts = RecordAccessFacts.ForNew(R.ActiveClient(), RecordKind.PsychotherapyNote, R.Author);

        Assert.Equal(new RecordReference(RecordTypes.PsychotherapyNote, "new"), facts.Record);
        Assert.True(ClinicalRecordAccessPolicy.Instance.Decide(TestActors.Clinician, AccessAction.Create, facts).IsAllowed);
        Assert.False(ClinicalRecordAccessPolicy.Instance.Decide(TestActors.Supervisor, AccessAction.Create, facts).IsAllowed);
    }
}
