using CounselingRecords.Identity;
using CounselingRecords.Privacy;
using NodaTime;

namespace CounselingRecords.TreatmentPlans.Revisions;

/// <summary>Who made a plan version, when it was recorded and why (R7.7: amendments keep their author, date and reason).</summary>
[ProtectedHealthInformation]
public sealed record PlanRevision
{
    /// <summary>Initializes a new instance of the <see cref="PlanRevision"/> class.</summary>
    /// <param name="author">The clinician who wrote the version.</param>
    /// <param name="recordedAt">When it was recorded.</param>
    /// <param name="reason">Why it was written.</param>
    public PlanRevision(ClinicianId author, Instant recordedAt, string reason)
    {
        Author = Internal.NotEmpty(author, nameof(author));
        RecordedAt = recordedAt;
        Reason = Internal.Required(reason, nameof(reason));
    }

    /// <summary>Gets the clinician who wrote the version.</summary>
    public ClinicianId Author { get; }

    /// <summary>Gets when it was recorded.</summary>
    public Instant RecordedAt { get; }

    /// <summary>Gets why it was written.</summary>
    public string Reason { get; }

    /// <inheritdoc />
    public override string ToString() => Internal.Inv($"PlanRevision by {Author}");
}
