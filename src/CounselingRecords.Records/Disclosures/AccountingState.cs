namespace CounselingRecords.Records.Disclosures;

/// <summary>Where a request for an accounting of disclosures stands on a date (R7.9).</summary>
public enum AccountingState
{
    /// <summary>Not provided yet; the due date is today or later.</summary>
    Open,

    /// <summary>Not provided and the due date has passed.</summary>
    Overdue,

    /// <summary>Provided on or before the due date.</summary>
    ProvidedOnTime,

    /// <summary>Provided after the due date.</summary>
    ProvidedLate,
}
