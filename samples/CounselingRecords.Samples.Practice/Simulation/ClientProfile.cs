using CounselingRecords.Billing.Payers;
using CounselingRecords.Finance;
using CounselingRecords.Identity;
using CounselingRecords.Policies.Cancellations;
using CounselingRecords.Practice.MissedAppointments;
using CounselingRecords.Records.Notes;
using CounselingRecords.Samples.Practice.Setup;
using NodaTime;

namespace CounselingRecords.Samples.Practice.Simulation;

/// <summary>
/// What the simulation knows about one client besides the stored records: who treats them, in which zone, how
/// they pay, their weekly slot and the running state the next step needs (last score, visit history, charges not
/// yet claimed). This is the host's bookkeeping, not a record of the library.
/// </summary>
internal sealed class ClientProfile
{
    public required int Number { get; init; }

    public required string FirstName { get; init; }

    public required string LastName { get; init; }

    public required LocalDate DateOfBirth { get; init; }

    public required StaffClinician Clinician { get; init; }

    public DateTimeZone Zone => Clinician.Zone;

    public required PayerKind PayerKind { get; init; }

    public required PayerProfile Payer { get; init; }

    public required ClientCoverage Coverage { get; init; }

    public required Money Copay { get; init; }

    public required string MemberId { get; init; }

    public required string Diagnosis { get; init; }

    public required string InstrumentCode { get; init; }

    public required bool IsNew { get; init; }

    public required bool Biweekly { get; init; }

    public required IsoDayOfWeek SlotDay { get; init; }

    public required LocalTime SlotTime { get; init; }

    /// <summary>For a new client, the day of the intake; for an established client, the day treatment began.</summary>
    public required LocalDate StartDate { get; init; }

    public bool ComesFromInquiry { get; init; }

    public ClientId Id { get; set; }

    public string ClientKey => Id.ToString();

    public TreatmentPlanId? PlanId { get; set; }

    public ObjectiveId? InstrumentObjective { get; set; }

    public ObjectiveId? CountObjective { get; set; }

    public int LastScore { get; set; }

    public string? LedgerKey { get; set; }

    public string? AcknowledgmentsKey { get; set; }

    public string? SlidingFeeKey { get; set; }

    public List<SessionServiceFacts> Visits { get; } = [];

    public List<CancellationOutcome> Outcomes { get; } = [];

    public List<ChargeId> Unclaimed { get; } = [];

    public List<string> ReviewTaskKeys { get; } = [];

    public string FullName => FirstName + " " + LastName;

}
