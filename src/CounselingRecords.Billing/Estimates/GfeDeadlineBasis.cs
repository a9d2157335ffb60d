namespace CounselingRecords.Billing.Estimates;

/// <summary>Which timing rule of R3.2 set a Good Faith Estimate's deadline.</summary>
public enum GfeDeadlineBasis
{
    /// <summary>Scheduled at least 10 business days ahead: due within 3 business days of scheduling.</summary>
    ScheduledTenOrMoreBusinessDaysAhead,

    /// <summary>Scheduled at least 3 business days ahead: due within 1 business day of scheduling.</summary>
    ScheduledThreeOrMoreBusinessDaysAhead,

    /// <summary>Requested: due within 3 business days of the request.</summary>
    Requested,

    /// <summary>Scheduled fewer than 3 business days ahead and not requested: not required.</summary>
    NotRequired,
}
