namespace CounselingRecords.Billing.Ledger;

/// <summary>Where unapplied credit was applied (R6.4: with the client's consent).</summary>
/// <param name="Designation">The charges, date of service, or oldest-first.</param>
public sealed record CreditApplicationDetails(PaymentDesignation Designation)
{
    /// <summary>Gets the designation.</summary>
    public PaymentDesignation Designation { get; init; } = Designation ?? throw new ArgumentNullException(nameof(Designation));
}
