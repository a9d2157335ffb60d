using Ardalis.Specification;
using CounselingRecords.Identity;
using CounselingRecords.Records.Intake;

namespace CounselingRecords.Records.Specifications;

/// <summary>A client's intake assessments, most recent first.</summary>
public sealed class IntakeAssessmentsForClientSpec : Specification<IntakeAssessment>
{
    /// <summary>Initializes a new instance of the <see cref="IntakeAssessmentsForClientSpec"/> class.</summary>
    /// <param name="clientId">The client.</param>
    public IntakeAssessmentsForClientSpec(ClientId clientId)
    {
        Query.Where(i => i.ClientId == clientId).OrderByDescending(i => i.AssessmentDate);
    }
}
