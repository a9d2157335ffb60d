using System.Collections.Immutable;
using CounselingRecords.Finance;
using CounselingRecords.Identity;
using CounselingRecords.Privacy;
using CounselingRecords.Results;
using CounselingRecords.Storage;
using CounselingRecords.Validation;
using NodaTime;

namespace CounselingRecords.Billing.Ledger;

/// <summary>
/// A client's account as an append-only list of entries (ADR 0050): charges with their price components, client and
/// insurance payments, adjustments with reason codes, credit applications, refunds and reversals. Nothing derived is
/// stored: line balances, allocations, unapplied credit and the balance of each bill-to party are replayed from the
/// entries (R6.1–R6.3). Every verb returns a new ledger or the rule it breaks; a refused posting leaves no trace.
/// </summary>
[ProtectedHealthInformation]
public sealed class ClientLedger : IAggregateRoot<ClientLedger>
{
    private static readonly ChargeRequestValidator ChargeValidator = new();
    private static readonly AdjustmentRequestValidator AdjustmentValidator = new();
    private static readonly ClientPaymentRequestValidator ClientPaymentValidator = new();
    private static readonly InsurancePaymentRequestValidator InsurancePaymentValidator = new();
    private static readonly CreditApplicationRequestValidator CreditApplicationValidator = new();
    private static readonly RefundRequestValidator RefundValidator = new();
    private static readonly ReversalRequestValidator ReversalValidator = new();

    private readonly LedgerState _state;
    private LedgerSnapshot? _snapshot;

    /// <summary>Initializes a new instance of the <see cref="ClientLedger"/> class from stored entries, replaying them.</summary>
    /// <param name="client">The client.</param>
    /// <param name="currency">The ledger's currency.</param>
    /// <param name="allocationOrder">The order undesignated payments follow.</param>
    /// <param name="entries">The entries in the order they were posted.</param>
    /// <param name="version">The storage version.</param>
    /// <exception cref="ArgumentException">The entries break a ledger rule (they cannot have been posted through the verbs).</exception>
    public ClientLedger(ClientId client, Currency currency, AllocationOrder allocationOrder, ImmutableArray<LedgerEntry> entries, long version)
    {
        if (client.Value == Guid.Empty)
        {
            throw new ArgumentException("A ledger needs a client.", nameof(client));
        }

        if (currency.IsDefault)
        {
            throw new ArgumentException("A ledger needs a currency.", nameof(currency));
        }

        if (!Enum.IsDefined(allocationOrder))
        {
            throw new ArgumentOutOfRangeException(nameof(allocationOrder), allocationOrder, "Unknown allocation order.");
        }

        ArgumentOutOfRangeException.ThrowIfNegative(version);
        entries = entries.IsDefault ? [] : entries;
        var state = new LedgerState(currency, allocationOrder);
        foreach (var entry in entries)
        {
            ArgumentNullException.ThrowIfNull(entry, nameof(entries));
            if (state.Apply(entry) is { } error)
            {
                throw new ArgumentException($"The entry {entry.Id} breaks a ledger rule: {error.Code}.", nameof(entries));
            }
        }

        Client = client;
        Currency = currency;
        AllocationOrder = allocationOrder;
        Entries = entries;
        Version = version;
        _state = state;
    }

    private ClientLedger(ClientLedger previous, ImmutableArray<LedgerEntry> entries, LedgerState state)
    {
        Client = previous.Client;
        Currency = previous.Currency;
        AllocationOrder = previous.AllocationOrder;
        Entries = entries;
        Version = previous.Version;
        _state = state;
    }

    /// <summary>Gets the client.</summary>
    public ClientId Client { get; }

    /// <summary>Gets the currency.</summary>
    public Currency Currency { get; }

    /// <summary>Gets the order undesignated payments follow.</summary>
    public AllocationOrder AllocationOrder { get; }

    /// <summary>Gets the entries in posting order.</summary>
    public ImmutableArray<LedgerEntry> Entries { get; }

    /// <inheritdoc />
    public long Version { get; }

    /// <inheritdoc />
    public string Key => Client.ToString();


    internal LedgerState State => _state;

    /// <summary>Opens an empty ledger.</summary>
    /// <param name="client">The client.</param>
    /// <param name="currency">The currency.</param>
    /// <param name="allocationOrder">The order undesignated payments follow.</param>
    /// <returns>The ledger.</returns>
    public static ClientLedger Open(ClientId client, Currency currency, AllocationOrder allocationOrder = AllocationOrder.OldestResponsibilityDateFirst) =>
        new(client, currency, allocationOrder, [], 0);

    /// <inheritdoc />
    public ClientLedger WithVersion(long version) => new(Client, Currency, AllocationOrder, Entries, version);

    /// <summary>Returns the current balances, derived from the entries.</summary>
    /// <returns>The balances.</returns>
    public LedgerBalances Balances() => Snapshot().Balances;

    /// <summary>Returns the derived state after all entries.</summary>
    /// <returns>The snapshot.</returns>
    public LedgerSnapshot Snapshot() => _snapshot ??= LedgerSnapshots.From(_state, null);

    /// <summary>Returns the derived state after the entries posted on or before a date.</summary>
    /// <param name="asOf">The last accounting date included.</param>
    /// <returns>The snapshot.</returns>
    public LedgerSnapshot SnapshotAsOf(LocalDate asOf)
    {
        var state = new LedgerState(Currency, AllocationOrder);
        foreach (var entry in Entries)
        {
            if (entry.PostedOn > asOf)
            {
                break;
            }

            state.Apply(entry);
        }

        return LedgerSnapshots.From(state, asOf);
    }

    /// <summary>Returns the entry with the id, if any.</summary>
    /// <param name="id">The entry id.</param>
    /// <returns>The entry, or <see langword="null"/>.</returns>
    public LedgerEntry? FindEntry(LedgerEntryId id) => _state.TryGetEntry(id, out var entry) ? entry.Entry : null;

    /// <summary>Returns the charge entry of a charge line, if any.</summary>
    /// <param name="charge">The charge line id.</param>
    /// <returns>The entry, or <see langword="null"/>.</returns>
    public LedgerEntry? FindCharge(ChargeId charge) => _state.TryGetLine(charge, out var line) ? Entries[line.EntryIndex] : null;

    /// <summary>Posts a charge, and its discount as a separate adjustment entry when the request has one.</summary>
    /// <param name="request">The charge.</param>
    /// <returns>The ledger with the entries, or the rule the charge breaks.</returns>
    public Result<ClientLedger> PostCharge(ChargeRequest request)
    {
        var valid = ChargeValidator.Check(request);
        if (valid.Failure)
        {
            return valid.ConvertError<ClientLedger>();
        }

        var charge = new ChargeDetails(
            request.Charge, request.DateOfService, request.Kind, request.Service, request.Code.Trim().ToUpperInvariant(), request.Modifiers.IsDefault ? [] : request.Modifiers,
            request.Units, request.PlaceOfService, request.Clinician, request.Appointment, request.BillTo, request.ExpectedClientShare, request.Components, request.Guarantor);
        var entry = new LedgerEntry(
            request.Posting.EntryId, LedgerEntryKind.Charge, request.Posting.PostedOn, request.Posting.RecordedAt, request.Posting.RecordedBy,
            charge.ComponentsTotal, request.Explanation, charge, null, null, null, null, null, null);
        if (request.Discount is not { } discount)
        {
            return Append(entry);
        }

        if (discount.Amount.Currency != entry.Amount.Currency || discount.Amount > entry.Amount)
        {
            return new DomainError(BillingErrorCodes.LedgerDiscountInvalid, $"The discount {discount.Amount} exceeds the fee {entry.Amount}.", "R6.3", nameof(ChargeRequest.Discount));
        }

        var adjustment = new LedgerEntry(
            discount.EntryId, LedgerEntryKind.Adjustment, request.Posting.PostedOn, request.Posting.RecordedAt, request.Posting.RecordedBy,
            discount.Amount, discount.Explanation, null, new AdjustmentDetails(request.Charge, discount.Type, discount.ReasonCode), null, null, null, null, null);
        return Append(entry, adjustment);
    }

    /// <summary>Posts an adjustment or write-off of a charge line (R6.9).</summary>
    /// <param name="request">The adjustment.</param>
    /// <returns>The ledger with the entry, or the rule it breaks.</returns>
    public Result<ClientLedger> PostAdjustment(AdjustmentRequest request)
    {
        var valid = AdjustmentValidator.Check(request);
        if (valid.Failure)
        {
            return valid.ConvertError<ClientLedger>();
        }

        return Append(new LedgerEntry(
            request.Posting.EntryId, LedgerEntryKind.Adjustment, request.Posting.PostedOn, request.Posting.RecordedAt, request.Posting.RecordedBy,
            request.Amount, LedgerExplanations.Adjustment(request), null, new AdjustmentDetails(request.Charge, request.Type, request.ReasonCode), null, null, null, null, null));
    }

    /// <summary>Posts a client payment and applies it by its designation, or oldest first (R6.1).</summary>
    /// <param name="request">The payment.</param>
    /// <returns>The ledger with the entry, or the rule it breaks.</returns>
    public Result<ClientLedger> PostClientPayment(ClientPaymentRequest request)
    {
        var valid = ClientPaymentValidator.Check(request);
        if (valid.Failure)
        {
            return valid.ConvertError<ClientLedger>();
        }

        return Append(new LedgerEntry(
            request.Posting.EntryId, LedgerEntryKind.ClientPayment, request.Posting.PostedOn, request.Posting.RecordedAt, request.Posting.RecordedBy,
            request.Amount, LedgerExplanations.ClientPayment(request), null, null,
            new ClientPaymentDetails(request.Payment, request.Method, request.Reference, request.Designation, request.Barter), null, null, null, null));
    }

    /// <summary>Posts a payer's adjudication of one charge line (R6.2): PR moves to the client, CO/OA/PI are written off.</summary>
    /// <param name="request">The ERA or EOB line.</param>
    /// <returns>The ledger with the entry, or the rule it breaks.</returns>
    public Result<ClientLedger> PostInsurancePayment(InsurancePaymentRequest request)
    {
        var valid = InsurancePaymentValidator.Check(request);
        if (valid.Failure)
        {
            return valid.ConvertError<ClientLedger>();
        }

        var code = _state.TryGetLine(request.Charge, out var line) ? line.Details.Code : "the line";
        return Append(new LedgerEntry(
            request.Posting.EntryId, LedgerEntryKind.InsurancePayment, request.Posting.PostedOn, request.Posting.RecordedAt, request.Posting.RecordedBy,
            request.Paid, LedgerExplanations.InsurancePayment(request, code), null, null, null,
            new InsurancePaymentDetails(request.Payment, request.Payer, request.Charge, request.Claim, request.Billed, request.Allowed, request.Adjustments, request.PayerClaimControlNumber),
            null, null, null));
    }

    /// <summary>Applies unapplied credit to open charges with the client's consent (R6.4).</summary>
    /// <param name="request">The application.</param>
    /// <returns>The ledger with the entry, or the rule it breaks.</returns>
    public Result<ClientLedger> ApplyCredit(CreditApplicationRequest request)
    {
        var valid = CreditApplicationValidator.Check(request);
        if (valid.Failure)
        {
            return valid.ConvertError<ClientLedger>();
        }

        return Append(new LedgerEntry(
            request.Posting.EntryId, LedgerEntryKind.CreditApplication, request.Posting.PostedOn, request.Posting.RecordedAt, request.Posting.RecordedBy,
            request.Amount, LedgerExplanations.CreditApplication(request), null, null, null, null, new CreditApplicationDetails(request.Designation), null, null));
    }

    /// <summary>Refunds unapplied credit to the client (R6.4).</summary>
    /// <param name="request">The refund.</param>
    /// <returns>The ledger with the entry, or the rule it breaks.</returns>
    public Result<ClientLedger> PostRefund(RefundRequest request)
    {
        var valid = RefundValidator.Check(request);
        if (valid.Failure)
        {
            return valid.ConvertError<ClientLedger>();
        }

        return Append(new LedgerEntry(
            request.Posting.EntryId, LedgerEntryKind.Refund, request.Posting.PostedOn, request.Posting.RecordedAt, request.Posting.RecordedBy,
            request.Amount, LedgerExplanations.Refund(request), null, null, null, null, null, new RefundDetails(request.Refund, request.Method, request.Reference), null));
    }

    /// <summary>Reverses an earlier entry; the entry stays and this one cancels its effect (R6.9).</summary>
    /// <param name="request">The reversal.</param>
    /// <returns>The ledger with the reversal, or the rule it breaks.</returns>
    public Result<ClientLedger> Reverse(ReversalRequest request)
    {
        var valid = ReversalValidator.Check(request);
        if (valid.Failure)
        {
            return valid.ConvertError<ClientLedger>();
        }

        if (FindEntry(request.Reverses) is not { } target)
        {
            return new DomainError(BillingErrorCodes.LedgerUnknownEntry, $"The entry {request.Reverses} is not on the ledger.", "R6.9", nameof(ReversalRequest.Reverses));
        }

        return Append(new LedgerEntry(
            request.Posting.EntryId, LedgerEntryKind.Reversal, request.Posting.PostedOn, request.Posting.RecordedAt, request.Posting.RecordedBy,
            target.Amount, LedgerExplanations.Reversal(target, request.Reason), null, null, null, null, null, null, new ReversalDetails(request.Reverses, request.Reason)));
    }

    /// <summary>Names the client and the entry count only.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"ClientLedger {Client} ({Entries.Length} entries, version {Version})";

    private Result<ClientLedger> Append(params LedgerEntry[] entries)
    {
        var state = _state.Clone();
        foreach (var entry in entries)
        {
            if (state.Apply(entry) is { } error)
            {
                return error;
            }
        }

        return new ClientLedger(this, Entries.AddRange(entries), state);
    }
}
