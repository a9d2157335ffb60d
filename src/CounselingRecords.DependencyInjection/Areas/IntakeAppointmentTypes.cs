using System.Collections.Immutable;
using CounselingRecords.Identity;

namespace CounselingRecords.DependencyInjection.Areas;

/// <summary>The practice's intake appointment types, as given to <c>UseIntakeAppointmentTypes</c>.</summary>
/// <param name="Types">The intake appointment types; at least one.</param>
internal sealed record IntakeAppointmentTypes(ImmutableArray<AppointmentTypeId> Types);
