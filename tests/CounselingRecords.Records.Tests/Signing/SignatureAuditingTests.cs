using CounselingRecords.Auditing;
using CounselingRecords.Records.Notes;
using CounselingRecords.Records.Signing;
using CounselingRecords.Records.Tests.Fixtures;
using CounselingRecords.Testing.Access;
using CounselingRecords.Testing.Auditing;
using NodaTime;
using static CounselingRecords.Records.Tests.Fixtures.ResultAssert;
using R = CounselingRecords.Records.Tests.Fixtures.Records;

namespace CounselingRecords.Records.Tests.Signing;

public sealed class SignatureAuditingTests
{
    [Fact]
    public async Task EntryFor_RecordsTheSignatureHashInTheChain_AndAForgeryIsNotAnchored()
    {
        var ids = R.Ids();
        var client = R.ActiveClient(ids);
        var pending = Ok(R.DraftNote(client, R.NoteDraft(client.Id, coSigner: R.Supervisor), ids).Sign(R.AuthorSigner, R.SessionEnd + Duration.FromHours(1)));
        var coSigned = Ok(pending.CoSign(R.SupervisorSigner, R.SessionEnd + Duration.FromHours(2)));
        var audit = new RecordingAuditSink();
        await audit.AppendAsync(SignatureAuditing.EntryFor(ids, TestActors.Clinician, client.Id, coSigned.Signature!));
        await audit.AppendAsync(SignatureAuditing.EntryFor(ids, TestActors.Supervisor, client.Id, coSigned.CoSignature!));

        Assert.Equal(new[] { AuditAction.Sign, AuditAction.CoSign }, audit.Entries.Select(e => e.Action));
        Assert.All(audit.Entries, e => Assert.Equal(AuditCategory.Clinical, e.Category));
        Assert.True(SignatureAuditing.IsAnchored(coSigned.Signature!, audit.Entries));
        Assert.True(SignatureAuditing.IsAnchored(coSigned.CoSignature!, audit.Entries));

        // Someone rewrites the symptoms and recomputes every hash: the record verifies, but its signature is not the one anchored.
        var rewritten = StateRebuilder.WithMany(pending, (nameof(SessionNote.Symptoms), "Rewritten"));
        var forged = Ok(StateRebuilder.WithMany(rewritten, (nameof(SessionNote.Status), DocumentStatus.Draft), (nameof(SessionNote.Signature), null))
            .Sign(R.AuthorSigner, pending.Signature!.SignedAt));
        Assert.True(forged.Verify().Outcome != VerificationOutcome.Tampered);
        Assert.False(SignatureAuditing.IsAnchored(forged.Signature!, audit.Entries));
        Assert.True((await audit.VerifyChainAsync()).IsIntact);
    }
}
