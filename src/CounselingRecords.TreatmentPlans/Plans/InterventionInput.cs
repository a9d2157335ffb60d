using CounselingRecords.Care;
using CounselingRecords.Identity;
using CounselingRecords.Privacy;

namespace CounselingRecords.TreatmentPlans.Plans;

/// <summary>An intervention as entered. <see cref="Id"/> is empty for a new intervention and kept for an existing one.</summary>
[ProtectedHealthInformation]
public sealed record InterventionInput
{
    /// <summary>Gets the id of an existing intervention, or <see langword="null"/> for a new one.</summary>
    public InterventionId? Id { get; init; }

    /// <summary>Gets the approach or technique.</summary>
    public string Approach { get; init; } = string.Empty;

    /// <summary>Gets how it is delivered, if fixed.</summary>
    public Modality? Delivery { get; init; }

    /// <summary>Gets the sessions per period.</summary>
    public int Sessions { get; init; } = 1;

    /// <summary>Gets the period.</summary>
    public FrequencyUnit Per { get; init; } = FrequencyUnit.Week;

    /// <summary>Gets the planned length of a session in minutes, if stated.</summary>
    public int? MinutesPerSession { get; init; }

    /// <summary>Gets the clinician responsible.</summary>
    public ClinicianId ResponsibleClinician { get; init; }

    /// <inheritdoc />
    public override string ToString() => Internal.Inv($"InterventionInput {(Id?.ToString() ?? "new")}");
}
