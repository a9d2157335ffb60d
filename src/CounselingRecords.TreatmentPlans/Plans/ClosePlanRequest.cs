using CounselingRecords.Identity;
using CounselingRecords.Privacy;
using NodaTime;

namespace CounselingRecords.TreatmentPlans.Plans;

/// <summary>A request to close a plan, checked by <see cref="ClosePlanRequestValidator"/>.</summary>
[ProtectedHealthInformation]
public sealed record ClosePlanRequest
{
    /// <summary>Gets the date the plan ends.</summary>
    public LocalDate ClosedOn { get; init; }

    /// <summary>Gets why.</summary>
    public PlanClosureReason Reason { get; init; }

    /// <summary>Gets a note, required for <see cref="PlanClosureReason.Other"/>.</summary>
    public string? Note { get; init; }

    /// <summary>Gets the clinician closing it.</summary>
    public ClinicianId ClosedBy { get; init; }

    /// <summary>Gets when it is recorded.</summary>
    public Instant RecordedAt { get; init; }

    /// <inheritdoc />
    public override string ToString() => Internal.Inv($"ClosePlanRequest {Reason} by {ClosedBy}");
}
