using CounselingRecords.Billing.Barter;
using CounselingRecords.Identity;

namespace CounselingRecords.Billing.Ledger;

/// <summary>A client payment: its id, method, reference and designation.</summary>
/// <param name="Payment">The payment id.</param>
/// <param name="Method">How it was paid.</param>
/// <param name="Reference">A check number, the last four card digits or a transaction id; never a full card number.</param>
/// <param name="Designation">What the client designated it for (R6.1).</param>
/// <param name="Barter">For a barter payment, its documented terms (R5.5–R5.9).</param>
public sealed record ClientPaymentDetails(PaymentId Payment, PaymentMethod Method, string? Reference, PaymentDesignation Designation, BarterTerms? Barter)
{
    /// <summary>Gets the designation.</summary>
    public PaymentDesignation Designation { get; init; } = Designation ?? throw new ArgumentNullException(nameof(Designation));
}
