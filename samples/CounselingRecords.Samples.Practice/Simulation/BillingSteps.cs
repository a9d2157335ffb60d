using System.Collections.Immutable;
using CounselingRecords.Billing.Claims;
using CounselingRecords.Billing.Ledger;
using CounselingRecords.Calendars;
using CounselingRecords.Coding;
using CounselingRecords.Finance;
using CounselingRecords.Identity;
using CounselingRecords.Practice.NoteBilling;
using NodaTime;

namespace CounselingRecords.Samples.Practice.Simulation;

/// <summary>
/// Billing: a charge only once the note is final (<see cref="SignedNoteBillingWorkflow"/>, R7.6), with the sliding
/// discount for the sliding-scale client and the copay for insured clients; self-pay clients pay at the visit;
/// insured and Medicaid charges go out on Friday's claims (<see cref="ClaimBuilder"/>, documentation signed) and
/// the payer's ERA is posted two weeks later (allowed amount, contractual adjustment CO-45, copay PR-3, R6.2).
/// </summary>
internal sealed class BillingSteps
{
    private readonly SimulationContext _context;
    private readonly SignedNoteBillingWorkflow _workflow;
    private readonly Dictionary<ChargeId, ImmutableArray<DiagnosisCode>> _diagnoses = [];

    public BillingSteps(SimulationContext context)
    {
        _context = context;
        _workflow = new SignedNoteBillingWorkflow(context.Ids, context.Audit, context.Practice.Directory, context.Practice.Fees);
    }

    public async Task BillNoteAsync(ClientProfile profile, string noteKey, string? documentationTaskKey)
    {
        var records = _context.Records;
        var note = records.Notes[noteKey];
        var ledger = records.Ledgers[profile.LedgerKey!];
        var today = _context.Now.InZone(profile.Zone).Date;
        var result = await _workflow.BillAsync(new BillSignedNoteInput(
            note,
            ledger,
            profile.Payer,
            _context.Practice.Biller,
            today,
            _context.Now,
            VisitHistory.From(profile.Visits, note.DateOfService),
            profile.SlidingFeeKey is { } sliding ? records.SlidingFees[sliding] : null,
            profile.Payer.IsInsurance ? profile.Copay : null,
            documentationTaskKey is { } task ? records.Tasks[task] : null)).ConfigureAwait(false);
        if (result.Failure)
        {
            _context.Stats.Refusals++;
            return;
        }

        var billed = result.Value;
        ledger = billed.Ledger;
        profile.Visits.Add(billed.ServiceFacts);
        if (billed.DocumentationTask is { } completedTask)
        {
            records.Tasks.Put(completedTask);
        }

        _context.Stats.Charges += billed.Lines.Length;
        var diagnoses = billed.ServiceFacts.Diagnoses;
        foreach (var line in billed.Lines)
        {
            _diagnoses[line.Charge] = diagnoses;
            if (profile.Payer.IsInsurance)
            {
                profile.Unclaimed.Add(line.Charge);
            }
        }

        // Self-pay and sliding-scale clients usually pay what they owe at the visit.
        if (!profile.Payer.IsInsurance && _context.Random.Next(100) < 80)
        {
            var due = ledger.Balances().ClientBalance;
            if (due.Amount > 0m)
            {
                ledger = Pay(ledger, due, today);
            }
        }

        records.Ledgers.Put(ledger);
    }

    /// <summary>Friday: one claim per insured client for the charges not yet claimed; the ERA follows in two weeks.</summary>
    public Task SubmitClaimsAsync()
    {
        foreach (var profile in _context.Clients.Where(p => p.Unclaimed.Count > 0))
        {
            var ledger = _context.Records.Ledgers[profile.LedgerKey!];
            var today = _context.Now.InZone(profile.Zone).Date;
            var claimId = _context.Ids.New<ClaimId>();
            var lines = profile.Unclaimed.Select(c => new ClaimLineInput(c, _diagnoses[c], true)).ToImmutableArray();
            var claim = ClaimBuilder.Build(ledger, new ClaimRequest(
                claimId,
                profile.Payer,
                ClaimFrequency.Original,
                null,
                _context.Practice.BillingProvider,
                profile.Clinician.Clinician.ToRenderingProvider(),
                new ClaimPatient(profile.Id, profile.LastName, profile.FirstName, profile.DateOfBirth, "U", new PostalAddress("1 Elm St", null, profile.Clinician.Office, profile.Clinician.Office == "Chicago" ? "IL" : "NY", "10002"), profile.MemberId, null, RelationshipToInsured.Self, "A-" + profile.Number.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                lines,
                null,
                true,
                Money.Usd(0m),
                today,
                BusinessCalendar.UsFederal));
            if (claim.Failure)
            {
                _context.Stats.Refusals++;
                continue;
            }

            _context.Stats.Claims++;
            var charges = profile.Unclaimed.ToArray();
            profile.Unclaimed.Clear();
            _context.Agenda.At(_context.Now + Duration.FromDays(14), "ERA", () => PostRemittanceAsync(profile, claimId, charges));
        }

        return Task.CompletedTask;
    }

    private Task PostRemittanceAsync(ClientProfile profile, ClaimId claim, ChargeId[] charges)
    {
        var ledger = _context.Records.Ledgers[profile.LedgerKey!];
        var today = _context.Now.InZone(profile.Zone).Date;
        var medicaid = profile.PayerKind == PayerKind.Medicaid;
        foreach (var charge in charges)
        {
            var line = ledger.Snapshot().Lines.Single(l => l.Charge == charge);
            var fee = line.Fee.Amount;
            var allowed = Math.Round(fee * (medicaid ? 0.60m : 0.80m), 2, MidpointRounding.AwayFromZero);
            var copay = Math.Min(profile.Copay.Amount, allowed);
            var adjustments = ImmutableArray.CreateBuilder<ClaimAdjustment>();
            if (fee > allowed)
            {
                adjustments.Add(new ClaimAdjustment(ClaimAdjustmentGroup.ContractualObligation, "45", Money.Usd(fee - allowed)));
            }

            if (copay > 0m)
            {
                adjustments.Add(new ClaimAdjustment(ClaimAdjustmentGroup.PatientResponsibility, "3", Money.Usd(copay)));
            }

            var posted = ledger.PostInsurancePayment(new InsurancePaymentRequest(
                Posting(today), _context.Ids.New<PaymentId>(), profile.Payer.PayerId!.Value, charge, claim, line.Fee, Money.Usd(allowed), Money.Usd(allowed - copay), adjustments.ToImmutable(), null));
            if (posted.Failure)
            {
                _context.Stats.Refusals++;
                continue;
            }

            ledger = posted.Value;
            _context.Stats.InsurancePayments++;
        }

        // Half of the insured clients pay their copays when the ERA arrives.
        var due = ledger.Balances().ClientBalance;
        if (due.Amount > 0m && _context.Random.Next(2) == 0)
        {
            ledger = Pay(ledger, due, today);
        }

        _context.Records.Ledgers.Put(ledger);
        return Task.CompletedTask;
    }

    private ClientLedger Pay(ClientLedger ledger, Money amount, LocalDate today)
    {
        var paid = ledger.PostClientPayment(new ClientPaymentRequest(Posting(today), _context.Ids.New<PaymentId>(), amount, PaymentMethod.Card, null, PaymentDesignation.None));
        if (paid.Failure)
        {
            _context.Stats.Refusals++;
            return ledger;
        }

        _context.Stats.ClientPayments++;
        return paid.Value;
    }

    private Posting Posting(LocalDate on) => new(_context.Ids.New<LedgerEntryId>(), on, _context.Now, _context.Practice.Biller.UserId);
}
