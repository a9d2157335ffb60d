namespace CounselingRecords.Samples.Practice.Simulation;

/// <summary>Counts of what the simulation did (all deterministic; the timings are measured by the runner).</summary>
internal sealed class SimulationStats
{
    public int Appointments { get; set; }

    public int SeriesBooked { get; set; }

    public int Completed { get; set; }

    public int NotesSigned { get; set; }

    public int LateNotes { get; set; }

    public int CoSigned { get; set; }

    public int Addenda { get; set; }

    public int Charges { get; set; }

    public int Claims { get; set; }

    public int InsurancePayments { get; set; }

    public int ClientPayments { get; set; }

    public int MissedRecorded { get; set; }

    public int FeesCharged { get; set; }

    public int ZeroFeeRecords { get; set; }

    public int Intakes { get; set; }

    public int Measurements { get; set; }

    public int ObjectivesAchievedByRule { get; set; }

    public int DocumentsWritten { get; set; }

    public int Refusals { get; set; }
}
