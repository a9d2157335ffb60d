using System.Collections.Immutable;
using CounselingRecords.Auditing;
using CounselingRecords.Billing.Catalog;
using CounselingRecords.Billing.Ledger;
using CounselingRecords.Billing.SlidingScale;
using CounselingRecords.Finance;
using CounselingRecords.Identity;
using CounselingRecords.Policies.Cancellations;
using CounselingRecords.Policies.Documents;
using CounselingRecords.Practice.Tasks;
using CounselingRecords.Results;
using CounselingRecords.Scheduling.Appointments;
using CounselingRecords.Scheduling.Booking;
using NodaTime;

namespace CounselingRecords.Practice.MissedAppointments;

/// <summary>
/// Records a cancellation or a no-show: the policies area decides (classification, fee, waivers, coverage,
/// acceptance, escalations) from inputs built out of the scheduling appointment (<c>CancellationFactsFor</c>) and
/// the host's coverage; the matching scheduling transition is applied (cancelled by client, late-cancelled,
/// no-show, cancelled by practice; a future series occurrence is also cancelled in the plan); a fee is charged to
/// the client only, never on a claim (R4.4), with the decision's explanation, and only under a policy version the
/// client accepted before the event (<see cref="ConsentChecks.MayBeCharged(ClientAcknowledgments, CancellationDecision)"/>,
/// R4.8); otherwise the outcome is a zero-fee record. Escalations open a
/// <see cref="PracticeTaskKind.ReviewAttendance"/> task. Each recording writes one audit entry. The caller saves the
/// appointment, the series, the outcome, the ledger and the task together.
/// </summary>
public sealed class MissedAppointmentWorkflow
{
    /// <summary>The default time given to review attendance after an escalation.</summary>
    public static readonly Duration DefaultReviewWithin = Duration.FromDays(7);

    private readonly IClock _clock;
    private readonly IIdGenerator _ids;
    private readonly IAuditSink _audit;
    private readonly BookingEngine _engine;
    private readonly ImmutableHashSet<AppointmentTypeId> _intakeTypes;

    /// <summary>Initializes a new instance of the <see cref="MissedAppointmentWorkflow"/> class.</summary>
    /// <param name="clock">Says when the outcome is recorded.</param>
    /// <param name="ids">Creates ledger entry, task and audit entry ids.</param>
    /// <param name="audit">Where the audit entry goes.</param>
    /// <param name="intakeTypes">The practice's intake appointment types (an intake session may be waived, R4.3).</param>
    /// <param name="reviewWithin">How long the clinician has to review attendance after an escalation; <see cref="DefaultReviewWithin"/> when null.</param>
    public MissedAppointmentWorkflow(IClock clock, IIdGenerator ids, IAuditSink audit, IEnumerable<AppointmentTypeId>? intakeTypes = null, Duration? reviewWithin = null)
    {
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(ids);
        ArgumentNullException.ThrowIfNull(audit);
        if (reviewWithin is { } within && within < Duration.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(reviewWithin), "The review time cannot be negative.");
        }

        _clock = clock;
        _ids = ids;
        _audit = audit;
        _engine = new BookingEngine(clock, ids);
        _intakeTypes = (intakeTypes ?? []).ToImmutableHashSet();
        ReviewWithin = reviewWithin ?? DefaultReviewWithin;
    }

    /// <summary>Gets how long the clinician has to review attendance after an escalation.</summary>
    public Duration ReviewWithin { get; }

    /// <summary>
    /// Returns the fee a session would have cost the client paying themselves: the practice's rate for the code
    /// (the client's cash rate, the clinician's or the schedule's) after the client's sliding-fee discount (R5.1).
    /// The same rate for every client keeps a Medicare client's fee equal to everyone's (R4.5).
    /// </summary>
    /// <param name="fees">The fee calculator.</param>
    /// <param name="code">The session's code, for example <c>90837</c>.</param>
    /// <param name="dateOfService">The appointment date.</param>
    /// <param name="clinician">The clinician.</param>
    /// <param name="client">The client.</param>
    /// <param name="slidingFee">The client's sliding-fee agreement, if any.</param>
    /// <returns>The session fee, or the fee calculator's refusal.</returns>
    public static Result<Money> SessionFeeFor(FeeCalculator fees, string code, LocalDate dateOfService, ClinicianId clinician, ClientId client, SlidingFeeAgreement? slidingFee = null)
    {
        ArgumentNullException.ThrowIfNull(fees);
        ArgumentNullException.ThrowIfNull(code);
        var sliding = slidingFee?.DecisionFor(dateOfService) ?? SlidingFeeDecision.None(dateOfService);
        var quote = fees.Quote(code, 1, false, dateOfService, new FeeParties(clinician, null, client), sliding);
        return quote.IsPriced ? quote.FeeAfterDiscount : quote.ToResult().Error;
    }

    /// <summary>Decides and records the cancellation or no-show.</summary>
    /// <param name="input">The appointment, the event and the rest.</param>
    /// <param name="cancellationToken">Cancels the audit write.</param>
    /// <returns>What to save, or the refusal.</returns>
    /// <exception cref="ArgumentException">The acknowledgments, ledger or earlier outcomes belong to another client than the appointment's.</exception>
    public async ValueTask<Result<MissedAppointmentResult>> RecordAsync(MissedAppointmentInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(input.Appointment);
        ArgumentNullException.ThrowIfNull(input.Event);
        ArgumentNullException.ThrowIfNull(input.Policies);
        ArgumentNullException.ThrowIfNull(input.Coverage);
        ArgumentNullException.ThrowIfNull(input.Acknowledgments);
        ArgumentNullException.ThrowIfNull(input.Ledger);
        ArgumentNullException.ThrowIfNull(input.Actor);
        var appointment = input.Appointment;
        var now = _clock.GetCurrentInstant();
        var result = Record(input, now);
        var client = appointment.Clients.Length == 1 ? appointment.Clients[0] : (ClientId?)null;
        var entry = result.Success
            ? AuditEntry.For(
                _ids, now, input.Actor, AuditAction.StatusChange, result.Value.Charge is null ? AuditCategory.Scheduling : AuditCategory.Billing,
                RecordReference.For(PracticeRecordTypes.Appointment, appointment.Id), client, AuditOutcome.Succeeded,
                result.Value.Decision.Rules[^1].RuleId,
                $"{result.Value.Appointment.Status}: {result.Value.Decision.Classification}, fee {result.Value.Outcome.ChargedFee} ({result.Value.Decision.Outcome})"
                + (result.Value.Charge is { } charge ? $", charge {charge}" : string.Empty))
            : AuditEntry.For(
                _ids, now, input.Actor, AuditAction.StatusChange, AuditCategory.Scheduling, RecordReference.For(PracticeRecordTypes.Appointment, appointment.Id),
                client, AuditOutcome.Failed, result.Error.RuleId, result.Error.Details.IsEmpty ? result.Error.Code : $"{result.Error.Code} ({result.Error.Details[0].Code})");
        await _audit.AppendAsync(entry, cancellationToken).ConfigureAwait(false);
        return result;
    }

    private static DomainError Wrap(string code, string message, DomainError inner, string target) =>
        new(code, message, inner.RuleId, target, [inner]);

    private static CancellationInitiator InitiatorOf(CancellationParty party) => party switch
    {
        CancellationParty.Clinician => CancellationInitiator.Clinician,
        CancellationParty.Practice => CancellationInitiator.Practice,
        _ => CancellationInitiator.Client,
    };

    private Result<MissedAppointmentResult> Record(MissedAppointmentInput input, Instant now)
    {
        var appointment = input.Appointment;
        var target = appointment.Id.ToString();
        if (appointment.Clients.Length != 1)
        {
            return new DomainError(
                PracticeErrorCodes.GroupAppointment,
                $"Appointment {appointment.Id} has {appointment.Clients.Length} clients; one client's absence from a group is recorded by removing the client, not by cancelling the session.",
                null,
                target);
        }

        var client = appointment.Clients[0];
        var earlier = input.EarlierOutcomes.IsDefault ? [] : input.EarlierOutcomes;
        if (input.Acknowledgments.ClientId != client || input.Ledger.Client != client || earlier.Any(o => o is null || o.ClientId != client))
        {
            throw new ArgumentException($"The acknowledgments, ledger and earlier outcomes must be those of appointment {appointment.Id}'s client.", nameof(input));
        }

        if (appointment.Status is not (AppointmentStatus.Requested or AppointmentStatus.Scheduled or AppointmentStatus.Confirmed))
        {
            return new DomainError(PracticeErrorCodes.AppointmentNotOpen, $"Appointment {appointment.Id} is {appointment.Status}; only an open appointment is cancelled or missed.", "S4.1", target);
        }

        var chargeId = PracticeChargeIds.ForMissedAppointment(appointment.Id, client);
        if (earlier.Any(o => o.AppointmentId == appointment.Id) || input.Ledger.FindCharge(chargeId) is not null)
        {
            return new DomainError(PracticeErrorCodes.OutcomeAlreadyRecorded, $"The outcome of appointment {appointment.Id} was already recorded.", null, target);
        }

        var policy = input.Policies.InEffectFor(appointment.StartInstant);
        if (policy.Failure)
        {
            return Wrap(PracticeErrorCodes.NoPolicyInEffect, $"No cancellation policy version is in effect for appointment {appointment.Id}.", policy.Error, target);
        }

        var cancellation = input.Event;
        var facts = cancellation.ReceivedAt is { } received ? appointment.CancellationFactsFor(InitiatorOf(cancellation.Party), received) : null;
        var appointmentFacts = new AppointmentFacts(
            facts?.AppointmentId ?? appointment.Id,
            client,
            facts?.ClinicianId ?? appointment.ClinicianId,
            facts?.StartInstant ?? appointment.StartInstant,
            input.SessionFee,
            _intakeTypes.Contains(appointment.AppointmentTypeId));
        var history = ClientHistory.From(earlier.Select(o => o.Decision), input.Acknowledgments.PolicyAcceptances());
        var decision = CancellationEngine.Evaluate(policy.Value, appointmentFacts, history, input.Coverage, cancellation);

        var book = ScheduleBook.Empty.WithAppointment(appointment);
        if (input.Series is { } series)
        {
            book = book.WithSeries(series);
        }

        var transition = decision.Classification switch
        {
            CancellationClassification.OnTimeCancellation => _engine.CancelByClient(book, appointment.Id, input.Actor, cancellation.ReceivedAt!.Value, late: false),
            CancellationClassification.LateCancellation => _engine.CancelByClient(book, appointment.Id, input.Actor, cancellation.ReceivedAt!.Value, late: true),
            CancellationClassification.NoShow => BookingEngine.Apply(book, appointment.Id, a => a.MarkNoShow(input.Actor, now)),
            _ => _engine.CancelByPractice(book, appointment.Id, input.Actor, InitiatorOf(cancellation.Party)),
        };
        if (!transition.Accepted)
        {
            return Wrap(PracticeErrorCodes.MissedTransitionRefused, $"Scheduling refused to record {decision.Classification} for appointment {appointment.Id}.", transition.Error!, target);
        }

        var changed = transition.Appointments[0];
        var ledger = input.Ledger;
        FeeAgreement? agreement = null;
        ChargeId? charge = null;
        if (decision.Fee.IsPositive)
        {
            agreement = ConsentChecks.MayBeCharged(input.Acknowledgments, decision);
            if (agreement.IsChargeable)
            {
                var request = ChargeRequest.ForMissedAppointmentFee(
                    new Posting(_ids.New<LedgerEntryId>(), input.PostedOn, now, input.Actor.UserId),
                    chargeId,
                    decision.Classification == CancellationClassification.NoShow ? ChargeKind.NoShowFee : ChargeKind.LateCancellationFee,
                    appointment.LocalStart.Date,
                    decision.Fee,
                    $"{decision.Explain()} {agreement.Rule.Explanation}",
                    PolicyRuleIds.FeeStructures,
                    appointment.Id,
                    appointment.ClinicianId);
                var posted = ledger.PostCharge(request);
                if (posted.Failure)
                {
                    return Wrap(PracticeErrorCodes.FeeChargeRefused, $"The ledger refused the fee of appointment {appointment.Id}.", posted.Error, target);
                }

                ledger = posted.Value;
                charge = chargeId;
            }
        }

        var outcome = new CancellationOutcome(
            appointment.Id,
            client,
            appointment.ClinicianId,
            changed.Status,
            decision,
            agreement?.Rule,
            charge,
            charge is null ? Money.Zero(decision.Fee.Currency) : decision.Fee,
            now,
            input.Actor.UserId,
            0);
        var review = ReviewTask(input, decision, client, now);
        return new MissedAppointmentResult(changed, transition.Series.IsEmpty ? null : transition.Series[0], outcome, ledger, charge, agreement, review, facts);
    }

    private PracticeTask? ReviewTask(MissedAppointmentInput input, CancellationDecision decision, ClientId client, Instant now)
    {
        if (decision.Escalations.IsEmpty)
        {
            return null;
        }

        var open = input.OpenTasks.IsDefault ? [] : input.OpenTasks;
        if (open.Any(t => t is { Kind: PracticeTaskKind.ReviewAttendance, Status: PracticeTaskStatus.Open } && t.ClientId == client))
        {
            return null;
        }

        var actions = string.Join("; ", decision.Escalations.Select(e => $"{e.Action}: {e.Explanation}"));
        return PracticeTask.Open(
            _ids,
            PracticeTaskKind.ReviewAttendance,
            RecordReference.For(PracticeRecordTypes.Appointment, input.Appointment.Id),
            client,
            input.Appointment.ClinicianId,
            now,
            now + ReviewWithin,
            PolicyRuleIds.Escalation,
            $"Review the attendance of client {client} after appointment {input.Appointment.Id} ({decision.Classification}): {actions}");
    }
}
