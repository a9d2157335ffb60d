using CounselingRecords.Finance;
using CounselingRecords.Identity;
using CounselingRecords.Results;
using NodaTime;

namespace CounselingRecords.Billing.Ledger;

/// <summary>
/// Replays ledger entries in order and derives every line balance, allocation and credit from them (R6.1–R6.3).
/// Nothing it computes is stored on an entry. Applying an entry either succeeds completely or reports the first
/// rule it breaks; callers apply to a copy so a refused entry leaves no trace.
/// </summary>
internal sealed class LedgerState
{
    private readonly Dictionary<ChargeId, int> _lineByCharge;
    private readonly Dictionary<LedgerEntryId, int> _entryById;
    private readonly List<int> _order = [];

    public LedgerState(Currency currency, AllocationOrder allocationOrder)
    {
        Currency = currency;
        AllocationOrder = allocationOrder;
        Lines = [];
        Entries = [];
        Allocations = [];
        Draws = [];
        _lineByCharge = [];
        _entryById = [];
    }

    private LedgerState(LedgerState other)
    {
        Currency = other.Currency;
        AllocationOrder = other.AllocationOrder;
        Lines = other.Lines.ConvertAll(l => l.Clone());
        Entries = other.Entries.ConvertAll(e => e.Clone());
        Allocations = other.Allocations.ConvertAll(a => a.Clone());
        Draws = [.. other.Draws];
        _lineByCharge = new Dictionary<ChargeId, int>(other._lineByCharge);
        _entryById = new Dictionary<LedgerEntryId, int>(other._entryById);
        LastPostedOn = other.LastPostedOn;
    }

    public Currency Currency { get; }

    public AllocationOrder AllocationOrder { get; }

    public List<LineState> Lines { get; }

    public List<EntryState> Entries { get; }

    public List<AllocationState> Allocations { get; }

    public List<RefundDraw> Draws { get; }

    public LocalDate? LastPostedOn { get; private set; }

    public LedgerState Clone() => new(this);

    public bool TryGetLine(ChargeId charge, out LineState line)
    {
        if (_lineByCharge.TryGetValue(charge, out var index))
        {
            line = Lines[index];
            return true;
        }

        line = null!;
        return false;
    }

    public bool TryGetEntry(LedgerEntryId id, out EntryState entry)
    {
        if (_entryById.TryGetValue(id, out var index))
        {
            entry = Entries[index];
            return true;
        }

        entry = null!;
        return false;
    }

    public decimal TotalCredit()
    {
        var total = 0m;
        foreach (var entry in Entries)
        {
            total += entry.Credit;
        }

        return total;
    }

    /// <summary>Applies one entry; returns the rule it breaks, or null. On an error the state is unusable.</summary>
    public DomainError? Apply(LedgerEntry entry)
    {
        if (entry.Amount.Currency != Currency)
        {
            return Error(BillingErrorCodes.LedgerCurrencyMismatch, $"The entry is in {entry.Amount.Currency}; the ledger is in {Currency}.", null);
        }

        if (_entryById.ContainsKey(entry.Id))
        {
            return Error(BillingErrorCodes.LedgerEntryIdDuplicate, $"The entry id {entry.Id} is already on the ledger.", "R6.9");
        }

        if (LastPostedOn is { } last && entry.PostedOn < last)
        {
            return Error(BillingErrorCodes.LedgerPostingDateOutOfOrder, $"The entry is dated {entry.PostedOn:uuuu-MM-dd}, before the last entry's {last:uuuu-MM-dd}; post corrections on or after it.", "R6.9");
        }

        var index = Entries.Count;
        var state = new EntryState(entry, index);
        Entries.Add(state);
        _entryById[entry.Id] = index;
        LastPostedOn = entry.PostedOn;
        return entry.Kind switch
        {
            LedgerEntryKind.Charge => ApplyCharge(state),
            LedgerEntryKind.Adjustment => ApplyAdjustment(state),
            LedgerEntryKind.ClientPayment => ApplyClientPayment(state),
            LedgerEntryKind.InsurancePayment => ApplyInsurancePayment(state),
            LedgerEntryKind.CreditApplication => ApplyCreditApplication(state),
            LedgerEntryKind.Refund => ApplyRefund(state),
            _ => ApplyReversal(state),
        };
    }

    private static DomainError Error(string code, string message, string? rule) => new(code, message, rule);

    private DomainError? ApplyCharge(EntryState state)
    {
        var charge = state.Entry.Charge!;
        if (_lineByCharge.ContainsKey(charge.Charge))
        {
            return Error(BillingErrorCodes.LedgerChargeIdDuplicate, $"The charge {charge.Charge} is already on the ledger.", null);
        }

        if (charge.Kind != ChargeKind.Service && charge.BillTo is not null)
        {
            return Error(BillingErrorCodes.LedgerFeeNotBillableToPayer, $"A {charge.Kind} is billed to the client only, never to a payer or on a claim.", "R4.4");
        }

        if (charge.ExpectedClientShare.Currency != Currency)
        {
            return Error(BillingErrorCodes.LedgerCurrencyMismatch, $"The expected client share is in {charge.ExpectedClientShare.Currency}; the ledger is in {Currency}.", null);
        }

        var fee = state.Entry.Amount.Amount;
        var expected = charge.BillTo is null ? 0m : Math.Min(charge.ExpectedClientShare.Amount, fee);
        var line = new LineState(state.Index, charge, fee, expected)
        {
            ResponsibilityDate = charge.BillTo is null || expected > 0m ? charge.DateOfService : null,
        };
        _lineByCharge[charge.Charge] = Lines.Count;
        state.Line = Lines.Count;
        Lines.Add(line);

        // A copay collected at the point of service before its charge was posted goes to that charge now (R6.1).
        foreach (var source in Entries)
        {
            if (line.ClientOpen <= 0m)
            {
                break;
            }

            if (source.Credit > 0m && source.PendingCopayDate == charge.DateOfService)
            {
                var amount = Math.Min(source.Credit, line.ClientOpen);
                Allocate(source, source, Lines.Count - 1, amount);
            }
        }

        return null;
    }

    private DomainError? ApplyAdjustment(EntryState state)
    {
        var adjustment = state.Entry.Adjustment!;
        if (LineFor(adjustment.Charge, out var line, out var lineIndex) is { } missing)
        {
            return missing;
        }

        state.Line = lineIndex;
        var amount = state.Entry.Amount.Amount;
        if (adjustment.ReducesPayerShare)
        {
            if (line.Details.BillTo is null)
            {
                return Error(BillingErrorCodes.LedgerContractualAdjustmentRequiresPayer, $"The charge {adjustment.Charge} is billed to the client; a contractual adjustment applies to a payer's share.", "R6.2");
            }

            if (amount > line.PayerOpen)
            {
                return Error(BillingErrorCodes.LedgerAdjustmentExceedsBalance, $"The adjustment {state.Entry.Amount} exceeds the payer's open share {Money(line.PayerOpen)} of {adjustment.Charge}.", "R6.3");
            }

            line.ContractualAdjustments += amount;
            return null;
        }

        if (amount > line.ClientOpen)
        {
            return Error(BillingErrorCodes.LedgerAdjustmentExceedsBalance, $"The adjustment {state.Entry.Amount} exceeds the client's open share {Money(line.ClientOpen)} of {adjustment.Charge}.", "R6.3");
        }

        if (adjustment.Type == AdjustmentType.SlidingScaleDiscount)
        {
            line.SlidingScaleDiscount += amount;
        }
        else
        {
            line.OtherClientAdjustments += amount;
        }

        return null;
    }

    private DomainError? ApplyClientPayment(EntryState state)
    {
        var payment = state.Entry.ClientPayment!;
        state.Credit = state.Entry.Amount.Amount;
        if (Targets(payment.Designation, out var error) is not { } targets)
        {
            return error;
        }

        foreach (var lineIndex in targets)
        {
            if (state.Credit <= 0m)
            {
                break;
            }

            var open = Lines[lineIndex].ClientOpen;
            if (open > 0m)
            {
                Allocate(state, state, lineIndex, Math.Min(open, state.Credit));
            }
        }

        if (payment.Designation.Kind == DesignationKind.PointOfServiceCopay && state.Credit > 0m)
        {
            state.PendingCopayDate = payment.Designation.DateOfService;
        }

        return null;
    }

    private DomainError? ApplyInsurancePayment(EntryState state)
    {
        var posting = state.Entry.InsurancePayment!;
        if (LineFor(posting.Charge, out var line, out var lineIndex) is { } missing)
        {
            return missing;
        }

        state.Line = lineIndex;
        if (line.Details.BillTo != posting.Payer)
        {
            return Error(BillingErrorCodes.LedgerPayerMismatch, $"The charge {posting.Charge} is not billed to {posting.Payer}.", "R6.2");
        }

        var paid = state.Entry.Amount.Amount;
        var patient = posting.PatientResponsibility.Amount;
        var written = posting.PayerAdjustments.Amount;
        if (posting.Billed.Amount != paid + patient + written)
        {
            return Error(BillingErrorCodes.LedgerInsurancePostingUnbalanced, $"The line does not balance: billed {posting.Billed} ≠ paid {state.Entry.Amount} + adjustments {Money(patient + written)}.", "R6.2");
        }

        if (line.InsurancePaid + line.PayerAdjustments + line.PatientResponsibility + paid + patient + written > line.Fee - line.ContractualAdjustments)
        {
            return Error(BillingErrorCodes.LedgerInsurancePostingExceedsCharge, $"Payments and adjustments of {posting.Charge} would exceed its fee {Money(line.Fee)}.", "R6.3");
        }

        line.InsurancePaid += paid;
        line.PatientResponsibility += patient;
        line.PayerAdjustments += written;
        line.Adjudications++;
        if (patient > 0m && line.ResponsibilityDate is null)
        {
            line.ResponsibilityDate = state.Entry.PostedOn;
        }

        return Settle(lineIndex);
    }

    private DomainError? ApplyCreditApplication(EntryState state)
    {
        var amount = state.Entry.Amount.Amount;
        var credit = TotalCredit();
        if (amount > credit)
        {
            return Error(BillingErrorCodes.LedgerCreditInsufficient, $"Only {Money(credit)} of unapplied credit is available.", "R6.4");
        }

        if (Targets(state.Entry.CreditApplication!.Designation, out var error) is not { } targets)
        {
            return error;
        }

        var open = 0m;
        foreach (var lineIndex in targets)
        {
            open += Lines[lineIndex].ClientOpen;
        }

        if (amount > open)
        {
            return Error(BillingErrorCodes.LedgerCreditExceedsBalance, $"The designated charges have only {Money(open)} open.", "R6.4");
        }

        var left = amount;
        foreach (var lineIndex in targets)
        {
            foreach (var source in Entries)
            {
                if (left <= 0m)
                {
                    return null;
                }

                var lineOpen = Lines[lineIndex].ClientOpen;
                if (lineOpen <= 0m)
                {
                    break;
                }

                if (source.Credit > 0m)
                {
                    var piece = Math.Min(Math.Min(source.Credit, lineOpen), left);
                    Allocate(source, state, lineIndex, piece);
                    left -= piece;
                }
            }
        }

        return null;
    }

    private DomainError? ApplyRefund(EntryState state)
    {
        var amount = state.Entry.Amount.Amount;
        var credit = TotalCredit();
        if (amount > credit)
        {
            return Error(BillingErrorCodes.LedgerRefundExceedsCredit, $"The refund {state.Entry.Amount} exceeds the unapplied credit {Money(credit)}.", "R6.4");
        }

        var left = amount;
        foreach (var source in Entries)
        {
            if (left <= 0m)
            {
                break;
            }

            if (source.Credit > 0m)
            {
                var piece = Math.Min(source.Credit, left);
                source.Credit -= piece;
                Draws.Add(new RefundDraw(state.Index, source.Index, piece));
                left -= piece;
            }
        }

        return null;
    }

    private DomainError? ApplyReversal(EntryState state)
    {
        var reversal = state.Entry.Reversal!;
        if (!_entryById.TryGetValue(reversal.Reverses, out var targetIndex) || targetIndex == state.Index)
        {
            return Error(BillingErrorCodes.LedgerUnknownEntry, $"The entry {reversal.Reverses} is not on the ledger.", "R6.9");
        }

        var target = Entries[targetIndex];
        if (target.Entry.Kind == LedgerEntryKind.Reversal)
        {
            return Error(BillingErrorCodes.LedgerCannotReverseReversal, "A reversal is not reversed; post the original entry again.", "R6.9");
        }

        if (target.ReversedBy is not null)
        {
            return Error(BillingErrorCodes.LedgerAlreadyReversed, $"The entry {reversal.Reverses} is already reversed.", "R6.9");
        }

        if (state.Entry.Amount != target.Entry.Amount)
        {
            return Error(BillingErrorCodes.LedgerReversalAmountMismatch, $"A reversal cancels the whole entry: {target.Entry.Amount}.", "R6.9");
        }

        target.ReversedBy = state.Index;
        state.Line = target.Line;
        switch (target.Entry.Kind)
        {
            case LedgerEntryKind.Charge:
                foreach (var other in Entries)
                {
                    if (other.Line == target.Line && other.ReversedBy is null && other.Entry.Kind is LedgerEntryKind.Adjustment or LedgerEntryKind.InsurancePayment)
                    {
                        return Error(BillingErrorCodes.LedgerReversalRequiresDependentReversals, $"Reverse the adjustments and insurance postings of {target.Entry.Charge!.Charge} first.", "R6.9");
                    }
                }

                var line = Lines[target.Line!.Value];
                Release(target.Line.Value, line.ClientPaid);
                line.IsReversed = true;
                return null;

            case LedgerEntryKind.Adjustment:
                var adjusted = Lines[target.Line!.Value];
                var amount = target.Entry.Amount.Amount;
                if (target.Entry.Adjustment!.ReducesPayerShare)
                {
                    adjusted.ContractualAdjustments -= amount;
                }
                else if (target.Entry.Adjustment.Type == AdjustmentType.SlidingScaleDiscount)
                {
                    adjusted.SlidingScaleDiscount -= amount;
                }
                else
                {
                    adjusted.OtherClientAdjustments -= amount;
                }

                return null;

            case LedgerEntryKind.ClientPayment:
                foreach (var draw in Draws)
                {
                    if (draw.Source == target.Index && Entries[draw.Refund].ReversedBy is null)
                    {
                        return Error(BillingErrorCodes.LedgerReversalRequiresDependentReversals, "Part of this payment was refunded; reverse the refund first.", "R6.9");
                    }
                }

                for (var i = Allocations.Count - 1; i >= 0; i--)
                {
                    var allocation = Allocations[i];
                    if (allocation.Source == target.Index)
                    {
                        Lines[allocation.Line].ClientPaid -= allocation.Amount;
                        Allocations.RemoveAt(i);
                    }
                }

                target.Credit = 0m;
                target.PendingCopayDate = null;
                return null;

            case LedgerEntryKind.InsurancePayment:
                var posting = target.Entry.InsurancePayment!;
                var posted = Lines[target.Line!.Value];
                posted.InsurancePaid -= target.Entry.Amount.Amount;
                posted.PatientResponsibility -= posting.PatientResponsibility.Amount;
                posted.PayerAdjustments -= posting.PayerAdjustments.Amount;
                posted.Adjudications--;
                return Settle(target.Line.Value);

            case LedgerEntryKind.CreditApplication:
                for (var i = Allocations.Count - 1; i >= 0; i--)
                {
                    var allocation = Allocations[i];
                    if (allocation.AppliedBy == target.Index)
                    {
                        Lines[allocation.Line].ClientPaid -= allocation.Amount;
                        Entries[allocation.Source].Credit += allocation.Amount;
                        Allocations.RemoveAt(i);
                    }
                }

                return null;

            default:
                foreach (var draw in Draws)
                {
                    if (draw.Refund == target.Index)
                    {
                        Entries[draw.Source].Credit += draw.Amount;
                    }
                }

                return null;
        }
    }

    /// <summary>After the client's share of a line fell, returns payments beyond it to credit (latest first).</summary>
    private DomainError? Settle(int lineIndex)
    {
        var line = Lines[lineIndex];
        if (line.ClientAdjustments > line.ClientResponsibility)
        {
            return Error(
                BillingErrorCodes.LedgerClientAdjustmentsExceedShare,
                $"The client's share of {line.Details.Charge} would fall to {Money(line.ClientResponsibility)}, below the {Money(line.ClientAdjustments)} already adjusted; reverse those adjustments first.",
                "R6.3");
        }

        if (line.PayerOpen < 0m)
        {
            return Error(
                BillingErrorCodes.LedgerPayerAdjustmentsExceedShare,
                $"The payer's share of {line.Details.Charge} would fall below the contractual adjustments already posted; reverse those adjustments first.",
                "R6.3");
        }

        var excess = line.ClientPaid - line.ClientShare;
        if (excess > 0m)
        {
            Release(lineIndex, excess);
        }

        return null;
    }

    private void Release(int lineIndex, decimal amount)
    {
        var left = amount;
        for (var i = Allocations.Count - 1; i >= 0 && left > 0m; i--)
        {
            var allocation = Allocations[i];
            if (allocation.Line != lineIndex)
            {
                continue;
            }

            var piece = Math.Min(allocation.Amount, left);
            allocation.Amount -= piece;
            Lines[lineIndex].ClientPaid -= piece;
            Entries[allocation.Source].Credit += piece;
            left -= piece;
            if (allocation.Amount == 0m)
            {
                Allocations.RemoveAt(i);
            }
        }
    }

    private void Allocate(EntryState source, EntryState appliedBy, int lineIndex, decimal amount)
    {
        source.Credit -= amount;
        Lines[lineIndex].ClientPaid += amount;
        Allocations.Add(new AllocationState(source.Index, appliedBy.Index, lineIndex, amount));
    }

    private DomainError? LineFor(ChargeId charge, out LineState line, out int lineIndex)
    {
        if (!_lineByCharge.TryGetValue(charge, out lineIndex))
        {
            line = null!;
            return Error(BillingErrorCodes.LedgerUnknownCharge, $"The charge {charge} is not on the ledger.", null);
        }

        line = Lines[lineIndex];
        return line.IsReversed ? Error(BillingErrorCodes.LedgerChargeReversed, $"The charge {charge} was reversed.", "R6.9") : null;
    }

    /// <summary>The open lines a designation reaches, in the order to pay them (R6.1).</summary>
    private List<int>? Targets(PaymentDesignation designation, out DomainError? error)
    {
        error = null;
        _order.Clear();
        if (designation.Kind == DesignationKind.Charges)
        {
            foreach (var charge in designation.Charges)
            {
                if (!_lineByCharge.TryGetValue(charge, out var index) || Lines[index].IsReversed)
                {
                    error = Error(BillingErrorCodes.LedgerDesignationUnknownCharge, $"The designated charge {charge} is not an open charge of this ledger.", "R6.1");
                    return null;
                }

                if (!_order.Contains(index))
                {
                    _order.Add(index);
                }
            }

            return _order;
        }

        for (var i = 0; i < Lines.Count; i++)
        {
            var line = Lines[i];
            if (line.IsReversed || line.ClientOpen <= 0m)
            {
                continue;
            }

            if (designation.Kind is DesignationKind.DateOfService or DesignationKind.PointOfServiceCopay
                && line.Details.DateOfService != designation.DateOfService)
            {
                continue;
            }

            _order.Add(i);
        }

        _order.Sort(CompareLines);
        return _order;
    }

    private int CompareLines(int a, int b)
    {
        var left = Lines[a];
        var right = Lines[b];
        if (AllocationOrder == AllocationOrder.OldestResponsibilityDateFirst)
        {
            var byResponsibility = (left.ResponsibilityDate ?? left.Details.DateOfService).CompareTo(right.ResponsibilityDate ?? right.Details.DateOfService);
            if (byResponsibility != 0)
            {
                return byResponsibility;
            }
        }

        var byDate = left.Details.DateOfService.CompareTo(right.Details.DateOfService);
        return byDate != 0 ? byDate : a.CompareTo(b);
    }

    private Money Money(decimal amount) => new(amount, Currency);

    /// <summary>The derived state of one charge line.</summary>
    internal sealed class LineState(int entryIndex, ChargeDetails details, decimal fee, decimal expectedClientShare)
    {
        public int EntryIndex { get; } = entryIndex;

        public ChargeDetails Details { get; } = details;

        public decimal Fee { get; } = fee;

        public decimal ExpectedClientShare { get; } = expectedClientShare;

        public LocalDate? ResponsibilityDate { get; set; }

        public int Adjudications { get; set; }

        public decimal InsurancePaid { get; set; }

        public decimal PayerAdjustments { get; set; }

        public decimal PatientResponsibility { get; set; }

        public decimal ContractualAdjustments { get; set; }

        public decimal SlidingScaleDiscount { get; set; }

        public decimal OtherClientAdjustments { get; set; }

        public decimal ClientPaid { get; set; }

        public bool IsReversed { get; set; }

        public bool IsAdjudicated => Adjudications > 0;

        /// <summary>What the client is responsible for before client adjustments: the fee for a client-billed line; PR once adjudicated, else the expected copay, for a payer-billed line.</summary>
        public decimal ClientResponsibility => IsReversed ? 0m
            : Details.BillTo is null ? Fee
            : IsAdjudicated ? PatientResponsibility : ExpectedClientShare;

        public decimal ClientAdjustments => SlidingScaleDiscount + OtherClientAdjustments;

        public decimal ClientShare => IsReversed ? 0m : ClientResponsibility - ClientAdjustments;

        public decimal ClientOpen => ClientShare - ClientPaid;

        public decimal PayerOpen => IsReversed || Details.BillTo is null ? 0m
            : Fee - ClientResponsibility - InsurancePaid - PayerAdjustments - ContractualAdjustments;

        public LineState Clone() => (LineState)MemberwiseClone();
    }

    /// <summary>The derived state of one entry: reversal, remaining credit of a payment, the line it touches.</summary>
    internal sealed class EntryState(LedgerEntry entry, int index)
    {
        public LedgerEntry Entry { get; } = entry;

        public int Index { get; } = index;

        public int? Line { get; set; }

        public int? ReversedBy { get; set; }

        public decimal Credit { get; set; }

        public LocalDate? PendingCopayDate { get; set; }

        public EntryState Clone() => (EntryState)MemberwiseClone();
    }

    /// <summary>Part of a payment applied to a line, by the payment itself or by a credit application.</summary>
    internal sealed class AllocationState(int source, int appliedBy, int line, decimal amount)
    {
        public int Source { get; } = source;

        public int AppliedBy { get; } = appliedBy;

        public int Line { get; } = line;

        public decimal Amount { get; set; } = amount;

        public AllocationState Clone() => (AllocationState)MemberwiseClone();
    }

    /// <summary>Part of a refund drawn from a payment's credit.</summary>
    internal readonly record struct RefundDraw(int Refund, int Source, decimal Amount);
}
