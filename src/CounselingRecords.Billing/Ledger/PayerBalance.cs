using CounselingRecords.Finance;
using CounselingRecords.Identity;

namespace CounselingRecords.Billing.Ledger;

/// <summary>What one payer still owes (or has not yet adjudicated) on a client's account.</summary>
/// <param name="Payer">The payer.</param>
/// <param name="Open">The open amount.</param>
public sealed record PayerBalance(PayerId Payer, Money Open);
