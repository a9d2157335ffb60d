using System.Collections.Immutable;
using CounselingRecords.Billing.Catalog;
using CounselingRecords.Billing.Ledger;
using CounselingRecords.Finance;

namespace CounselingRecords.Billing.Statements;

/// <summary>
/// Produces itemized statements from a client ledger in one pass over its entries: the opening balance from the
/// entries before the period, the period's activity and totals, each service's amounts as derived by the ledger,
/// and aging as of the statement date (R6.5, R6.6). Amounts are the ledger's; nothing is rounded again (R6.10:
/// rounding happens once, at the line, when a fee or discount is computed).
/// </summary>
public sealed class StatementGenerator
{
    /// <summary>Initializes a new instance of the <see cref="StatementGenerator"/> class.</summary>
    /// <param name="settings">The practice's statement settings.</param>
    /// <param name="catalog">The service catalog, for plain-language service names; codes only when null.</param>
    public StatementGenerator(StatementSettings settings, ServiceCatalog? catalog = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        Settings = settings;
        Catalog = catalog;
    }

    /// <summary>Gets the settings.</summary>
    public StatementSettings Settings { get; }

    /// <summary>Gets the catalog, if any.</summary>
    public ServiceCatalog? Catalog { get; }

    /// <summary>Produces the statement of a client's ledger for a period.</summary>
    /// <param name="ledger">The ledger.</param>
    /// <param name="request">The statement to produce.</param>
    /// <returns>The statement.</returns>
    public Statement Generate(ClientLedger ledger, StatementRequest request)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        ArgumentNullException.ThrowIfNull(request);
        var start = request.Period.Start;
        var end = request.Period.End;
        var entries = ledger.Entries;
        var state = entries.IsEmpty || entries[^1].PostedOn <= end ? ledger.State : Replay(ledger, end);
        var currency = ledger.Currency;

        var opening = 0m;
        var charges = 0m;
        var discounts = 0m;
        var adjustments = 0m;
        var insurance = 0m;
        var payments = 0m;
        var refunds = 0m;
        var touched = new bool[state.Lines.Count];
        var lineNotes = new List<Explanation>?[state.Lines.Count];
        var activity = ImmutableArray.CreateBuilder<StatementActivity>();
        var count = state.Entries.Count;
        for (var i = 0; i < count; i++)
        {
            var entryState = state.Entries[i];
            var entry = entryState.Entry;
            var inPeriod = entry.PostedOn >= start;
            var reversal = entry.Kind == LedgerEntryKind.Reversal;
            var source = reversal ? state.Entries[state.TryGetEntry(entry.Reversal!.Reverses, out var target) ? target.Index : i].Entry : entry;
            var sign = reversal ? -1m : 1m;
            Effect(source, out var charge, out var discount, out var adjustment, out var paid, out var payment, out var refund);
            var effect = sign * (charge - discount - adjustment - paid - payment + refund);
            if (entryState.Line is { } lineIndex && entry.Kind != LedgerEntryKind.Charge)
            {
                (lineNotes[lineIndex] ??= []).Add(entry.Explanation);
            }

            if (!inPeriod)
            {
                opening += effect;
                continue;
            }

            charges += sign * charge;
            discounts += sign * discount;
            adjustments += sign * adjustment;
            insurance += sign * paid;
            payments += sign * payment;
            refunds += sign * refund;
            if (entryState.Line is { } touchedLine)
            {
                touched[touchedLine] = true;
            }

            activity.Add(new StatementActivity(
                entry.Id, entry.PostedOn, Kind(entry), LineCharge(state, entryState), entry.Amount, new Money(effect, currency), entry.Explanation));
        }

        foreach (var allocation in state.Allocations)
        {
            var payment = state.Entries[allocation.Source].Entry;
            var appliedBy = state.Entries[allocation.AppliedBy].Entry;
            if (appliedBy.PostedOn >= start)
            {
                touched[allocation.Line] = true;
            }

            (lineNotes[allocation.Line] ??= []).Add(new Explanation(
                "R6.1",
                appliedBy.Kind == LedgerEntryKind.CreditApplication
                    ? $"{new Money(allocation.Amount, currency)} of the client payment of {payment.PostedOn:uuuu-MM-dd} applied from credit on {appliedBy.PostedOn:uuuu-MM-dd}."
                    : $"{new Money(allocation.Amount, currency)} of the client payment of {payment.PostedOn:uuuu-MM-dd} applied to this service."));
        }

        var clientAging = new decimal[5];
        var insuranceAging = new decimal[5];
        var shown = new List<int>();
        var clientOpen = 0m;
        var payerOpen = 0m;
        for (var l = 0; l < state.Lines.Count; l++)
        {
            var line = state.Lines[l];
            var lineClientOpen = line.ClientOpen;
            var linePayerOpen = line.PayerOpen;
            clientOpen += lineClientOpen;
            payerOpen += linePayerOpen;
            if (lineClientOpen > 0m)
            {
                var anchor = Settings.AgingAnchor == AgingAnchor.ResponsibilityDate ? line.ResponsibilityDate ?? line.Details.DateOfService : line.Details.DateOfService;
                clientAging[(int)AgingBuckets.BucketFor(AgingBuckets.AgeInDays(anchor, request.StatementDate))] += lineClientOpen;
            }

            if (linePayerOpen > 0m)
            {
                insuranceAging[(int)AgingBuckets.BucketFor(AgingBuckets.AgeInDays(line.Details.DateOfService, request.StatementDate))] += linePayerOpen;
            }

            if (!touched[l] && lineClientOpen == 0m && linePayerOpen == 0m)
            {
                continue;
            }

            shown.Add(l);
        }

        // Services by date of service, then in posting order.
        shown.Sort((a, b) =>
        {
            var byDate = state.Lines[a].Details.DateOfService.CompareTo(state.Lines[b].Details.DateOfService);
            return byDate != 0 ? byDate : a.CompareTo(b);
        });
        var services = ImmutableArray.CreateBuilder<StatementServiceLine>(shown.Count);
        foreach (var l in shown)
        {
            services.Add(ToServiceLine(state, state.Lines[l], lineNotes[l], start, currency));
        }

        var credit = 0m;
        foreach (var entryState in state.Entries)
        {
            credit += entryState.Credit;
        }

        var closing = opening + charges - discounts - adjustments - insurance - payments + refunds;
        var totals = new StatementTotals(
            M(opening), M(charges), M(discounts), M(adjustments), M(insurance), M(payments), M(refunds), M(closing), M(payerOpen), M(clientOpen), M(credit));
        return new Statement(
            request.Statement, ledger.Client, request.AccountNumber, request.Recipient, Settings.Practice, request.Period, request.StatementDate,
            request.StatementDate.PlusDays(Settings.DueInDays), services.MoveToImmutable(), activity.ToImmutable(), totals,
            Buckets(clientAging), Buckets(insuranceAging), Settings.PaymentOptions, Settings.FinancialAssistanceNotice, Settings.DisputeContact);

        Money M(decimal amount) => new(amount, currency);

        AgingBuckets Buckets(decimal[] b) => new(M(b[0]), M(b[1]), M(b[2]), M(b[3]), M(b[4]));
    }

    private static LedgerState Replay(ClientLedger ledger, NodaTime.LocalDate end)
    {
        var state = new LedgerState(ledger.Currency, ledger.AllocationOrder);
        foreach (var entry in ledger.Entries)
        {
            if (entry.PostedOn > end)
            {
                break;
            }

            state.Apply(entry);
        }

        return state;
    }

    private static void Effect(LedgerEntry entry, out decimal charge, out decimal discount, out decimal adjustment, out decimal paid, out decimal payment, out decimal refund)
    {
        charge = discount = adjustment = paid = payment = refund = 0m;
        var amount = entry.Amount.Amount;
        switch (entry.Kind)
        {
            case LedgerEntryKind.Charge:
                charge = amount;
                break;
            case LedgerEntryKind.Adjustment when entry.Adjustment!.Type == AdjustmentType.SlidingScaleDiscount:
                discount = amount;
                break;
            case LedgerEntryKind.Adjustment:
                adjustment = amount;
                break;
            case LedgerEntryKind.InsurancePayment:
                paid = amount;
                adjustment = entry.InsurancePayment!.PayerAdjustments.Amount;
                break;
            case LedgerEntryKind.ClientPayment:
                payment = amount;
                break;
            case LedgerEntryKind.Refund:
                refund = amount;
                break;
        }
    }

    private static StatementActivityKind Kind(LedgerEntry entry) => entry.Kind switch
    {
        LedgerEntryKind.Charge => StatementActivityKind.Charge,
        LedgerEntryKind.Adjustment => entry.Adjustment!.Type == AdjustmentType.SlidingScaleDiscount ? StatementActivityKind.Discount : StatementActivityKind.Adjustment,
        LedgerEntryKind.InsurancePayment => StatementActivityKind.InsurancePayment,
        LedgerEntryKind.ClientPayment => StatementActivityKind.ClientPayment,
        LedgerEntryKind.CreditApplication => StatementActivityKind.CreditApplied,
        LedgerEntryKind.Refund => StatementActivityKind.Refund,
        _ => StatementActivityKind.Reversal,
    };

    private static CounselingRecords.Identity.ChargeId? LineCharge(LedgerState state, LedgerState.EntryState entry) =>
        entry.Line is { } line ? state.Lines[line].Details.Charge : null;

    private StatementServiceLine ToServiceLine(LedgerState state, LedgerState.LineState line, List<Explanation>? notes, NodaTime.LocalDate start, Currency currency)
    {
        var details = line.Details;
        var chargeEntry = state.Entries[line.EntryIndex].Entry;
        var explanations = ImmutableArray.CreateBuilder<Explanation>(1 + (notes?.Count ?? 0));
        explanations.Add(chargeEntry.Explanation);
        if (notes is not null)
        {
            explanations.AddRange(notes);
        }

        var description = Catalog is not null && details.Kind == ChargeKind.Service && Catalog.TryFindByCode(details.Code, out var service)
            ? service.Name
            : StatementServiceLine.DescriptionFor(details.Kind);
        return new StatementServiceLine(
            details.Charge,
            details.DateOfService,
            details.Code,
            details.Modifiers,
            description,
            details.Clinician,
            details.BillTo,
            new Money(line.IsReversed ? 0m : line.Fee, currency),
            new Money(line.SlidingScaleDiscount, currency),
            new Money(line.InsurancePaid, currency),
            new Money(line.PayerAdjustments + line.ContractualAdjustments + line.OtherClientAdjustments, currency),
            new Money(line.ClientShare, currency),
            new Money(line.ClientPaid, currency),
            new Money(line.ClientOpen, currency),
            new Money(line.PayerOpen, currency),
            chargeEntry.PostedOn >= start,
            line.IsReversed,
            explanations.MoveToImmutable());
    }
}
