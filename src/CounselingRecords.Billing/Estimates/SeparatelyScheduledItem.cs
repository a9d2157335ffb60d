namespace CounselingRecords.Billing.Estimates;

/// <summary>An item or service that needs separate scheduling, with how to get its own GFE (R3.5 item 6).</summary>
/// <param name="Description">The item or service.</param>
/// <param name="Instructions">How to obtain a Good Faith Estimate for it.</param>
public sealed record SeparatelyScheduledItem(string Description, string Instructions);
