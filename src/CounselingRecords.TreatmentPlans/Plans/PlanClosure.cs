using CounselingRecords.Identity;
using CounselingRecords.Privacy;
using NodaTime;

namespace CounselingRecords.TreatmentPlans.Plans;

/// <summary>When, why and by whom a plan was closed.</summary>
[ProtectedHealthInformation]
public sealed record PlanClosure
{
    /// <summary>Initializes a new instance of the <see cref="PlanClosure"/> class.</summary>
    /// <param name="closedOn">The date the plan ended.</param>
    /// <param name="reason">Why.</param>
    /// <param name="note">A note, required for <see cref="PlanClosureReason.Other"/>.</param>
    /// <param name="closedBy">The clinician who closed it.</param>
    /// <param name="recordedAt">When it was recorded.</param>
    public PlanClosure(LocalDate closedOn, PlanClosureReason reason, string? note, ClinicianId closedBy, Instant recordedAt)
    {
        ClosedOn = closedOn;
        Reason = Internal.Defined(reason, nameof(reason));
        if (reason == PlanClosureReason.Other && string.IsNullOrWhiteSpace(note))
        {
            throw new ArgumentException("Closing for another reason needs a note.", nameof(note));
        }

        Note = string.IsNullOrWhiteSpace(note) ? null : note;
        ClosedBy = Internal.NotEmpty(closedBy, nameof(closedBy));
        RecordedAt = recordedAt;
    }

    /// <summary>Gets the date the plan ended.</summary>
    public LocalDate ClosedOn { get; }

    /// <summary>Gets why.</summary>
    public PlanClosureReason Reason { get; }

    /// <summary>Gets the note.</summary>
    public string? Note { get; }

    /// <summary>Gets the clinician who closed it.</summary>
    public ClinicianId ClosedBy { get; }

    /// <summary>Gets when it was recorded.</summary>
    public Instant RecordedAt { get; }

    /// <inheritdoc />
    public override string ToString() => Internal.Inv($"PlanClosure {Reason} by {ClosedBy}");
}
