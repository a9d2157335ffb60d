using CounselingRecords.Care;
using CounselingRecords.Records.Notes;
using CounselingRecords.Records.Signing;
using CounselingRecords.Testing.Access;
using CounselingRecords.Testing.Builders;
using CounselingRecords.Testing.Identity;
using NodaTime;

namespace CounselingRecords.Testing.Tests.Builders;

public sealed class SessionNoteBuilderTests
{
    private static readonly SignerIdentity Author = new(TestActors.Clinician.ClinicianId!.Value, "Clinician One", "LPC");

    [Fact]
    public void Build_Defaults_GivesAnUnsigned53MinuteSoapNote()
    {
        var ids = TestIds.Seeded();
        var client = new ClientBuilder().Build(ids);

        var note = new SessionNoteBuilder().Build(ids, client);

        Assert.Equal(DocumentStatus.Draft, note.Status);
        Assert.Equal(NoteFormat.Soap, note.Format);
        Assert.Equal(53, note.FaceToFaceMinutes());
        Assert.Equal(client.Id, note.ClientId);
    }

    [Theory]
    [InlineData(NoteFormat.Soap)]
    [InlineData(NoteFormat.Dap)]
    [InlineData(NoteFormat.Birp)]
    [InlineData(NoteFormat.Girp)]
    public void Draft_AnyFormat_FillsEverySectionOfThatFormat(NoteFormat format)
    {
        var draft = new SessionNoteBuilder().InFormat(format).Draft(TestIds.Numbered<CounselingRecords.Identity.ClientId>(1));

        Assert.Equal(NoteFormats.SectionsOf(format).ToArray(), draft.Sections.Select(s => s.Section).ToArray());
        Assert.All(draft.Sections, s => Assert.False(string.IsNullOrWhiteSpace(s.Text)));
    }

    [Fact]
    public void BuildSigned_ByTheAuthor_SignsAnHourAfterTheSession()
    {
        var ids = TestIds.Seeded();
        var client = new ClientBuilder().Build(ids);

        var note = new SessionNoteBuilder().Lasting(38).BuildSigned(ids, client, Author);

        Assert.Equal(DocumentStatus.Signed, note.Status);
        Assert.Equal(note.EndedAt + Duration.FromHours(1), note.Signature!.SignedAt);
        Assert.Equal(38, note.FaceToFaceMinutes());
    }

    [Fact]
    public void Draft_Video_MarksTelehealthConsentAndModality()
    {
        var draft = new SessionNoteBuilder().Via(Modality.Video, ClientLocationKind.Home).Draft(TestIds.Numbered<CounselingRecords.Identity.ClientId>(1));

        Assert.Equal(Modality.Video, draft.Modality);
        Assert.True(draft.TelehealthConsentConfirmed);
    }

    [Fact]
    public void BuildSigned_BySomeoneElse_ThrowsWithTheRefusal()
    {
        var ids = TestIds.Seeded();
        var client = new ClientBuilder().Build(ids);
        var other = new SignerIdentity(TestActors.OtherClinician.ClinicianId!.Value, "Clinician Two", "LPC");

        var ex = Assert.Throws<InvalidOperationException>(() => new SessionNoteBuilder().BuildSigned(ids, client, other));

        Assert.Contains("records.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WithDiagnoses_None_IsAProgrammerError()
    {
        Assert.Throws<ArgumentException>(() => new SessionNoteBuilder().WithDiagnoses());
    }
}
