namespace CounselingRecords.Billing.Estimates;

/// <summary>What changed between two Good Faith Estimates; any change needs a new GFE no later than one business day before the service (R3.4).</summary>
[Flags]
public enum GfeChanges
{
    /// <summary>Nothing changed.</summary>
    None = 0,

    /// <summary>The expected charges changed.</summary>
    ExpectedCharges = 1,

    /// <summary>The items or services changed.</summary>
    Items = 2,

    /// <summary>The frequency changed.</summary>
    Frequency = 4,

    /// <summary>The number of recurrences changed.</summary>
    Recurrences = 8,

    /// <summary>The duration (period of care or timeframe) changed.</summary>
    Duration = 16,

    /// <summary>The providers changed.</summary>
    Providers = 32,

    /// <summary>The facilities or locations changed.</summary>
    Facilities = 64,
}
