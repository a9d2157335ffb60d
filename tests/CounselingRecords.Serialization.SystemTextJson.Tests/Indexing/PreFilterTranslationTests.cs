using Ardalis.Specification;
using CounselingRecords.Care;
using CounselingRecords.Coding;
using CounselingRecords.Identity;
using CounselingRecords.Serialization.SystemTextJson.Indexing;
using CounselingRecords.Testing.Conformance.Visits;
using CounselingRecords.Testing.Conformance.Visits.Specifications;
using CounselingRecords.Testing.Documents;
using CounselingRecords.Testing.Identity;
using NodaTime;

namespace CounselingRecords.Serialization.SystemTextJson.Tests.Indexing;

/// <summary>
/// How each specification of the conformance aggregate is pre-filtered on indexed columns (the table in
/// docs/storage.md). Every pre-filter keeps at least every match; stores re-check the full specification.
/// </summary>
public sealed class PreFilterTranslationTests
{
    private static readonly ClinicianId Clinician = TestIds.Numbered<ClinicianId>(2);

    public static TheoryData<string, ISpecification<ConformanceVisit>, string, PreFilterSource> Plans => new()
    {
        { "clinician day", new VisitsForClinicianDaySpec(Clinician, new LocalDate(2026, 1, 6)), "clinician_id = ? AND start >= ? AND start <= ?", PreFilterSource.Translated },
        { "client", new VisitsForClientSpec(TestIds.Numbered<ClientId>(3)), "client_id = ?", PreFilterSource.Translated },
        { "status", new VisitsWithStatusSpec(ConformanceVisitStatus.Cancelled), "status = ?", PreFilterSource.Translated },
        { "diagnosis (a list member: no index)", new VisitsWithDiagnosisSpec(DiagnosisCode.Parse("F41.1")), "TRUE", PreFilterSource.None },
        { "upcoming page", new UpcomingVisitsSpec(new LocalDateTime(2026, 1, 6, 0, 0), 2, 5), "start >= ? AND status = ?", PreFilterSource.Translated },
        { "booked between instants", new VisitsBookedBetweenSpec(Instant.FromUtc(2025, 12, 1, 0, 0), Instant.FromUtc(2025, 12, 8, 0, 0)), "booked_at >= ? AND booked_at <= ?", PreFilterSource.Translated },
        { "follow-up due (!= null is not indexed, <= on a nullable is)", new VisitsDueForFollowUpSpec(new LocalDate(2026, 2, 10)), "follow_up_on <= ?", PreFilterSource.Translated },
        { "modalities (Contains on a captured list)", new VisitsInModalitiesSpec(Clinician, [Modality.Video, Modality.AudioOnly]), "clinician_id = ? AND modality IN (?, ?)", PreFilterSource.Translated },
        { "by id (the key)", new VisitByIdSpec(TestIds.Numbered<AppointmentId>(7)), "key = ?", PreFilterSource.Translated },
        { "projection of starts", new VisitStartsForClinicianSpec(Clinician), "clinician_id = ?", PreFilterSource.Translated },
    };

    [Theory]
    [MemberData(nameof(Plans))]
    public void Explain_ConformanceSpecification_GivesTheDocumentedPreFilter(string name, ISpecification<ConformanceVisit> specification, string filter, PreFilterSource source)
    {
        var plan = ConformanceVisitDocument.Type.Explain(specification);

        Assert.True(filter == plan.Filter.ToString(), $"{name}: {plan}");
        Assert.Equal(source, plan.Source);
    }

    [Fact]
    public void Explain_ClinicianDay_EncodesTheIdAndTheDayBounds()
    {
        var filter = ConformanceVisitDocument.Type.Explain(new VisitsForClinicianDaySpec(Clinician, new LocalDate(2026, 1, 6))).Filter;

        Assert.Equal(IndexFilterKind.And, filter.Kind);
        Assert.Equal(Clinician.ToString(), filter.Operands[0].Values[0]);
        Assert.Equal(new LocalDateTime(2026, 1, 6, 0, 0).InUtc().ToInstant().ToUnixTimeTicks(), filter.Operands[1].Values[0]);
        Assert.Equal(new LocalDateTime(2026, 1, 7, 0, 0).InUtc().ToInstant().ToUnixTimeTicks(), filter.Operands[2].Values[0]);
        Assert.Equal(IndexComparison.AtMost, filter.Operands[2].Comparison);
    }

    [Fact]
    public void Explain_EnumerationComparedByName_EncodesTheName()
    {
        var filter = ConformanceVisitDocument.Type.Explain(new VisitsWithStatusSpec(ConformanceVisitStatus.NoShow)).Filter;

        Assert.Equal("NoShow", filter.Values[0]);
    }

    [Fact]
    public void Explain_ComparisonsWithTheValueOnTheLeft_AreFlipped()
    {
        var from = new LocalDateTime(2026, 1, 6, 8, 0);
        var spec = new Specification<ConformanceVisit>();
        spec.Query.Where(v => from < v.Start && Clinician == v.ClinicianId);

        var filter = ConformanceVisitDocument.Type.Explain(spec).Filter;

        Assert.Equal("start >= ? AND clinician_id = ?", filter.ToString());
    }

    [Fact]
    public void Explain_OrOfTranslatableParts_IsAnOr_AndOrWithAnUntranslatablePart_IsNoFilter()
    {
        var both = new Specification<ConformanceVisit>();
        both.Query.Where(v => v.Status == ConformanceVisitStatus.Booked || v.ClinicianId == Clinician);
        var half = new Specification<ConformanceVisit>();
        half.Query.Where(v => v.Status == ConformanceVisitStatus.Booked || v.Note!.Length > 10);

        Assert.Equal("status = ? OR clinician_id = ?", ConformanceVisitDocument.Type.Explain(both).Filter.ToString());
        Assert.True(ConformanceVisitDocument.Type.Explain(half).Filter.IsAll);
    }

    [Fact]
    public void Explain_NullComparison_IsIsNull()
    {
        var spec = new Specification<ConformanceVisit>();
        spec.Query.Where(v => v.FollowUpOn == null);

        Assert.Equal("follow_up_on IS NULL", ConformanceVisitDocument.Type.Explain(spec).Filter.ToString());
    }

    [Fact]
    public void Explain_ValueComputedFromTheAggregate_IsNotUsed()
    {
        var spec = new Specification<ConformanceVisit>();
        spec.Query.Where(v => v.Start == v.Start.PlusHours(0) && v.ClinicianId == Clinician);

        Assert.Equal("clinician_id = ?", ConformanceVisitDocument.Type.Explain(spec).Filter.ToString());
    }

    [Fact]
    public void Explain_CapturedExpressionThatThrows_IsLeftToTheInMemoryCheck()
    {
        int[] empty = [];
        var spec = new Specification<ConformanceVisit>();
        spec.Query.Where(v => v.Lines.Length == empty[3] || v.ClinicianId == Clinician);

        Assert.True(ConformanceVisitDocument.Type.Explain(spec).Filter.IsAll);
    }

    [Fact]
    public void Explain_RegisteredPreFilter_WinsOverTranslation()
    {
        var type = ConformanceVisitDocument.Type.PreFilter<FollowUpWindowSpec>((spec, f) => f.Between(v => v.FollowUpOn, spec.From, spec.To));

        var plan = type.Explain(new FollowUpWindowSpec(new LocalDate(2026, 2, 1), new LocalDate(2026, 2, 14)));

        Assert.Equal(PreFilterSource.Registered, plan.Source);
        Assert.Equal("follow_up_on >= ? AND follow_up_on <= ?", plan.Filter.ToString());
        Assert.Equal((long)Period.DaysBetween(new LocalDate(1970, 1, 1), new LocalDate(2026, 2, 1)), plan.Filter.Operands[0].Values[0]);
    }

    [Fact]
    public void PreFilterBuilder_RangeOnATextColumn_IsAProgrammerError()
    {
        var type = ConformanceVisitDocument.Type.PreFilter<FollowUpWindowSpec>((_, f) => f.AtLeast(v => v.ClinicianId, Clinician));

        Assert.Throws<ArgumentException>(() => type.Explain(new FollowUpWindowSpec(new LocalDate(2026, 2, 1), new LocalDate(2026, 2, 14))));
    }

    [Fact]
    public void Plan_ToString_IsTheDocumentationLine()
    {
        var plan = ConformanceVisitDocument.Type.Explain(new VisitsWithDiagnosisSpec(DiagnosisCode.Parse("F41.1")));

        Assert.Equal("VisitsWithDiagnosisSpec: no pre-filter (every document of the type), then the full specification in memory", plan.ToString());
    }

    private sealed class FollowUpWindowSpec : Specification<ConformanceVisit>
    {
        public FollowUpWindowSpec(LocalDate from, LocalDate to)
        {
            From = from;
            To = to;
            Query.Where(v => v.FollowUpOn.HasValue && v.FollowUpOn.Value >= from && v.FollowUpOn.Value <= to);
        }

        public LocalDate From { get; }

        public LocalDate To { get; }
    }
}
