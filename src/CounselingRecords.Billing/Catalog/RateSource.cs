namespace CounselingRecords.Billing.Catalog;

/// <summary>
/// Where a rate came from. For self-pay the order is client cash rate, clinician rate, schedule rate, service
/// default; for insurance it is payer-and-clinician rate, payer rate, clinician rate, schedule rate, service
/// default. The most specific effective rate wins; between rates of the same scope the latest effective date wins.
/// </summary>
public enum RateSource
{
    /// <summary>The service's default rate in the catalog.</summary>
    ServiceDefault,

    /// <summary>An effective-dated rate with no scope (the practice's standard fee for its dates).</summary>
    Schedule,

    /// <summary>A rate for the rendering clinician.</summary>
    Clinician,

    /// <summary>A rate for the payer.</summary>
    Payer,

    /// <summary>A rate for the payer and the rendering clinician.</summary>
    PayerAndClinician,

    /// <summary>The client's agreed cash rate (self-pay only).</summary>
    ClientCashRate,
}
