using System.Collections.Immutable;
using CounselingRecords.Billing.Ledger;
using CounselingRecords.Results;
using CounselingRecords.Validation;
using NodaTime;

namespace CounselingRecords.Billing.Claims;

/// <summary>Builds a superbill from ledger charges (R2.10): the fee at the full rate, discounts, what the client paid and the balance due.</summary>
public static class SuperbillBuilder
{
    private static readonly SuperbillValidator Validator = new();

    /// <summary>Builds and validates a superbill.</summary>
    /// <param name="ledger">The client's ledger.</param>
    /// <param name="provider">The provider block.</param>
    /// <param name="providerSignature">The provider's signature line.</param>
    /// <param name="client">The client block.</param>
    /// <param name="lines">The charges with their diagnoses.</param>
    /// <param name="issuedOn">The date issued.</param>
    /// <returns>The superbill, or the first rule it breaks.</returns>
    public static Result<Superbill> Build(ClientLedger ledger, ProviderIdentity provider, string providerSignature, SuperbillClient client, ImmutableArray<SuperbillLineInput> lines, LocalDate issuedOn)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        var byCharge = ledger.Snapshot().Lines.ToDictionary(l => l.Charge);
        var built = ImmutableArray.CreateBuilder<SuperbillLine>(lines.IsDefault ? 0 : lines.Length);
        foreach (var input in lines.IsDefault ? [] : lines)
        {
            ArgumentNullException.ThrowIfNull(input, nameof(lines));
            if (!byCharge.TryGetValue(input.Charge, out var line) || line.IsReversed)
            {
                return Result.Failure<Superbill>(new DomainError(BillingErrorCodes.SuperbillUnknownCharge, $"The charge {input.Charge} is not an open charge of this client.", target: input.Charge.ToString()));
            }

            if (line.Kind != ChargeKind.Service)
            {
                return Result.Failure<Superbill>(new DomainError(BillingErrorCodes.SuperbillChargeNotClaimable, $"The charge {input.Charge} is a {line.Kind}, not a covered service.", "R4.4", input.Charge.ToString()));
            }

            var placeOfService = ledger.FindCharge(input.Charge)!.Charge!.PlaceOfService ?? string.Empty;
            built.Add(new SuperbillLine(
                input.Charge, line.DateOfService, placeOfService, line.Code, line.Modifiers, input.Diagnoses, line.Units, line.Fee,
                line.SlidingScaleDiscount + line.OtherClientAdjustments, line.ClientPaid + line.InsurancePaid, line.ClientOpen + line.PayerOpen));
        }

        return Validator.Check(new Superbill(provider, providerSignature, client, built.MoveToImmutable(), issuedOn));
    }
}
