using System.Collections.Immutable;
using CounselingRecords.Records.Notes;
using CounselingRecords.Results;
using NodaTime;
using static CounselingRecords.Records.Tests.Fixtures.ResultAssert;
using R = CounselingRecords.Records.Tests.Fixtures.Records;

namespace CounselingRecords.Records.Tests.Notes;

public sealed class NoteFormatsTests
{
    // Each format's own sections (anchors §3.5): SOAP, DAP, BIRP, GIRP.
    public static TheoryData<NoteFormat, NoteSection[]> Formats() => new()
    {
        { NoteFormat.Soap, [NoteSection.Subjective, NoteSection.Objective, NoteSection.Assessment, NoteSection.Plan] },
        { NoteFormat.Dap, [NoteSection.Data, NoteSection.Assessment, NoteSection.Plan] },
        { NoteFormat.Birp, [NoteSection.Behavior, NoteSection.Intervention, NoteSection.Response, NoteSection.Plan] },
        { NoteFormat.Girp, [NoteSection.Goal, NoteSection.Intervention, NoteSection.Response, NoteSection.Plan] },
    };

    public static TheoryData<NoteFormat, NoteSection> RequiredSections()
    {
        var data = new TheoryData<NoteFormat, NoteSection>();
        foreach (var row in Formats())
        {
            foreach (var section in (NoteSection[])row[1])
            {
                data.Add((NoteFormat)row[0], section);
            }
        }

        return data;
    }

    public static TheoryData<NoteFormat, NoteSection> ForeignSections()
    {
        var data = new TheoryData<NoteFormat, NoteSection>();
        foreach (var row in Formats())
        {
            foreach (var section in Enum.GetValues<NoteSection>().Except((NoteSection[])row[1]))
            {
                data.Add((NoteFormat)row[0], section);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void SectionsOf_EachFormat_AreItsOwnSectionsInOrder(NoteFormat format, NoteSection[] sections)
    {
        Assert.Equal(sections, NoteFormats.SectionsOf(format));
    }

    [Theory]
    [MemberData(nameof(RequiredSections))]
    public void Sign_FormatMissingOneOfItsSections_IsRefusedNamingThatSection(NoteFormat format, NoteSection missing)
    {
        var client = R.ActiveClient();
        var sections = R.SectionsFor(format).Where(s => s.Section != missing).ToImmutableArray();
        var note = R.DraftNote(client, R.NoteDraft(client.Id, format, sections: sections));

        var error = FailsWithDetail(note.Sign(R.AuthorSigner, R.SessionEnd + Duration.FromHours(1)), RecordsErrorCodes.NoteIncomplete, RecordsErrorCodes.NoteSectionMissing);

        Assert.Equal("R7.5", error.RuleId);
        Assert.Equal($"Sections.{missing}", Assert.Single(error.Details, d => d.Code == RecordsErrorCodes.NoteSectionMissing).Target);
    }

    [Theory]
    [MemberData(nameof(RequiredSections))]
    public void Sign_BlankSection_CountsAsMissing(NoteFormat format, NoteSection blank)
    {
        var client = R.ActiveClient();
        var sections = R.SectionsFor(format).Select(s => s.Section == blank ? new NoteSectionText(s.Section, "   ") : s).ToImmutableArray();
        var note = R.DraftNote(client, R.NoteDraft(client.Id, format, sections: sections));

        FailsWithDetail(note.Sign(R.AuthorSigner, R.SessionEnd + Duration.FromHours(1)), RecordsErrorCodes.NoteIncomplete, RecordsErrorCodes.NoteSectionMissing);
        Assert.Null(note.SectionText(blank));
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Sign_FormatWithAllItsSections_Succeeds(NoteFormat format, NoteSection[] sections)
    {
        var client = R.ActiveClient();
        var note = Ok(R.DraftNote(client, R.NoteDraft(client.Id, format, coSigner: null)).Sign(R.AuthorSigner, R.SessionEnd + Duration.FromHours(1)));

        Assert.Equal(sections, note.Sections.Select(s => s.Section));
        Assert.All(sections, s => Assert.NotNull(note.SectionText(s)));
    }

    [Theory]
    [MemberData(nameof(ForeignSections))]
    public void Start_SectionOfAnotherFormat_IsAValidationFailure(NoteFormat format, NoteSection foreign)
    {
        var client = R.ActiveClient();
        var sections = R.SectionsFor(format).Add(new NoteSectionText(foreign, "text"));

        var result = SessionNote.Start(R.Ids(), client, R.NoteDraft(client.Id, format, sections: sections), R.SessionEnd);

        FailsWithDetail(result, CoreErrorCodes.ValidationFailed, RecordsErrorCodes.NoteSectionNotInFormat);
        Assert.False(NoteFormats.Contains(format, foreign));
    }

    [Fact]
    public void Start_SectionsOutOfOrder_AreStoredInTheFormatsOrder()
    {
        var client = R.ActiveClient();
        var reversed = R.SectionsFor(NoteFormat.Birp).Reverse().ToImmutableArray();

        var note = R.DraftNote(client, R.NoteDraft(client.Id, NoteFormat.Birp, sections: reversed));

        Assert.Equal(NoteFormats.SectionsOf(NoteFormat.Birp), note.Sections.Select(s => s.Section));
    }

    [Fact]
    public void Start_SameSectionTwice_IsAValidationFailure()
    {
        var client = R.ActiveClient();
        var sections = R.SectionsFor(NoteFormat.Dap).Add(new NoteSectionText(NoteSection.Plan, "again"));

        FailsWithDetail(SessionNote.Start(R.Ids(), client, R.NoteDraft(client.Id, NoteFormat.Dap, sections: sections), R.SessionEnd), CoreErrorCodes.ValidationFailed, RecordsErrorCodes.SectionDuplicate);
    }
}
