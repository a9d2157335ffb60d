using CounselingRecords.Privacy;
using NodaTime;

namespace CounselingRecords.Records.ProgressReports;

/// <summary>A change made to the treatment plan in the period (filled by the host from the treatment plan's versions).</summary>
[ProtectedHealthInformation]
public sealed class PlanChangeLine
{
    /// <summary>Initializes a new instance of the <see cref="PlanChangeLine"/> class.</summary>
    /// <param name="changedOn">The date of the change.</param>
    /// <param name="description">What changed.</param>
    public PlanChangeLine(LocalDate changedOn, string description)
    {
        ChangedOn = changedOn;
        Description = description;
    }

    /// <summary>Gets the date.</summary>
    public LocalDate ChangedOn { get; }

    /// <summary>Gets what changed.</summary>
    public string Description { get; }

    /// <inheritdoc />
    public override string ToString() => "PlanChangeLine";
}
