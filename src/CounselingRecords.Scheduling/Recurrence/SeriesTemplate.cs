using System.Collections.Immutable;
using CounselingRecords.Care;
using CounselingRecords.Identity;
using NodaTime;

namespace CounselingRecords.Scheduling.Recurrence;

/// <summary>What every occurrence of a new series is booked with.</summary>
internal sealed record SeriesTemplate(
    ClinicianId Clinician,
    ImmutableArray<ClinicianId> AdditionalClinicians,
    ImmutableArray<ClientId> Clients,
    int Capacity,
    AppointmentTypeId AppointmentTypeId,
    Modality Modality,
    Duration Duration,
    Duration BufferBefore,
    Duration BufferAfter,
    LocationId? Location,
    RoomId? Room);
