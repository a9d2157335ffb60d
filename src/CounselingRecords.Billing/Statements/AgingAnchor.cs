namespace CounselingRecords.Billing.Statements;

/// <summary>The date an open amount is aged from (R6.5: the date of service is preferred).</summary>
public enum AgingAnchor
{
    /// <summary>The date of service (preferred).</summary>
    DateOfService,

    /// <summary>The date the amount became the client's responsibility (the ERA posting date for PR amounts).</summary>
    ResponsibilityDate,
}
