namespace CounselingRecords.Billing.SlidingScale;

/// <summary>How household income and size were established for a sliding-fee determination.</summary>
public enum IncomeEvidence
{
    /// <summary>The client attested to income and household size.</summary>
    SelfAttested,

    /// <summary>Documents were seen (pay stubs, tax return, benefit letter).</summary>
    Documented,
}
