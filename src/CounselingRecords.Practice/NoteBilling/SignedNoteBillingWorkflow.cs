using System.Collections.Immutable;
using CounselingRecords.Auditing;
using CounselingRecords.Billing;
using CounselingRecords.Billing.Catalog;
using CounselingRecords.Billing.Coding;
using CounselingRecords.Billing.Ledger;
using CounselingRecords.Billing.Payers;
using CounselingRecords.Billing.SlidingScale;
using CounselingRecords.Care;
using CounselingRecords.Finance;
using CounselingRecords.Identity;
using CounselingRecords.Practice.Clinicians;
using CounselingRecords.Practice.Tasks;
using CounselingRecords.Records;
using CounselingRecords.Records.Notes;
using CounselingRecords.Results;

namespace CounselingRecords.Practice.NoteBilling;

/// <summary>
/// Bills a signed note, never before it is signed (R7.6): the note's service facts (records) become session facts
/// (<see cref="ServiceFactsMapper"/>), billing's <see cref="CodeSelector"/> selects the codes, the
/// <see cref="FeeCalculator"/> prices each line with the client's sliding-fee decision, and the charges are posted
/// on the client's ledger, then the documentation task is closed. An unsigned note or one awaiting its supervisor's
/// co-signature is refused with a stable code; billing the same note twice is refused, because its charges carry
/// ids derived from the note (<see cref="PracticeChargeIds.ForNote"/>) and the ledger already has them. The codes of
/// the note are checked with the client's other charges of the same date (one time-based code per date, R1.3, and
/// the exclusions of §1). Every attempt, billed or refused, is written to the audit sink. The caller saves the
/// ledger and the task.
/// </summary>
public sealed class SignedNoteBillingWorkflow
{
    private readonly IIdGenerator _ids;
    private readonly IAuditSink _audit;
    private readonly ClinicianDirectory _clinicians;
    private readonly FeeCalculator _fees;
    private readonly CodeSelector _selector;

    /// <summary>Initializes a new instance of the <see cref="SignedNoteBillingWorkflow"/> class.</summary>
    /// <param name="ids">Creates ledger entry and audit entry ids.</param>
    /// <param name="audit">Where the audit entry of each attempt goes.</param>
    /// <param name="clinicians">The clinician directory (E/M eligibility, R1.7).</param>
    /// <param name="fees">The fee calculator over the practice's catalog and fee schedule.</param>
    /// <param name="selector">The code selector; <see cref="CodeSelector.Default"/> when null.</param>
    public SignedNoteBillingWorkflow(IIdGenerator ids, IAuditSink audit, ClinicianDirectory clinicians, FeeCalculator fees, CodeSelector? selector = null)
    {
        ArgumentNullException.ThrowIfNull(ids);
        ArgumentNullException.ThrowIfNull(audit);
        ArgumentNullException.ThrowIfNull(clinicians);
        ArgumentNullException.ThrowIfNull(fees);
        _ids = ids;
        _audit = audit;
        _clinicians = clinicians;
        _fees = fees;
        _selector = selector ?? CodeSelector.Default;
    }

    /// <summary>Bills a signed note.</summary>
    /// <param name="input">The note, the ledger, the payer and the rest.</param>
    /// <param name="cancellationToken">Cancels the audit write.</param>
    /// <returns>The ledger with the charges, or the refusal.</returns>
    /// <exception cref="ArgumentException">The ledger or the task belongs to another client than the note.</exception>
    public async ValueTask<Result<NoteBillingResult>> BillAsync(BillSignedNoteInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(input.Note);
        ArgumentNullException.ThrowIfNull(input.Ledger);
        ArgumentNullException.ThrowIfNull(input.Payer);
        ArgumentNullException.ThrowIfNull(input.Actor);
        if (input.Ledger.Client != input.Note.ClientId)
        {
            throw new ArgumentException($"Ledger {input.Ledger.Client} is not the ledger of note {input.Note.Id}'s client.", nameof(input));
        }

        var result = Bill(input);
        var note = input.Note;
        var entry = result.Success
            ? AuditEntry.For(
                _ids, input.BilledAt, input.Actor, AuditAction.Create, AuditCategory.Billing, note.ToReference(), note.ClientId, AuditOutcome.Succeeded, "R7.6",
                $"Charges {string.Join(", ", result.Value.Lines.Select(l => $"{l.Charge} ({l.Code})"))} posted from the final note.")
            : AuditEntry.For(
                _ids, input.BilledAt, input.Actor, AuditAction.Create, AuditCategory.Billing, note.ToReference(), note.ClientId, AuditOutcome.Failed,
                result.Error.RuleId, result.Error.Details.IsEmpty ? result.Error.Code : $"{result.Error.Code} ({result.Error.Details[0].Code})");
        await _audit.AppendAsync(entry, cancellationToken).ConfigureAwait(false);
        return result;
    }

    private static DomainError Wrap(string code, string message, DomainError inner, string target) =>
        new(code, message, inner.RuleId, target, [inner]);

    private static ModifierSet TelehealthModifiers(Modality modality, PayerProfile payer)
    {
        var modifier = modality switch
        {
            Modality.Video => payer.AudioVideoModifier switch
            {
                AudioVideoModifierRule.Modifier95 => Billing.Coding.Modifiers.AudioVideo95,
                AudioVideoModifierRule.ModifierGT => Billing.Coding.Modifiers.LegacyTelehealthGT,
                _ => null,
            },
            Modality.AudioOnly => payer.AudioOnlyModifier switch
            {
                AudioOnlyModifierRule.Modifier93 => Billing.Coding.Modifiers.AudioOnly93,
                AudioOnlyModifierRule.ModifierFQ => Billing.Coding.Modifiers.AudioOnlyFQ,
                _ => null,
            },
            _ => null,
        };
        return modifier is null ? ModifierSet.Empty : ModifierSet.Of(modifier);
    }

    private Result<NoteBillingResult> Bill(BillSignedNoteInput input)
    {
        var note = input.Note;
        var target = note.Id.ToString();
        var final = note.ToServiceFacts();
        if (final.Failure)
        {
            return final.Error.Code == RecordsErrorCodes.DocumentAwaitingCoSign
                ? Wrap(PracticeErrorCodes.NoteAwaitingCoSign, $"Note {note.Id} awaits its supervisor's co-signature; no codes are selected and no charge is made before it is final.", final.Error, target)
                : Wrap(PracticeErrorCodes.NoteNotSigned, $"Note {note.Id} is not signed; no codes are selected and no charge is made from unsigned documentation.", final.Error, target);
        }

        var facts = final.Value;
        for (var line = 0; line < PracticeChargeIds.MaximumLinesPerNote; line++)
        {
            if (input.Ledger.FindCharge(PracticeChargeIds.ForNote(note.Id, line)) is not null)
            {
                return new DomainError(PracticeErrorCodes.NoteAlreadyBilled, $"Note {note.Id} was already billed: charge {PracticeChargeIds.ForNote(note.Id, line)} is on the ledger.", null, target);
            }
        }

        var clinician = _clinicians.Get(facts.RenderingClinicianId);
        if (clinician.Failure)
        {
            return clinician.ConvertError<NoteBillingResult>();
        }

        var mapped = ServiceFactsMapper.ToSessionFacts(facts, clinician.Value, input.History ?? VisitHistory.None, input.Options);
        if (mapped.Failure)
        {
            return mapped.ConvertError<NoteBillingResult>();
        }

        var sessionFacts = mapped.Value;
        var selection = _selector.Select(sessionFacts, input.Payer);
        if (selection.IsRefused)
        {
            return Wrap(PracticeErrorCodes.CodesRefused, $"No code can be reported for note {note.Id}: {selection.ErrorCode}.", selection.ToDomainError(), target);
        }

        var planned = new List<(string Code, int Units, bool IsAddOn, ModifierSet Modifiers, Explanation Why)>();
        if (sessionFacts.EvaluationAndManagementPerformed)
        {
            if (input.EvaluationAndManagementCode is not { } em)
            {
                return new DomainError(PracticeErrorCodes.EvaluationAndManagementCodeRequired, $"Note {note.Id} records an E/M service; the E/M code reported with it is needed.", "R1.6", target);
            }

            if (!ProcedureCodes.IsEvaluationAndManagement(em))
            {
                return new DomainError(PracticeErrorCodes.EvaluationAndManagementCodeInvalid, $"{em} is not an E/M code a psychotherapy add-on may accompany (99202–99255, 99304–99337, 99341–99350).", "R1.6", target);
            }

            var modifiers = selection.Count > 0 ? selection[0].Modifiers : TelehealthModifiers(sessionFacts.Modality, input.Payer);
            planned.Add((em, 1, false, modifiers, new Explanation("R1.6", $"E/M service {em} reported by the prescriber; psychotherapy add-ons are reported with it.")));
        }

        for (var i = 0; i < selection.Count; i++)
        {
            var codeLine = selection[i];
            planned.Add((codeLine.Code, codeLine.Units, codeLine.IsAddOn, codeLine.Modifiers, codeLine.Explain()));
        }

        var sameDate = input.Ledger.Snapshot().Lines
            .Where(l => l.Kind == ChargeKind.Service && !l.IsReversed && l.DateOfService == facts.DateOfService)
            .Select(l => l.Code)
            .Concat(planned.Select(p => p.Code))
            .ToArray();
        var combination = CodeCombinationChecker.Check(sameDate, input.Payer);
        if (!combination.IsValid)
        {
            return Wrap(PracticeErrorCodes.CodesRefused, $"The codes of note {note.Id} cannot be reported with the client's other charges of {Formatting.Date(facts.DateOfService)}.", combination.ToDomainError(), target);
        }

        var parties = new FeeParties(facts.RenderingClinicianId, input.Payer.PayerId, facts.ClientId);
        var sliding = input.SlidingFee?.DecisionFor(facts.DateOfService) ?? SlidingFeeDecision.None(facts.DateOfService);
        var copay = input.ExpectedCopay ?? Money.Zero(input.Ledger.Currency);
        var ledger = input.Ledger;
        var lines = ImmutableArray.CreateBuilder<BilledLine>(planned.Count);
        var explanations = ImmutableArray.CreateBuilder<Explanation>();
        explanations.Add(new Explanation(
            "R7.6",
            $"Billed from note {note.Id}, final since {Formatting.Iso(facts.FinalizedAt)} (signed content {facts.ContentHash}); a charge is never made before the note is signed."));
        for (var i = 0; i < planned.Count; i++)
        {
            var (code, units, isAddOn, modifiers, why) = planned[i];
            var quote = _fees.Quote(code, units, isAddOn, facts.DateOfService, parties, sliding);
            if (!quote.IsPriced)
            {
                return Wrap(PracticeErrorCodes.FeeNotPriced, $"Code {code} of note {note.Id} could not be priced: {quote.ErrorCode}.", quote.ToResult().Error, target);
            }

            var charge = PracticeChargeIds.ForNote(note.Id, i);
            var request = ChargeRequest.ForQuote(
                new Posting(_ids.New<LedgerEntryId>(), input.PostedOn, input.BilledAt, input.Actor.UserId),
                charge,
                quote,
                facts.DateOfService,
                modifiers,
                selection.PlaceOfServiceCode,
                parties,
                i == 0 && !parties.IsSelfPay ? copay : Money.Zero(copay.Currency),
                _ids.New<LedgerEntryId>(),
                facts.AppointmentId) with { Explanation = why };
            var posted = ledger.PostCharge(request);
            if (posted.Failure)
            {
                return Wrap(PracticeErrorCodes.ChargeRefused, $"The ledger refused charge {charge} ({code}) of note {note.Id}: {posted.Error.Code}.", posted.Error, target);
            }

            ledger = posted.Value;
            var priced = quote.Explain();
            lines.Add(new BilledLine(charge, code, units, modifiers.ToImmutableArray(), selection.PlaceOfServiceCode, quote, [why, .. priced]));
            explanations.Add(why);
            explanations.AddRange(priced);
        }

        explanations.Add(new Explanation("R1.15", $"Place of service {selection.PlaceOfServiceCode} ({selection.PlaceOfServiceBasis})."));
        var task = input.DocumentationTask;
        if (task is not null)
        {
            var closed = CloseTask(task, note, input);
            if (closed.Failure)
            {
                return closed.ConvertError<NoteBillingResult>();
            }

            task = closed.Value;
        }

        return new NoteBillingResult(ledger, lines.ToImmutable(), facts, sessionFacts, selection, task, explanations.ToImmutable());
    }

    private static Result<PracticeTask> CloseTask(PracticeTask task, SessionNote note, BillSignedNoteInput input)
    {
        var forThisSession = task.Kind == PracticeTaskKind.CompleteDocumentation
            && (task.ClientId is null || task.ClientId == note.ClientId)
            && (task.Subject == note.ToReference()
                || (note.AppointmentId is { } appointment && task.Subject == RecordReference.For(PracticeRecordTypes.Appointment, appointment)));
        if (!forThisSession)
        {
            return new DomainError(
                PracticeErrorCodes.TaskNotForThisNote,
                $"Task {task.Id} ({task.Kind}, about {task.Subject}) is not the documentation task of note {note.Id}.",
                null,
                task.Id.ToString());
        }

        return task.Status == PracticeTaskStatus.Open
            ? task.Complete(input.Actor.UserId, input.BilledAt, $"Note {note.Id} signed and billed.")
            : task;
    }
}
