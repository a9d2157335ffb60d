using CounselingRecords.Finance;
using CounselingRecords.Serialization.SystemTextJson.Documents;
using CounselingRecords.Serialization.SystemTextJson.Indexing;
using CounselingRecords.Testing.Conformance.Visits;
using CounselingRecords.Testing.Documents;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace CounselingRecords.Serialization.SystemTextJson.Tests.Indexing;

public sealed class DocumentTypeTests
{
    private static DocumentType<ConformanceVisit> Bare => DocumentType<ConformanceVisit>.Create("ConformanceVisit", ConformanceVisits.JsonContracts);

    [Theory]
    [InlineData("conformanceVisit")]
    [InlineData("Conformance Visit")]
    [InlineData("Conformance-Visit")]
    [InlineData("")]
    public void Create_NameThatIsNotPascalCase_IsRefused(string name)
    {
        Assert.ThrowsAny<ArgumentException>(() => DocumentType<ConformanceVisit>.Create(name, ConformanceVisits.JsonContracts));
    }

    [Fact]
    public void Column_DefaultName_IsTheMemberChainInSnakeCase()
    {
        var type = Bare.Column(v => v.ClinicianId).Column(v => v.FollowUpOn).Column(v => v.Fee.Currency, IndexValueKind.Text, c => c.Code);

        Assert.Equal(new[] { "clinician_id", "follow_up_on", "fee_currency" }, type.Columns.Select(c => c.Name));
        Assert.Equal(new[] { "ClinicianId", "FollowUpOn", "Fee.Currency" }, type.Columns.Select(c => c.MemberPath));
        Assert.Equal(new[] { IndexValueKind.Text, IndexValueKind.Integer, IndexValueKind.Text }, type.Columns.Select(c => c.Kind));
    }

    [Fact]
    public void Column_TypeWithoutEncoding_IsRefused()
    {
        Assert.Throws<ArgumentException>(() => Bare.Column(v => v.Fee));
    }

    [Theory]
    [InlineData("key")]
    [InlineData("version")]
    [InlineData("document")]
    [InlineData("Clinician")]
    [InlineData("drop table")]
    public void Column_ReservedOrUnsafeName_IsRefused(string name)
    {
        Assert.Throws<ArgumentException>(() => Bare.Column(v => v.ClinicianId, name));
    }

    [Fact]
    public void Column_SameNameTwice_IsRefused()
    {
        Assert.Throws<ArgumentException>(() => Bare.Column(v => v.ClinicianId).Column(v => v.ClinicianId));
    }

    [Fact]
    public void Index_UnknownColumnOrOneColumn_IsRefused()
    {
        var type = Bare.Column(v => v.ClinicianId);

        Assert.Throws<ArgumentException>(() => type.Index("clinician_day", "clinician_id", "start"));
        Assert.Throws<ArgumentException>(() => type.Index("clinician", "clinician_id"));
    }

    [Fact]
    public void Registration_IsImmutable()
    {
        var bare = Bare;

        var extended = bare.Column(v => v.ClinicianId).Unique("slot", v => v.SlotClaim).WithSchemaVersion(2);

        Assert.Empty(bare.Columns);
        Assert.Empty(bare.UniqueConstraints);
        Assert.Equal(1, bare.SchemaVersion);
        Assert.Single(extended.Columns);
        Assert.Equal(2, extended.SchemaVersion);
    }

    [Fact]
    public void ColumnValue_EncodesForTheStore()
    {
        var visit = ConformanceVisits.Create(4);
        var type = ConformanceVisitDocument.Type;

        Assert.Equal(visit.ClinicianId.ToString(), type.ColumnValue(type.Columns.Single(c => c.Name == "clinician_id"), visit));
        Assert.Equal(visit.Status.ToString(), type.ColumnValue(type.Columns.Single(c => c.Name == "status"), visit));
        Assert.Null(type.ColumnValue(type.Columns.Single(c => c.Name == "follow_up_on"), visit));
        Assert.Equal(visit.SlotClaim, type.ClaimOf(type.UniqueConstraints.Single(), visit));
        Assert.Null(type.ClaimOf(type.UniqueConstraints.Single(), visit.Cancel()));
        Assert.Equal(visit.ClientId, type.ReadAuditClientOf(visit));
    }

    [Property(MaxTest = 300)]
    public bool IntegerEncoding_Instants_KeepsTheirOrder(long a, long b)
    {
        var type = Bare.Column(v => v.BookedAt);
        var column = type.Columns[0];
        var first = Instant.FromUnixTimeTicks(a / 4);
        var second = Instant.FromUnixTimeTicks(b / 4);
        var x = (long)type.ColumnValue(column, BookedAt(first))!;
        var y = (long)type.ColumnValue(column, BookedAt(second))!;
        return first.CompareTo(second) == x.CompareTo(y);
    }

    [Property(MaxTest = 300)]
    public bool IntegerEncoding_LocalDateTimes_KeepTheirOrder(int dayA, int dayB, int secondA, int secondB)
    {
        var type = Bare.Column(v => v.Start);
        var column = type.Columns[0];
        var start = new LocalDate(2000, 1, 1);
        var a = start.PlusDays(dayA % 50_000).AtMidnight().PlusSeconds(Math.Abs(secondA % 86_400));
        var b = start.PlusDays(dayB % 50_000).AtMidnight().PlusSeconds(Math.Abs(secondB % 86_400));
        var visit = ConformanceVisits.Create(1);
        var x = (long)type.ColumnValue(column, visit.Reschedule(a))!;
        var y = (long)type.ColumnValue(column, visit.Reschedule(b))!;
        return a.CompareTo(b) == x.CompareTo(y) || visit.Zone.MapLocal(a).Count == 0 || visit.Zone.MapLocal(b).Count == 0;
    }

    private static ConformanceVisit BookedAt(Instant at)
    {
        var v = ConformanceVisits.Create(1);
        return new ConformanceVisit(v.Id, v.ClinicianId, v.ClientId, v.Start, v.Zone, v.Length, v.Modality, v.Status, v.Fee, v.Diagnoses, v.Lines, at, v.FollowUpOn, v.Note, v.Version);
    }

    [Fact]
    public void IndexFilter_Matches_EvaluatesEncodedValues()
    {
        var filter = IndexFilter.And(
            IndexFilter.Compare("clinician_id", IndexComparison.Equal, "clin_1"),
            IndexFilter.Or(IndexFilter.Compare("start", IndexComparison.AtLeast, 10L), IndexFilter.IsNull("start")),
            IndexFilter.In("status", ["Booked", "NoShow"]));
        object? Row(string column, string clinician, long? start, string status) => column switch
        {
            "clinician_id" => clinician,
            "start" => start,
            _ => status,
        };

        Assert.True(filter.Matches(c => Row(c, "clin_1", 10L, "Booked")));
        Assert.True(filter.Matches(c => Row(c, "clin_1", null, "NoShow")));
        Assert.False(filter.Matches(c => Row(c, "clin_1", 9L, "Booked")));
        Assert.False(filter.Matches(c => Row(c, "clin_2", 11L, "Booked")));
        Assert.False(filter.Matches(c => Row(c, "clin_1", 11L, "Cancelled")));
        Assert.Equal("clinician_id = ? AND (start >= ? OR start IS NULL) AND status IN (?, ?)", filter.ToString());
    }

    [Fact]
    public void IndexFilter_ValueThatIsNotEncoded_IsAProgrammerError()
    {
        Assert.Throws<ArgumentException>(() => IndexFilter.Compare("start", IndexComparison.Equal, 3));
        Assert.Throws<ArgumentException>(() => IndexFilter.In("start", [Money.Usd(1m)]));
    }
}
