using CounselingRecords.Privacy;

namespace CounselingRecords.Billing.Statements;

/// <summary>Who a statement is for: the guarantor, the client and the mailing address (R6.6).</summary>
/// <param name="GuarantorName">The person responsible for payment.</param>
/// <param name="ClientName">The client.</param>
/// <param name="MailingAddress">The mailing address.</param>
[ProtectedHealthInformation]
public sealed record StatementRecipient(string GuarantorName, string ClientName, string MailingAddress)
{
    /// <summary>Prints no names.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => "StatementRecipient";
}
