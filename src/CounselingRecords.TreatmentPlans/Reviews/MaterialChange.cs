using CounselingRecords.Identity;
using CounselingRecords.Privacy;
using NodaTime;

namespace CounselingRecords.TreatmentPlans.Reviews;

/// <summary>A material change in the client's situation, which makes a plan review due when the cadence says so (R7.13).</summary>
[ProtectedHealthInformation]
public sealed record MaterialChange
{
    /// <summary>Initializes a new instance of the <see cref="MaterialChange"/> class.</summary>
    /// <param name="occurredOn">The date it happened.</param>
    /// <param name="kind">What kind of change.</param>
    /// <param name="description">What happened.</param>
    /// <param name="recordedBy">The clinician who recorded it.</param>
    /// <param name="recordedAt">When it was recorded.</param>
    public MaterialChange(LocalDate occurredOn, MaterialChangeKind kind, string description, ClinicianId recordedBy, Instant recordedAt)
    {
        OccurredOn = occurredOn;
        Kind = Internal.Defined(kind, nameof(kind));
        Description = Internal.Required(description, nameof(description));
        RecordedBy = Internal.NotEmpty(recordedBy, nameof(recordedBy));
        RecordedAt = recordedAt;
    }

    /// <summary>Gets the date it happened.</summary>
    public LocalDate OccurredOn { get; }

    /// <summary>Gets what kind of change.</summary>
    public MaterialChangeKind Kind { get; }

    /// <summary>Gets what happened.</summary>
    public string Description { get; }

    /// <summary>Gets the clinician who recorded it.</summary>
    public ClinicianId RecordedBy { get; }

    /// <summary>Gets when it was recorded.</summary>
    public Instant RecordedAt { get; }

    /// <inheritdoc />
    public override string ToString() => Internal.Inv($"MaterialChange {Kind} by {RecordedBy}");
}
