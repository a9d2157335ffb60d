namespace CounselingRecords.Billing.Estimates;

/// <summary>
/// The notice of the right to a Good Faith Estimate (R3.8; 45 CFR 149.610(b)(1)(iii)), in the library's own words:
/// uninsured and self-pay clients are told orally and in writing, and the notice is posted in the office and on the
/// practice's website.
/// </summary>
public static class GfeNoticeText
{
    /// <summary>The rule id of the notice.</summary>
    public const string RuleId = "R3.8";

    /// <summary>The written notice (for the office posting, the website and the client's copy).</summary>
    public const string Written =
        "You have the right to receive a \"Good Faith Estimate\" explaining how much your medical care will cost. "
        + "Under the law, health care providers need to give patients who don't have insurance or who are not using insurance an estimate of the bill for medical items and services. "
        + "You have the right to receive a Good Faith Estimate for the total expected cost of any non-emergency items or services, including related costs like medical tests, prescription drugs, equipment and hospital fees. "
        + "Make sure your health care provider gives you a Good Faith Estimate in writing at least 1 business day before your medical service or item. You can also ask your health care provider, and any other provider you choose, for a Good Faith Estimate before you schedule an item or service. "
        + "If you receive a bill that is at least $400 more than your Good Faith Estimate, you can dispute the bill. "
        + "Make sure to save a copy or picture of your Good Faith Estimate. For questions or more information about your right to a Good Faith Estimate, visit www.cms.gov/nosurprises.";

    /// <summary>The short oral notice staff give when a client schedules or asks about cost.</summary>
    public const string Oral =
        "Because you are not using insurance for this visit, you have the right to a written Good Faith Estimate of the expected charges. "
        + "We will give it to you in writing, and you can ask us for one at any time.";

    /// <summary>Where the written notice is posted: in the office and on the website (R3.8).</summary>
    public const string Posting =
        "Post the written notice prominently in the office where clients schedule and on the practice's website, and give a copy to each uninsured or self-pay client.";
}
