using CounselingRecords.Identity;

namespace CounselingRecords.Billing.Catalog;

/// <summary>Who a fee is for: the rendering clinician, the payer billed (none for self-pay) and the client.</summary>
/// <param name="Clinician">The rendering clinician, if known.</param>
/// <param name="Payer">The payer billed, or <see langword="null"/> for self-pay.</param>
/// <param name="Client">The client.</param>
public readonly record struct FeeParties(ClinicianId? Clinician, PayerId? Payer, ClientId? Client)
{
    /// <summary>Gets a value indicating whether the service is self-pay (no payer billed).</summary>
    public bool IsSelfPay => Payer is null;
}
