using Ardalis.Specification;
using CounselingRecords.Coding;

namespace CounselingRecords.Testing.Conformance.Visits.Specifications;

/// <summary>Visits that address a diagnosis: a list membership no index holds, so stores evaluate it in memory only.</summary>
public sealed class VisitsWithDiagnosisSpec : Specification<ConformanceVisit>
{
    /// <summary>Initializes a new instance of the <see cref="VisitsWithDiagnosisSpec"/> class.</summary>
    /// <param name="code">The diagnosis.</param>
    public VisitsWithDiagnosisSpec(DiagnosisCode code) => Query.Where(v => v.Diagnoses.Contains(code));
}
