namespace CounselingRecords.Billing.Payers;

/// <summary>How a payer's timely-filing limit is counted (R2.8).</summary>
public enum TimelyFilingKind
{
    /// <summary>Medicare fee-for-service: one calendar year after the date of service, rolled to the next workday (42 CFR 424.44).</summary>
    OneCalendarYear,

    /// <summary>A number of calendar days after the date of service, as many commercial contracts state (often 90–180).</summary>
    DaysAfterService,
}
