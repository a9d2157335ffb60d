using CounselingRecords.Care;
using CounselingRecords.Coding;
using CounselingRecords.Identity;
using CounselingRecords.Testing.Conformance.Visits.Specifications;
using CounselingRecords.Testing.Identity;
using NodaTime;

namespace CounselingRecords.Testing.Conformance.Visits;

/// <summary>The conformance scenario of <see cref="ConformanceVisit"/>: its data set and every shape of specification the stores must evaluate.</summary>
public sealed class ConformanceVisitScenario : AggregateScenario<ConformanceVisit>
{
    /// <inheritdoc />
    public override IReadOnlyList<SpecificationCase<ConformanceVisit>> Specifications { get; } =
    [
        SpecificationCase<ConformanceVisit>.Of("clinician 1 on 2026-01-06", new VisitsForClinicianDaySpec(TestIds.Numbered<ClinicianId>(1), new LocalDate(2026, 1, 6))),
        SpecificationCase<ConformanceVisit>.Of("clinician 3 on 2026-01-09", new VisitsForClinicianDaySpec(TestIds.Numbered<ClinicianId>(3), new LocalDate(2026, 1, 9))),
        SpecificationCase<ConformanceVisit>.Of("clinician 2 on a day without visits", new VisitsForClinicianDaySpec(TestIds.Numbered<ClinicianId>(2), new LocalDate(2027, 1, 1))),
        SpecificationCase<ConformanceVisit>.Of("client 3", new VisitsForClientSpec(TestIds.Numbered<ClientId>(3))),
        SpecificationCase<ConformanceVisit>.Of("cancelled", new VisitsWithStatusSpec(ConformanceVisitStatus.Cancelled)),
        SpecificationCase<ConformanceVisit>.Of("booked", new VisitsWithStatusSpec(ConformanceVisitStatus.Booked)),
        SpecificationCase<ConformanceVisit>.Of("diagnosis F41.1 (in memory only)", new VisitsWithDiagnosisSpec(DiagnosisCode.Parse("F41.1"))),
        SpecificationCase<ConformanceVisit>.Of("upcoming from 2026-01-06, page 2", new UpcomingVisitsSpec(new LocalDateTime(2026, 1, 6, 0, 0), 2, 5)),
        SpecificationCase<ConformanceVisit>.Of("booked in the first week of December", new VisitsBookedBetweenSpec(Instant.FromUtc(2025, 12, 1, 0, 0), Instant.FromUtc(2025, 12, 8, 0, 0))),
        SpecificationCase<ConformanceVisit>.Of("follow-up due by 2026-02-10", new VisitsDueForFollowUpSpec(new LocalDate(2026, 2, 10))),
        SpecificationCase<ConformanceVisit>.Of("clinician 2 by video or audio", new VisitsInModalitiesSpec(TestIds.Numbered<ClinicianId>(2), [Modality.Video, Modality.AudioOnly])),
        SpecificationCase<ConformanceVisit>.Of("visit 7 by id", new VisitByIdSpec(TestIds.Numbered<AppointmentId>(7))),
        SpecificationCase<ConformanceVisit>.Of("unknown visit by id", new VisitByIdSpec(TestIds.Numbered<AppointmentId>(99_999))),
        SpecificationCase<ConformanceVisit>.Projection("starts of clinician 3", new VisitStartsForClinicianSpec(TestIds.Numbered<ClinicianId>(3))),
    ];

    /// <inheritdoc />
    public override ConformanceVisit Create(int number) => ConformanceVisits.Create(number);

    /// <inheritdoc />
    public override ConformanceVisit Change(ConformanceVisit aggregate, int number) => ConformanceVisits.Change(aggregate, number);

    /// <inheritdoc />
    public override bool AreEquivalent(ConformanceVisit expected, ConformanceVisit actual) => expected == actual;
}
