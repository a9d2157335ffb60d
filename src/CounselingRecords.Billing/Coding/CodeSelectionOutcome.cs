namespace CounselingRecords.Billing.Coding;

/// <summary>The outcome of code selection.</summary>
public enum CodeSelectionOutcome
{
    /// <summary>Codes were selected.</summary>
    Selected,

    /// <summary>A prescriber's E/M with under 16 psychotherapy minutes: report the E/M only, no psychotherapy code (R1.6).</summary>
    EvaluationAndManagementOnly,

    /// <summary>Nothing is reportable, or the facts describe an impossible combination; see the error code and rule.</summary>
    Refused,
}
