namespace CounselingRecords.Billing.Catalog;

/// <summary>Why a quote has, or has not, a sliding-fee discount.</summary>
public enum DiscountBasis
{
    /// <summary>The client's sliding-fee decision was applied (it may still give zero, for example above 200% FPG).</summary>
    SlidingScale,

    /// <summary>The service is billed to a payer; the sliding scale applies to self-pay services only.</summary>
    BilledToPayer,

    /// <summary>The service is a fee, not a clinical service; the sliding scale does not apply.</summary>
    NotAClinicalService,
}
