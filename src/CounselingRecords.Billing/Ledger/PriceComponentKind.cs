namespace CounselingRecords.Billing.Ledger;

/// <summary>A part of a charge's full fee (FHIR Invoice.priceComponent).</summary>
public enum PriceComponentKind
{
    /// <summary>The base fee: a rate, rate × units, or a policy fee.</summary>
    BaseFee,

    /// <summary>A surcharge added to the base fee.</summary>
    Surcharge,

    /// <summary>A tax.</summary>
    Tax,
}
