namespace CounselingRecords.Practice;

/// <summary>
/// The record type names the practice workflows use in task subjects and audit entries for records whose area
/// names none (an appointment, a treatment plan, a client ledger, a recorded cancellation outcome).
/// </summary>
public static class PracticeRecordTypes
{
    /// <summary>A scheduling appointment.</summary>
    public const string Appointment = "Appointment";

    /// <summary>A treatment plan.</summary>
    public const string TreatmentPlan = "TreatmentPlan";

    /// <summary>A client's billing ledger.</summary>
    public const string ClientLedger = "ClientLedger";

    /// <summary>A recorded cancellation or no-show outcome.</summary>
    public const string CancellationOutcome = "CancellationOutcome";
}
