namespace CounselingRecords.Billing.Estimates;

/// <summary>The disclaimers and statement every Good Faith Estimate carries (R3.5 items 7–8), in the library's own words.</summary>
public static class GoodFaithEstimateText
{
    /// <summary>Disclaimer (a): recommended additional items or services are scheduled separately and are not in this estimate.</summary>
    public const string AdditionalServices =
        "If other items or services are recommended as part of your care, they must be scheduled or requested separately and are not included in this estimate.";

    /// <summary>Disclaimer (b): this is only an estimate.</summary>
    public const string EstimateOnly =
        "This is only an estimate. The actual items, services or charges may differ from this estimate.";

    /// <summary>The statement that the estimate is not a contract (R3.5 item 8).</summary>
    public const string NotAContract =
        "This Good Faith Estimate is not a contract and does not require you to obtain the items or services listed.";

    /// <summary>
    /// Returns disclaimer (c): the right to start patient-provider dispute resolution when billed charges are
    /// substantially (at least $400) in excess, where to find how, and that doing so will not affect the quality of care.
    /// </summary>
    /// <param name="instructions">Where to find how to start the process.</param>
    /// <returns>The disclaimer.</returns>
    public static string DisputeRight(string instructions) =>
        "You have the right to start the patient-provider dispute resolution process if you are billed at least $400 more than this estimate for any provider or facility. "
        + $"To learn how: {instructions}. Starting a dispute will not affect the quality of care you receive.";
}
