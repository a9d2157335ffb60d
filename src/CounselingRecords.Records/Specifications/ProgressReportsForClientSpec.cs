using Ardalis.Specification;
using CounselingRecords.Identity;
using CounselingRecords.Records.ProgressReports;

namespace CounselingRecords.Records.Specifications;

/// <summary>A client's progress reports, most recent period first.</summary>
public sealed class ProgressReportsForClientSpec : Specification<ProgressReport>
{
    /// <summary>Initializes a new instance of the <see cref="ProgressReportsForClientSpec"/> class.</summary>
    /// <param name="clientId">The client.</param>
    public ProgressReportsForClientSpec(ClientId clientId)
    {
        Query.Where(r => r.ClientId == clientId).OrderByDescending(r => r.PeriodEnd);
    }
}
