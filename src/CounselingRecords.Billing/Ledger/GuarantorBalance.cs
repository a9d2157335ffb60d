using CounselingRecords.Finance;

namespace CounselingRecords.Billing.Ledger;

/// <summary>What one guarantor (an alternate bill-to person) owes on the client-responsibility lines addressed to them.</summary>
/// <param name="Guarantor">The host's reference for the guarantor.</param>
/// <param name="Open">The open amount.</param>
public sealed record GuarantorBalance(string Guarantor, Money Open);
