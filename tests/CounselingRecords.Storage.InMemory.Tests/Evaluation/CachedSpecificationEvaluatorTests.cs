using Ardalis.Specification;
using CounselingRecords.Identity;
using CounselingRecords.Storage.InMemory.Evaluation;
using CounselingRecords.Testing.Conformance.Visits;
using CounselingRecords.Testing.Conformance.Visits.Specifications;
using CounselingRecords.Testing.Identity;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace CounselingRecords.Storage.InMemory.Tests.Evaluation;

/// <summary>The cached evaluator gives exactly Ardalis' results, whatever the arguments of each specification instance.</summary>
public sealed class CachedSpecificationEvaluatorTests
{
    private static readonly List<ConformanceVisit> Visits = Enumerable.Range(1, 96).Select(n => ConformanceVisits.Create(n).WithVersion(n % 5)).ToList();

    [Property(MaxTest = 300)]
    public bool Evaluate_ClinicianDayWithAnyArguments_IsArdalisResult(PositiveInt clinician, byte day)
    {
        var spec = new VisitsForClinicianDaySpec(TestIds.Numbered<ClinicianId>((clinician.Get % 5) + 1), new LocalDate(2026, 1, 4).PlusDays(day % 16));

        return Same(spec);
    }

    [Property(MaxTest = 200)]
    public bool Evaluate_PagesWithAnyArguments_AreArdalisResult(byte hour, byte skip, byte take)
    {
        var spec = new UpcomingVisitsSpec(new LocalDateTime(2026, 1, 6, hour % 24, 0), skip % 20, (take % 20) + 1);

        return Same(spec) && CachedSpecificationEvaluator.Instance.Evaluate(Visits, spec).Count() <= (take % 20) + 1;
    }

    [Fact]
    public void Evaluate_EveryConformanceSpecification_IsArdalisResult()
    {
        foreach (var code in new[] { "F41.1", "F32.0", "Z63.0", "F90" })
        {
            Assert.True(Same(new VisitsWithDiagnosisSpec(Coding.DiagnosisCode.Parse(code))), code);
        }

        foreach (var status in Enum.GetValues<ConformanceVisitStatus>())
        {
            Assert.True(Same(new VisitsWithStatusSpec(status)), status.ToString());
        }

        Assert.True(Same(new VisitsInModalitiesSpec(TestIds.Numbered<ClinicianId>(2), [Care.Modality.Video])));
        Assert.True(Same(new VisitsDueForFollowUpSpec(new LocalDate(2026, 2, 12))));
        Assert.True(Same(new VisitByIdSpec(TestIds.Numbered<AppointmentId>(9))));
        var projection = new VisitStartsForClinicianSpec(TestIds.Numbered<ClinicianId>(3));
        Assert.Equal(InMemorySpecificationEvaluator.Default.Evaluate(Visits, projection), CachedSpecificationEvaluator.Instance.Evaluate(Visits, projection));
    }

    [Fact]
    public void Criteria_IgnoresOrderAndPaging_LikeIsSatisfiedBy()
    {
        var spec = new UpcomingVisitsSpec(new LocalDateTime(2026, 1, 5, 0, 0), 3, 2);

        var criteria = CachedSpecificationEvaluator.Criteria(spec);

        Assert.Equal(Visits.Count(spec.IsSatisfiedBy), Visits.Count(criteria));
        Assert.True(Visits.Count(criteria) > 2);
    }

    [Fact]
    public void Evaluate_SameTextDifferentCapturedTypes_AreNotConfused()
    {
        int smallInt = 2;
        long smallLong = 3;
        var byInt = new Specification<ConformanceVisit>();
        byInt.Query.Where(v => v.Version > smallInt);
        var byLong = new Specification<ConformanceVisit>();
        byLong.Query.Where(v => v.Version > smallLong);

        Assert.True(Same(byInt));
        Assert.True(Same(byLong));
        Assert.NotEqual(CachedSpecificationEvaluator.Instance.Evaluate(Visits, byInt).Count(), CachedSpecificationEvaluator.Instance.Evaluate(Visits, byLong).Count());
    }

    [Fact]
    public void Evaluate_NestedLambdaWithCapturedValue_BindsEachInstance()
    {
        foreach (var units in new[] { 1, 2 })
        {
            var spec = new Specification<ConformanceVisit>();
            spec.Query.Where(v => v.Lines.Any(l => l.Units >= units));
            Assert.True(Same(spec), units.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    [Fact]
    public void Evaluate_TwoOrderByChains_FailsLikeArdalis()
    {
        var spec = new Specification<ConformanceVisit>();
        spec.Query.OrderBy(v => v.Start);
        spec.Query.OrderBy(v => v.Key);

        var expected = Record.Exception(() => InMemorySpecificationEvaluator.Default.Evaluate(Visits, spec).ToList());
        var actual = Record.Exception(() => CachedSpecificationEvaluator.Instance.Evaluate(Visits, spec).ToList());

        Assert.Equal(expected?.GetType(), actual?.GetType());
    }

    private static bool Same(ISpecification<ConformanceVisit> spec) =>
        InMemorySpecificationEvaluator.Default.Evaluate(Visits, spec).Select(v => v.Key)
            .SequenceEqual(CachedSpecificationEvaluator.Instance.Evaluate(Visits, spec).Select(v => v.Key), StringComparer.Ordinal);
}
