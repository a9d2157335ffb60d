namespace CounselingRecords.Policies.Inquiries;

/// <summary>The outcome of screening an inquiry.</summary>
public enum ScreeningOutcome
{
    /// <summary>The practice is a good fit; an intake may be scheduled.</summary>
    Appropriate,

    /// <summary>The prospect needs a higher level of care (crisis, inpatient, intensive outpatient): refer out.</summary>
    NeedsHigherLevelOfCare,

    /// <summary>The need is outside the practice's scope or specialties.</summary>
    OutsideScope,

    /// <summary>The practice has no capacity.</summary>
    NoCapacity,

    /// <summary>The practice does not accept the prospect's coverage.</summary>
    CoverageNotAccepted,
}
