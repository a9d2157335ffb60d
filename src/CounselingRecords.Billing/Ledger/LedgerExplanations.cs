using System.Text;
using CounselingRecords.Finance;

namespace CounselingRecords.Billing.Ledger;

/// <summary>The sentences the ledger writes on the entries it creates.</summary>
internal static class LedgerExplanations
{
    public static Explanation Adjustment(AdjustmentRequest request) => new(
        request.Type == AdjustmentType.SlidingScaleDiscount ? "R5.1" : "R6.9",
        $"{Describe(request.Type)} of {request.Amount} on charge {request.Charge} (reason {request.ReasonCode})"
        + (string.IsNullOrWhiteSpace(request.Note) ? "." : $": {request.Note}."));

    public static Explanation ClientPayment(ClientPaymentRequest request)
    {
        var reference = string.IsNullOrWhiteSpace(request.Reference) ? string.Empty : $" (ref. {request.Reference})";
        var target = request.Designation.Kind switch
        {
            DesignationKind.Charges => $"designated by the client for {string.Join(", ", request.Designation.Charges)}; any excess stays as unapplied credit",
            DesignationKind.DateOfService => $"designated by the client for the services of {request.Designation.DateOfService:uuuu-MM-dd}; any excess stays as unapplied credit",
            DesignationKind.PointOfServiceCopay => $"copay collected at the point of service for {request.Designation.DateOfService:uuuu-MM-dd}, applied to that date of service",
            _ => "not designated: applied to the oldest open client-responsibility line first; any excess stays as unapplied credit",
        };
        return new Explanation("R6.1", $"Client payment {request.Amount} by {Describe(request.Method)}{reference}, {target}.");
    }

    public static Explanation InsurancePayment(InsurancePaymentRequest request, string code)
    {
        var text = new StringBuilder();
        text.Append($"Payer {request.Payer} adjudicated {code} on charge {request.Charge}: billed {request.Billed}, allowed {request.Allowed}, paid {request.Paid}");
        foreach (var adjustment in request.Adjustments)
        {
            text.Append(adjustment.IsClientResponsibility
                ? $"; {adjustment.GroupCode}-{adjustment.ReasonCode} {adjustment.Describe()} {adjustment.Amount} becomes the client's responsibility"
                : $"; {adjustment.GroupCode}-{adjustment.ReasonCode} {adjustment.Describe()} {adjustment.Amount} is written off and never billed to the client");
        }

        text.Append('.');
        return new Explanation("R6.2", text.ToString());
    }

    public static Explanation CreditApplication(CreditApplicationRequest request) => new(
        "R6.4",
        $"Unapplied credit of {request.Amount} applied with the client's consent to "
        + request.Designation.Kind switch
        {
            DesignationKind.Charges => string.Join(", ", request.Designation.Charges) + ".",
            DesignationKind.DateOfService => $"the services of {request.Designation.DateOfService:uuuu-MM-dd}.",
            _ => "the oldest open lines first.",
        });

    public static Explanation Refund(RefundRequest request) => new(
        "R6.4",
        $"Refund of unapplied credit {request.Amount} by {Describe(request.Method)}"
        + (string.IsNullOrWhiteSpace(request.Reference) ? "." : $" (ref. {request.Reference})."));

    public static Explanation Reversal(LedgerEntry reversed, string reason) => new(
        "R6.9",
        $"Reverses the {Describe(reversed.Kind)} of {reversed.Amount} posted {reversed.PostedOn:uuuu-MM-dd} ({reversed.Id}): {reason}. The original entry is kept.");

    public static string Describe(AdjustmentType type) => type switch
    {
        AdjustmentType.Contractual => "Contractual adjustment",
        AdjustmentType.SlidingScaleDiscount => "Sliding-fee discount",
        AdjustmentType.Courtesy => "Courtesy discount",
        AdjustmentType.SmallBalance => "Small-balance write-off",
        AdjustmentType.BadDebt => "Bad-debt write-off",
        AdjustmentType.GoodFaithEstimateDisputeSettlement => "Good Faith Estimate dispute settlement",
        _ => "Charity care adjustment",
    };

    public static string Describe(LedgerEntryKind kind) => kind switch
    {
        LedgerEntryKind.Charge => "charge",
        LedgerEntryKind.Adjustment => "adjustment",
        LedgerEntryKind.ClientPayment => "client payment",
        LedgerEntryKind.InsurancePayment => "insurance payment",
        LedgerEntryKind.CreditApplication => "credit application",
        LedgerEntryKind.Refund => "refund",
        _ => "reversal",
    };

    public static string Describe(PaymentMethod method) => method switch
    {
        PaymentMethod.Cash => "cash",
        PaymentMethod.Check => "check",
        PaymentMethod.Card => "card",
        PaymentMethod.BankTransfer => "bank transfer",
        PaymentMethod.ElectronicFundsTransfer => "EFT",
        PaymentMethod.Barter => "barter under a written contract",
        _ => "other means",
    };

    public static string Format(Money amount) => amount.ToString();
}
