using CounselingRecords.Auditing;
using CounselingRecords.Integrity;
using CounselingRecords.Records.Amendments;
using CounselingRecords.Records.Notes;
using CounselingRecords.Records.Signing;
using CounselingRecords.Records.Tests.Fixtures;
using NodaTime;
using static CounselingRecords.Records.Tests.Fixtures.ResultAssert;
using R = CounselingRecords.Records.Tests.Fixtures.Records;

namespace CounselingRecords.Records.Tests.Signing;

public sealed class SignatureVerificationTests
{
    private static readonly Instant Later = R.SessionEnd + Duration.FromDays(2);

    private static SessionNote WithTwoAddenda(out SessionNote signed)
    {
        var ids = R.Ids();
        var client = R.ActiveClient(ids);
        signed = R.SignedNote(client, ids: ids);
        var first = Ok(signed.AddAddendum(R.AuthorSigner, new AddendumDraft(AddendumKind.Correction, "Wrong medication name", "Sertraline, not citalopram."), Later, ids));
        return Ok(first.AddAddendum(R.AuthorSigner, new AddendumDraft(AddendumKind.Addendum, "Collateral call", "Spoke with PCP."), Later + Duration.FromHours(1), ids));
    }

    [Fact]
    public void Verify_SignedNote_IsIntact()
    {
        var client = R.ActiveClient();
        var verification = R.SignedNote(client).Verify();

        Assert.Equal(VerificationOutcome.Intact, verification.Outcome);
        Assert.Empty(verification.Mismatches);
    }

    [Fact]
    public void ContentHash_IsTheSha256OfTheCanonicalFieldHashes()
    {
        var note = R.SignedNote(R.ActiveClient());
        var content = note.ToSignedContent();
        var expected = new CanonicalForm(RecordTypes.SessionNote, SessionNote.SignedContentEncoding)
            .Add("record.type", RecordTypes.SessionNote)
            .Add("record.id", note.Id.ToString())
            .Add("fields.count", content.Fields.Length);
        foreach (var field in content.Fields)
        {
            expected.Add("field." + field.Name, field.Hash);
        }

        Assert.Equal(expected.ComputeSha256(), note.Signature!.ContentHash);
        var plan = content.Fields.Single(f => f.Name == "Sections.Plan");
        Assert.Equal(new CanonicalForm("SessionNote.Sections.Plan", 1).Add("value", "Plan text for the session.").ComputeSha256(), plan.Hash);
    }

    [Fact]
    public void Verify_SectionTextChanged_NamesTheNoteAndTheSection()
    {
        var note = R.SignedNote(R.ActiveClient());
        var sections = note.Sections.SetItem(1, new NoteSectionText(NoteSection.Objective, "Rewritten"));

        var verification = StateRebuilder.With(note, nameof(SessionNote.Sections), sections).Verify();

        Assert.Equal(VerificationOutcome.Tampered, verification.Outcome);
        var mismatch = Assert.Single(verification.Mismatches);
        Assert.Equal(note.ToReference(), mismatch.Record);
        Assert.Equal("Sections.Objective", mismatch.Field);
        Assert.Equal(MismatchKind.FieldChanged, mismatch.Kind);
        Assert.Equal(SignatureMeaning.Authored, mismatch.Signature);
        Assert.Contains("Sections.Objective", verification.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_SectionRemoved_IsReportedAsRemoved()
    {
        var note = R.SignedNote(R.ActiveClient());

        var verification = StateRebuilder.With(note, nameof(SessionNote.Sections), note.Sections.RemoveAt(0)).Verify();

        Assert.Equal(MismatchKind.FieldRemoved, Assert.Single(verification.Mismatches).Kind);
        Assert.Equal("Sections.Subjective", verification.Mismatches[0].Field);
    }

    [Fact]
    public void Verify_SignatureTimeBackdated_IsReportedAsSignatureAltered()
    {
        var note = R.SignedNote(R.ActiveClient());
        var backdated = StateRebuilder.With(note.Signature!, nameof(Signature.SignedAt), note.Signature!.SignedAt - Duration.FromDays(1));

        var verification = StateRebuilder.With(note, nameof(SessionNote.Signature), backdated).Verify();

        Assert.Contains(verification.Mismatches, m => m.Field == "Signature" && m.Kind == MismatchKind.SignatureAltered);
    }

    [Fact]
    public void Verify_StoredFieldHashReplaced_IsReportedAsContentHashMismatch()
    {
        var note = R.SignedNote(R.ActiveClient());
        var forgedFields = note.Signature!.Fields.SetItem(0, new SignedField(note.Signature.Fields[0].Name, new string('0', 64)));
        var forged = StateRebuilder.With(note.Signature, nameof(Signature.Fields), forgedFields);

        var verification = StateRebuilder.With(note, nameof(SessionNote.Signature), forged).Verify();

        Assert.Contains(verification.Mismatches, m => m.Kind == MismatchKind.ContentHashMismatch);
    }

    [Fact]
    public void Verify_SignatureMovedFromAnotherNote_IsRefusedWhenLoaded()
    {
        var ids = R.Ids();
        var client = R.ActiveClient(ids);
        var one = R.SignedNote(client, ids: ids);
        var two = R.SignedNote(client, ids: ids);

        Assert.Throws<ArgumentException>(() => StateRebuilder.With(one, nameof(SessionNote.Signature), two.Signature));
    }

    [Fact]
    public void AddAddendum_KeepsTheSignedNoteUnchangedAndChainsTheAddenda()
    {
        var note = WithTwoAddenda(out var signed);

        Assert.Equal(signed.ToSignedContent().ComputeHash(), note.ToSignedContent().ComputeHash());
        Assert.Equal(signed.Sections.Select(s => s.Text), note.Sections.Select(s => s.Text));
        Assert.Equal(2, note.Addenda.Length);
        Assert.Equal(AddendumKind.Correction, note.Addenda[0].Kind);
        Assert.Equal("Wrong medication name", note.Addenda[0].Reason);
        Assert.Equal(R.Author, note.Addenda[0].AuthorId);
        Assert.Equal(Later, note.Addenda[0].WrittenAt);
        Assert.Equal(note.Signature!.SignatureHash, note.Addenda[0].PrecedingHash);
        Assert.Equal(note.Addenda[0].Signature.SignatureHash, note.Addenda[1].PrecedingHash);
        Assert.Equal(note.Signature.ContentHash, note.Addenda[1].AmendedContentHash);
        Assert.True(note.Verify().IsIntact);
    }

    [Fact]
    public void Verify_AddendumTextChanged_NamesTheAddendumAndField()
    {
        var note = WithTwoAddenda(out _);
        var edited = StateRebuilder.With(note.Addenda[0], nameof(Addendum.Text), "Citalopram.");

        var verification = StateRebuilder.With(note, nameof(SessionNote.Addenda), note.Addenda.SetItem(0, edited)).Verify();

        var mismatch = Assert.Single(verification.Mismatches);
        Assert.Equal(edited.ToReference(), mismatch.Record);
        Assert.Equal(nameof(Addendum.Text), mismatch.Field);
        Assert.Equal(new[] { "Text" }, verification.FieldsOf(edited.ToReference()));
    }

    [Fact]
    public void Verify_AddendumRemovedFromTheMiddle_BreaksTheChain()
    {
        var note = WithTwoAddenda(out _);

        var verification = StateRebuilder.With(note, nameof(SessionNote.Addenda), note.Addenda.RemoveAt(0)).Verify();

        Assert.Contains(verification.Mismatches, m => m.Record == note.ToReference() && m.Field == "Addenda" && m.Kind == MismatchKind.AddendumChainBroken);
    }

    [Fact]
    public void AddAddendum_ToADraft_IsRefused_UseEditingInstead()
    {
        var draft = R.DraftNote(R.ActiveClient());

        var error = Fails(draft.AddAddendum(R.AuthorSigner, new AddendumDraft(AddendumKind.Addendum, "r", "t"), Later, R.Ids()), RecordsErrorCodes.AddendumRequiresSignedRecord);

        Assert.Equal("R7.7", error.RuleId);
    }

    [Fact]
    public void AddAddendum_WithoutReasonOrText_OrAmendmentWithoutRequest_IsAValidationFailure()
    {
        var note = R.SignedNote(R.ActiveClient());

        var codes = DetailCodes(Fails(note.AddAddendum(R.AuthorSigner, new AddendumDraft(AddendumKind.Amendment, " ", null), Later, R.Ids()), Results.CoreErrorCodes.ValidationFailed));

        Assert.Contains(RecordsErrorCodes.AddendumReasonMissing, codes);
        Assert.Contains(RecordsErrorCodes.AddendumTextMissing, codes);
        Assert.Contains(RecordsErrorCodes.AddendumAmendmentRequestMissing, codes);
    }

    [Fact]
    public void AddAddendum_DatedBeforeTheSignature_IsRefused()
    {
        var note = R.SignedNote(R.ActiveClient());

        Fails(note.AddAddendum(R.AuthorSigner, new AddendumDraft(AddendumKind.Addendum, "r", "t"), note.Signature!.SignedAt - Duration.FromMinutes(1), R.Ids()), RecordsErrorCodes.SignatureOutOfOrder);
    }

    [Fact]
    public void AddAddendum_BySupervisorToACoSignedNote_IsSignedByTheSupervisor()
    {
        var ids = R.Ids();
        var client = R.ActiveClient(ids);
        var coSigned = Ok(Ok(R.DraftNote(client, R.NoteDraft(client.Id, coSigner: R.Supervisor), ids).Sign(R.AuthorSigner, Later)).CoSign(R.SupervisorSigner, Later + Duration.FromHours(1)));

        var amended = Ok(coSigned.AddAddendum(R.SupervisorSigner, new AddendumDraft(AddendumKind.Clarification, "Supervision note", "Reviewed risk plan."), Later + Duration.FromHours(2), ids));

        Assert.Equal(R.Supervisor, amended.Addenda[0].AuthorId);
        Assert.Equal(coSigned.CoSignature!.SignatureHash, amended.Addenda[0].PrecedingHash);
        Assert.True(amended.Verify().IsIntact);
    }

    [Fact]
    public void Addendum_ToString_DoesNotPrintItsText()
    {
        var note = WithTwoAddenda(out _);

        Assert.DoesNotContain("Sertraline", note.Addenda[0].ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("medication", note.Addenda[0].ToString(), StringComparison.Ordinal);
        Assert.Equal(RecordReference.For(RecordTypes.Addendum, note.Addenda[0].Id), note.Addenda[0].ToReference());
    }
}
