using CounselingRecords.Identity;
using NodaTime;

namespace CounselingRecords.Scheduling.Slots;

/// <summary>A free slot: the clinician, the instants, and the start as the client and the clinician each see it (S6.1).</summary>
/// <param name="Clinician">The clinician.</param>
/// <param name="Start">The start.</param>
/// <param name="End">The end.</param>
/// <param name="StartForClient">The start in the client's zone.</param>
/// <param name="StartForClinician">The start in the clinician's availability zone.</param>
/// <param name="Location">The location, for in-person sessions.</param>
public sealed record Slot(ClinicianId Clinician, Instant Start, Instant End, ZonedDateTime StartForClient, ZonedDateTime StartForClinician, LocationId? Location);
