using System.Collections.Immutable;
using CounselingRecords.Finance;
using CounselingRecords.Identity;
using NodaTime;

namespace CounselingRecords.Billing.Ledger;

/// <summary>Turns a replayed state into the public snapshot.</summary>
internal static class LedgerSnapshots
{
    public static LedgerSnapshot From(LedgerState state, LocalDate? asOf)
    {
        var currency = state.Currency;
        var lines = ImmutableArray.CreateBuilder<LedgerLine>(state.Lines.Count);
        var clientOpen = 0m;
        var byPayer = new Dictionary<PayerId, decimal>();
        var payerOrder = new List<PayerId>();
        var byGuarantor = new Dictionary<string, decimal>(StringComparer.Ordinal);
        var guarantorOrder = new List<string>();
        foreach (var line in state.Lines)
        {
            lines.Add(ToLine(state, line));
            clientOpen += line.ClientOpen;
            if (line.Details.Guarantor is { } guarantor)
            {
                if (!byGuarantor.TryGetValue(guarantor, out var owed))
                {
                    guarantorOrder.Add(guarantor);
                }

                byGuarantor[guarantor] = owed + line.ClientOpen;
            }

            if (line.Details.BillTo is { } payer)
            {
                if (!byPayer.TryGetValue(payer, out var open))
                {
                    payerOrder.Add(payer);
                }

                byPayer[payer] = open + line.PayerOpen;
            }
        }

        var allocations = ImmutableArray.CreateBuilder<PaymentAllocation>(state.Allocations.Count);
        foreach (var allocation in state.Allocations)
        {
            allocations.Add(new PaymentAllocation(
                state.Entries[allocation.Source].Entry.Id,
                state.Entries[allocation.AppliedBy].Entry.Id,
                state.Lines[allocation.Line].Details.Charge,
                new Money(allocation.Amount, currency)));
        }

        var credits = ImmutableArray.CreateBuilder<UnappliedCredit>();
        var credit = 0m;
        foreach (var entry in state.Entries)
        {
            if (entry.Credit > 0m)
            {
                credits.Add(new UnappliedCredit(entry.Entry.Id, new Money(entry.Credit, currency)));
                credit += entry.Credit;
            }
        }

        var payers = payerOrder.Select(p => new PayerBalance(p, new Money(byPayer[p], currency))).ToImmutableArray();
        return new LedgerSnapshot(
            asOf,
            lines.MoveToImmutable(),
            allocations.MoveToImmutable(),
            credits.ToImmutable(),
            new LedgerBalances(
                new Money(clientOpen, currency),
                payers,
                new Money(credit, currency),
                [.. guarantorOrder.Select(g => new GuarantorBalance(g, new Money(byGuarantor[g], currency)))]));
    }

    public static LedgerLine ToLine(LedgerState state, LedgerState.LineState line)
    {
        var currency = state.Currency;
        var details = line.Details;
        return new LedgerLine(
            details.Charge,
            state.Entries[line.EntryIndex].Entry.Id,
            details.DateOfService,
            details.Kind,
            details.Code,
            details.Modifiers,
            details.Units,
            details.Clinician,
            details.BillTo,
            new Money(line.Fee, currency),
            line.IsAdjudicated,
            new Money(line.InsurancePaid, currency),
            new Money(line.PayerAdjustments, currency),
            new Money(line.ContractualAdjustments, currency),
            new Money(line.PatientResponsibility, currency),
            new Money(line.SlidingScaleDiscount, currency),
            new Money(line.OtherClientAdjustments, currency),
            new Money(line.ClientShare, currency),
            new Money(line.ClientPaid, currency),
            new Money(line.ClientOpen, currency),
            new Money(line.PayerOpen, currency),
            line.ResponsibilityDate,
            line.IsReversed,
            details.Guarantor);
    }
}
