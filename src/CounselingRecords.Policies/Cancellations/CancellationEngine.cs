using System.Collections.Immutable;
using CounselingRecords.Care;
using CounselingRecords.Finance;
using NodaTime;

namespace CounselingRecords.Policies.Cancellations;

/// <summary>
/// Decides a cancellation or missed appointment under one policy version. A pure function of its inputs: the
/// policy, the appointment facts, the client's history, the client's coverage and what happened (who cancelled
/// and when it was received). The steps, each listed in the decision when it applies:
/// <list type="number">
/// <item>A clinician or practice cancellation is never charged.</item>
/// <item>Classification (R4.9, R4.10): received at or after the start, or no contact, is a no-show; otherwise the
/// notice is measured as the policy says and the cancellation is on time when the notice is at least the
/// window (exactly the window is on time).</item>
/// <item>The fee for the classification (R4.2); a no-show never costs less than a late cancellation; caps at the
/// session fee (R4.8) and at an absolute maximum (R4.2).</item>
/// <item>Coverage on the appointment date: Medicaid and dual-eligible (R4.6), contracts that forbid the fee
/// (R4.7), exempt payer classes, Medicare only under a universal policy (R4.5).</item>
/// <item>Acceptance: the client accepted this version before the event (R4.8, R5.8).</item>
/// <item>Waivers (R4.3): a discretionary exception, the intake session, the first occurrence in a rolling period.</item>
/// <item>A remaining fee is billed to the client only, never to insurance (R4.4).</item>
/// <item>Escalations after repeated events.</item>
/// </list>
/// Once the fee is zero the later fee steps are skipped. Escalations are decided for every late cancellation and
/// no-show that no exception excused.
/// </summary>
public static class CancellationEngine
{
    /// <summary>Decides what happened to an appointment.</summary>
    /// <param name="policy">The policy version in effect for the appointment.</param>
    /// <param name="appointment">The appointment facts.</param>
    /// <param name="history">The client's earlier events and accepted policy versions.</param>
    /// <param name="coverage">The client's coverage.</param>
    /// <param name="cancellation">Who cancelled and when, or no contact.</param>
    /// <returns>The decision.</returns>
    /// <exception cref="ArgumentException">The session fee is not in the policy's currency, or the policy has not taken effect for the appointment date.</exception>
    public static CancellationDecision Evaluate(
        CancellationPolicy policy,
        AppointmentFacts appointment,
        ClientHistory history,
        ClientCoverage coverage,
        CancellationEvent cancellation) =>
        Run(policy, appointment, history, coverage, cancellation, preview: false);

    /// <summary>Decides a client cancellation received at <paramref name="cancelledAt"/>.</summary>
    /// <param name="policy">The policy version in effect for the appointment.</param>
    /// <param name="appointment">The appointment facts.</param>
    /// <param name="history">The client's earlier events and accepted policy versions.</param>
    /// <param name="coverage">The client's coverage.</param>
    /// <param name="cancelledAt">When the practice received the client's cancellation.</param>
    /// <returns>The decision.</returns>
    public static CancellationDecision Evaluate(
        CancellationPolicy policy,
        AppointmentFacts appointment,
        ClientHistory history,
        ClientCoverage coverage,
        Instant cancelledAt) =>
        Run(policy, appointment, history, coverage, CancellationEvent.ByClient(cancelledAt), preview: false);

    /// <summary>Previews what a client cancellation would cost if received at <paramref name="now"/> ("if you cancel now…").</summary>
    /// <param name="policy">The policy version in effect for the appointment.</param>
    /// <param name="appointment">The appointment facts.</param>
    /// <param name="history">The client's earlier events and accepted policy versions.</param>
    /// <param name="coverage">The client's coverage.</param>
    /// <param name="now">The moment the client would cancel.</param>
    /// <param name="channel">How the client would cancel (it matters for nothing but the record).</param>
    /// <returns>The decision, marked as a preview.</returns>
    public static CancellationDecision Preview(
        CancellationPolicy policy,
        AppointmentFacts appointment,
        ClientHistory history,
        ClientCoverage coverage,
        Instant now,
        CancellationChannel channel = CancellationChannel.Unspecified) =>
        Run(policy, appointment, history, coverage, CancellationEvent.ByClient(now, channel), preview: true);

    private static CancellationDecision Run(
        CancellationPolicy policy,
        AppointmentFacts appointment,
        ClientHistory history,
        ClientCoverage coverage,
        CancellationEvent cancellation,
        bool preview)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(appointment);
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(coverage);
        ArgumentNullException.ThrowIfNull(cancellation);
        if (appointment.SessionFee.Currency != policy.Currency)
        {
            throw new ArgumentException(
                $"The session fee of appointment {appointment.AppointmentId} is in {appointment.SessionFee.Currency}; policy {policy.ToReference()} uses {policy.Currency}.",
                nameof(appointment));
        }

        if (!policy.HasTakenEffectFor(appointment.Start))
        {
            throw new ArgumentException(
                $"Policy {policy.ToReference()} takes effect on {Describe.Iso(policy.EffectiveFrom)}, after the date of appointment {appointment.AppointmentId}.",
                nameof(policy));
        }

        var state = new Evaluation(policy, appointment, history, coverage, cancellation, preview);
        return state.Decide();
    }

    private sealed class Evaluation(
        CancellationPolicy policy,
        AppointmentFacts appointment,
        ClientHistory history,
        ClientCoverage coverage,
        CancellationEvent cancellation,
        bool preview)
    {
        private readonly ImmutableArray<AppliedRule>.Builder _rules = ImmutableArray.CreateBuilder<AppliedRule>();
        private readonly ImmutableArray<EscalationOutcome>.Builder _escalations = ImmutableArray.CreateBuilder<EscalationOutcome>();
        private readonly DateTimeZone _zone = policy.Zone;
        private readonly Money _zero = Money.Zero(policy.Currency);
        private CancellationClassification _classification;
        private Instant? _deemed;
        private Duration? _notice;
        private Instant? _deadline;
        private Money _assessed;
        private Money _fee;
        private FeeOutcome _outcome = FeeOutcome.NoFee;

        private Instant Start => appointment.Start;

        private string StartText => Describe.When(Start, _zone);

        public CancellationDecision Decide()
        {
            _assessed = _zero;
            _fee = _zero;
            if (cancellation.Party is CancellationParty.Clinician or CancellationParty.Practice)
            {
                _classification = CancellationClassification.ClinicianCancellation;
                var who = cancellation.Party == CancellationParty.Clinician ? "your clinician" : "the practice";
                Add(
                    PolicyRuleIds.ProviderInitiated,
                    CancellationRuleKeys.ProviderCancellation,
                    $"The appointment on {StartText} was cancelled by {who}, so there is no charge.",
                    _zero,
                    ("cancelled-by", cancellation.Party.ToString()),
                    ("received-at", cancellation.ReceivedAt is { } r ? Describe.Iso(r) : "none"));
                return Build();
            }

            Classify();
            if (_classification == CancellationClassification.OnTimeCancellation)
            {
                return Build();
            }

            var covers = coverage.InEffectOn(Start.InZone(_zone).Date);
            AssessFee();
            if (_fee.IsPositive)
            {
                ApplyPayerRestrictions(covers);
            }

            if (_fee.IsPositive && policy.RequiresAcceptance)
            {
                ApplyAcceptance();
            }

            if (_fee.IsPositive)
            {
                ApplyWaivers();
            }

            if (_fee.IsPositive)
            {
                _outcome = FeeOutcome.Charged;
                Add(
                    PolicyRuleIds.NeverBilledToInsurance,
                    CancellationRuleKeys.ClientOnly,
                    $"The fee of {_fee} is billed to you directly; a missed-appointment fee is not a charge for a covered service and is never billed to your insurance.",
                    _fee,
                    ("bill-to", "client"),
                    ("claim", "never"));
            }

            ApplyEscalations(covers);
            return Build();
        }

        private void Classify()
        {
            var received = cancellation.ReceivedAt;
            if (received is not { } at || at >= Start)
            {
                _classification = CancellationClassification.NoShow;
                var sentence = received is { } late
                    ? $"Your cancellation was received on {Describe.When(late, _zone)}, at or after the start of the appointment on {StartText}, so it counts as a missed appointment (no-show)."
                    : $"You did not attend the appointment on {StartText} and did not let us know, so it counts as a missed appointment (no-show).";
                Add(
                    PolicyRuleIds.Notice,
                    CancellationRuleKeys.NoShow,
                    sentence,
                    null,
                    ("appointment-start", Describe.Iso(Start)),
                    ("received-at", received is { } r ? Describe.Iso(r) : "none"));
                return;
            }

            var notice = policy.Notice;
            switch (notice.Mode)
            {
                case NoticeMode.ElapsedTime:
                    ClassifyElapsed(at, notice);
                    break;
                case NoticeMode.DeemedReceipt:
                    ClassifyDeemed(at, notice);
                    break;
                case NoticeMode.OfficeHoursOnly:
                    ClassifyOfficeHours(at, notice);
                    break;
                default:
                    ClassifyBusinessDays(at, notice);
                    break;
            }
        }

        private void ClassifyElapsed(Instant received, NoticeRule notice)
        {
            _notice = Start - received;
            _deadline = Start - notice.Window;
            var onTime = _notice.Value >= notice.Window;
            SetOnTime(onTime);
            Add(
                PolicyRuleIds.Notice,
                CancellationRuleKeys.NoticeElapsed,
                $"Your cancellation was received on {Describe.When(received, _zone)}, {Describe.Length(_notice.Value)} before the appointment on {StartText}; the policy asks for {notice.Describe()}, so {Verdict(onTime)}.",
                null,
                ("received-at", Describe.Iso(received)),
                ("appointment-start", Describe.Iso(Start)),
                ("notice", Describe.Iso(_notice.Value)),
                ("window", Describe.Iso(notice.Window)));
        }

        private void ClassifyDeemed(Instant received, NoticeRule notice)
        {
            var calendar = notice.Calendar!;
            var deemed = calendar.NextOpening(received, _zone);
            _deemed = deemed;
            var measured = Start - deemed;
            _notice = measured < Duration.Zero ? Duration.Zero : measured;
            var target = Start - notice.Window;
            _deadline = calendar.IsOpenAt(target, _zone) ? target : calendar.LastClosingAtOrBefore(target, _zone) - Duration.Epsilon;
            var onTime = measured >= notice.Window;
            SetOnTime(onTime);
            string sentence;
            if (deemed == received)
            {
                sentence = $"Your cancellation was received during office hours on {Describe.When(received, _zone)}, {Describe.Length(_notice.Value)} before the appointment on {StartText}; the policy asks for {notice.Describe()}, so {Verdict(onTime)}.";
            }
            else if (deemed >= Start)
            {
                sentence = $"Your message was received on {Describe.When(received, _zone)}, outside office hours, so it counts as received when the office next opened on {Describe.When(deemed, _zone)}, after the appointment on {StartText} had begun; because you contacted us before the start, {Verdict(onTime)}.";
            }
            else
            {
                sentence = $"Your message was received on {Describe.When(received, _zone)}, outside office hours, so it counts as received when the office opened on {Describe.When(deemed, _zone)}, {Describe.Length(_notice.Value)} before the appointment on {StartText}; the policy asks for at least {Describe.Length(notice.Window)} of notice, so {Verdict(onTime)}.";
            }

            Add(
                PolicyRuleIds.DeemedReceipt,
                CancellationRuleKeys.NoticeDeemedReceipt,
                sentence,
                null,
                ("received-at", Describe.Iso(received)),
                ("deemed-received-at", Describe.Iso(deemed)),
                ("appointment-start", Describe.Iso(Start)),
                ("notice", Describe.Iso(_notice.Value)),
                ("window", Describe.Iso(notice.Window)));
        }

        private void ClassifyOfficeHours(Instant received, NoticeRule notice)
        {
            var calendar = notice.Calendar!;
            _notice = calendar.OpenTimeBetween(received, Start, _zone);
            _deadline = calendar.LatestStartWithOpenTime(Start, notice.Window, _zone);
            var onTime = _notice.Value >= notice.Window;
            SetOnTime(onTime);
            Add(
                PolicyRuleIds.OfficeHoursOnly,
                CancellationRuleKeys.NoticeOfficeHours,
                $"Your cancellation was received on {Describe.When(received, _zone)}, leaving {Describe.Length(_notice.Value)} of office hours before the appointment on {StartText}; the policy asks for {notice.Describe()}, so {Verdict(onTime)}.",
                null,
                ("received-at", Describe.Iso(received)),
                ("appointment-start", Describe.Iso(Start)),
                ("office-hours-notice", Describe.Iso(_notice.Value)),
                ("window", Describe.Iso(notice.Window)));
        }

        private void ClassifyBusinessDays(Instant received, NoticeRule notice)
        {
            var calendar = notice.Calendar!;
            var appointmentDate = Start.InZone(_zone).Date;
            var lastDay = calendar.BusinessDaysBefore(appointmentDate, notice.BusinessDays);
            var deadline = notice.BusinessDayCutoff is { } cutoff
                ? _zone.AtLeniently(lastDay + cutoff).ToInstant()
                : _zone.AtStartOfDay(lastDay.PlusDays(1)).ToInstant() - Duration.Epsilon;
            _deadline = deadline;
            _notice = Start - received;
            var onTime = received <= deadline;
            SetOnTime(onTime);
            var by = notice.BusinessDayCutoff is null ? $"by the end of {Describe.Date(lastDay)}" : $"by {Describe.When(deadline, _zone)}";
            Add(
                PolicyRuleIds.BusinessDays,
                CancellationRuleKeys.NoticeBusinessDays,
                $"Your cancellation was received on {Describe.When(received, _zone)}. The policy asks for {notice.Describe()} (days that are not business days, including holidays, do not count), so a cancellation for the appointment on {StartText} had to arrive {by}; {Verdict(onTime)}.",
                null,
                ("received-at", Describe.Iso(received)),
                ("appointment-date", Describe.Iso(appointmentDate)),
                ("business-days", Describe.Number(notice.BusinessDays)),
                ("last-business-day", Describe.Iso(lastDay)),
                ("deadline", Describe.Iso(deadline)));
        }

        private void SetOnTime(bool onTime) =>
            _classification = onTime ? CancellationClassification.OnTimeCancellation : CancellationClassification.LateCancellation;

        private static string Verdict(bool onTime) => onTime
            ? "it is an on-time cancellation and there is no charge"
            : "it is a late cancellation";

        private void AssessFee()
        {
            var late = _classification == CancellationClassification.LateCancellation;
            var rule = late ? policy.LateCancellationFee : policy.NoShowFee;
            var session = appointment.SessionFee;
            _fee = rule.Compute(session);
            var what = late ? "late-cancellation" : "no-show";
            var sentence = rule.Kind switch
            {
                FeeKind.None => $"The policy sets no {what} fee.",
                FeeKind.FlatAmount => $"The {what} fee is {rule.Describe()}.",
                FeeKind.FullSessionFee => $"The {what} fee is the full session fee: {_fee}.",
                _ => $"The {what} fee is {Describe.Number(rule.Percentage)}% of the {session} session fee: {_fee}.",
            };
            Add(
                PolicyRuleIds.FeeStructures,
                late ? CancellationRuleKeys.LateCancellationFee : CancellationRuleKeys.NoShowFee,
                sentence,
                _fee,
                ("fee-kind", rule.Kind.ToString()),
                ("percentage", Describe.Number(rule.Percentage)),
                ("flat-amount", rule.Amount?.ToString() ?? "none"),
                ("session-fee", session.ToString()));

            if (!late)
            {
                var lateFee = policy.LateCancellationFee.Compute(session);
                if (lateFee > _fee)
                {
                    _fee = lateFee;
                    Add(
                        PolicyRuleIds.NoShowFloor,
                        CancellationRuleKeys.NoShowFloor,
                        $"A missed appointment is never charged less than a late cancellation, so the fee is {_fee}.",
                        _fee,
                        ("late-cancellation-fee", lateFee.ToString()));
                }
            }

            if (policy.Cap.CapAtSessionFee && _fee > session)
            {
                _fee = session;
                Add(
                    PolicyRuleIds.DisclosureAndCap,
                    CancellationRuleKeys.CapAtSessionFee,
                    $"The fee cannot exceed the session fee, so it is {_fee}.",
                    _fee,
                    ("session-fee", session.ToString()));
            }

            if (policy.Cap.Maximum is { } maximum && _fee > maximum)
            {
                _fee = maximum;
                Add(
                    PolicyRuleIds.FeeStructures,
                    CancellationRuleKeys.CapAtMaximum,
                    $"The fee cannot exceed {maximum}, so it is {_fee}.",
                    _fee,
                    ("maximum", maximum.ToString()));
            }

            _assessed = _fee;
        }

        private void ApplyPayerRestrictions(ImmutableArray<CoveragePeriod> covers)
        {
            var payers = policy.Payers;
            var dual = covers.FirstOrDefault(c => c.PayerClass == PayerClass.DualEligible);
            if (dual is not null)
            {
                Exempt(
                    PolicyRuleIds.Medicaid,
                    CancellationRuleKeys.Medicaid,
                    "No fee is charged: you are covered by both Medicare and Medicaid, and Medicaid does not allow fees for missed or cancelled appointments.",
                    ("payer-class", dual.PayerClass.ToString()),
                    ("rank", Describe.Number(dual.Rank)));
                return;
            }

            var medicaid = covers.FirstOrDefault(c => c.PayerClass == PayerClass.Medicaid);
            if (medicaid is not null)
            {
                var primary = covers.FirstOrDefault(c => c.Rank < medicaid.Rank && c.PayerClass is PayerClass.Medicare or PayerClass.MedicareAdvantage or PayerClass.Commercial);
                if (!payers.MedicaidSecondaryFeesAllowed || primary is null)
                {
                    Exempt(
                        PolicyRuleIds.Medicaid,
                        CancellationRuleKeys.Medicaid,
                        "No fee is charged: Medicaid does not allow fees for missed or cancelled appointments.",
                        ("payer-class", medicaid.PayerClass.ToString()),
                        ("rank", Describe.Number(medicaid.Rank)),
                        ("medicaid-secondary-fees-allowed", Describe.Flag(payers.MedicaidSecondaryFeesAllowed)));
                    return;
                }

                Add(
                    PolicyRuleIds.Medicaid,
                    CancellationRuleKeys.MedicaidSecondaryAllowed,
                    $"Your Medicaid coverage is secondary to your {Describe.PayerClassName(primary.PayerClass)} coverage, and the state allows a fee in that case.",
                    _fee,
                    ("primary-payer-class", primary.PayerClass.ToString()),
                    ("medicaid-rank", Describe.Number(medicaid.Rank)));
            }

            var contract = covers.FirstOrDefault(c => c.PayerId is { } id && payers.PayersForbiddingFees.Contains(id));
            if (contract is not null)
            {
                Exempt(
                    PolicyRuleIds.InNetworkContract,
                    CancellationRuleKeys.Contract,
                    "No fee is charged: the practice's contract with your insurance plan does not allow missed-appointment fees.",
                    ("payer", contract.PayerId!.Value.ToString()),
                    ("payer-class", contract.PayerClass.ToString()));
                return;
            }

            var exemptClass = covers.FirstOrDefault(c => payers.ExemptPayerClasses.Contains(c.PayerClass));
            if (exemptClass is not null)
            {
                Exempt(
                    PolicyRuleIds.PayerClassExempt,
                    CancellationRuleKeys.PayerClassExempt,
                    $"No fee is charged: the practice does not charge this fee to clients covered by {Describe.PayerClassName(exemptClass.PayerClass)}.",
                    ("payer-class", exemptClass.PayerClass.ToString()));
                return;
            }

            var medicare = covers.FirstOrDefault(c => c.PayerClass is PayerClass.Medicare or PayerClass.MedicareAdvantage);
            if (medicare is not null)
            {
                var notUniversal = payers.HasNonMedicaidExemption();
                if (payers.MedicareRequiresUniversalPolicy && notUniversal)
                {
                    Exempt(
                        PolicyRuleIds.Medicare,
                        CancellationRuleKeys.MedicareNotUniversal,
                        "No fee is charged: Medicare allows this fee only when the practice charges it equally to all clients, and this policy exempts some clients beyond those on Medicaid.",
                        ("payer-class", medicare.PayerClass.ToString()),
                        ("medicare-requires-universal-policy", Describe.Flag(true)),
                        ("non-medicaid-exemptions", Describe.Flag(true)));
                    return;
                }

                Add(
                    PolicyRuleIds.Medicare,
                    CancellationRuleKeys.MedicareAllowed,
                    "The practice applies this policy equally to all clients it may lawfully charge, so Medicare allows the fee to be charged to you directly.",
                    _fee,
                    ("payer-class", medicare.PayerClass.ToString()),
                    ("medicare-requires-universal-policy", Describe.Flag(payers.MedicareRequiresUniversalPolicy)),
                    ("non-medicaid-exemptions", Describe.Flag(notUniversal)));
            }
        }

        private void ApplyAcceptance()
        {
            var reference = policy.ToReference();
            var eventAt = _classification == CancellationClassification.NoShow ? Start : cancellation.ReceivedAt!.Value;
            var acceptance = history.Acceptances
                .Where(a => a.Policy == reference && a.InForceAt(eventAt))
                .OrderBy(a => a.AcceptedAt)
                .FirstOrDefault();
            var accepted = string.Join(",", history.Acceptances.Where(a => a.Policy.PolicyId == reference.PolicyId).Select(a => a.Policy.Version).Distinct().Order().Select(v => Describe.Number(v)));
            if (acceptance is null)
            {
                var before = _classification == CancellationClassification.NoShow ? "the appointment" : "your cancellation";
                _fee = _zero;
                _outcome = FeeOutcome.NotAccepted;
                Add(
                    PolicyRuleIds.DisclosureAndCap,
                    CancellationRuleKeys.AcceptanceMissing,
                    $"No fee is charged: you had not accepted version {Describe.Number(reference.Version)} of the cancellation policy before {before}.",
                    _fee,
                    ("policy", reference.ToString()),
                    ("event-at", Describe.Iso(eventAt)),
                    ("accepted-versions", accepted.Length == 0 ? "none" : accepted));
                return;
            }

            Add(
                PolicyRuleIds.DisclosureAndCap,
                CancellationRuleKeys.AcceptanceFound,
                $"You accepted version {Describe.Number(reference.Version)} of the cancellation policy on {Describe.When(acceptance.AcceptedAt, _zone)}.",
                _fee,
                ("policy", reference.ToString()),
                ("accepted-at", Describe.Iso(acceptance.AcceptedAt)));
        }

        private void ApplyWaivers()
        {
            if (cancellation.Exception is { } exception)
            {
                Waive(
                    CancellationRuleKeys.ExceptionWaiver,
                    $"The fee is waived: an exception was granted for {Describe.ExceptionKindName(exception.Kind)}.",
                    ("exception-kind", exception.Kind.ToString()),
                    ("granted-by", exception.GrantedBy.ToString()),
                    ("granted-at", Describe.Iso(exception.GrantedAt)));
                return;
            }

            if (policy.WaiveIntakeSessions && appointment.IsIntake)
            {
                Waive(
                    CancellationRuleKeys.IntakeWaiver,
                    "The fee is waived because this was your first (intake) appointment.",
                    ("intake", Describe.Flag(true)));
                return;
            }

            if (policy.Grace is not { } grace)
            {
                return;
            }

            var since = PeriodStart(grace.RollingMonths);
            var prior = CountPrior(since, OccurrenceKinds.Both);
            var forgiven = grace.Occurrences == 1 ? "the first late cancellation or no-show" : $"the first {Describe.Number(grace.Occurrences)} late cancellations or no-shows";
            var period = Describe.Plural(grace.RollingMonths, "month");
            var sinceText = Describe.When(since, _zone);
            if (prior < grace.Occurrences)
            {
                Waive(
                    CancellationRuleKeys.FirstOccurrenceWaiver,
                    $"The fee is waived: the policy forgives {forgiven} in any {period}, and you had {(prior == 0 ? "none" : Describe.Number(prior))} before this one since {sinceText}.",
                    ("grace-occurrences", Describe.Number(grace.Occurrences)),
                    ("rolling-months", Describe.Number(grace.RollingMonths)),
                    ("prior-occurrences", Describe.Number(prior)),
                    ("period-start", Describe.Iso(since)));
                return;
            }

            Add(
                PolicyRuleIds.Waivers,
                CancellationRuleKeys.FirstOccurrenceUsed,
                $"The policy forgives {forgiven} in any {period}; you had {Describe.Number(prior)} since {sinceText}, so the fee applies.",
                _fee,
                ("grace-occurrences", Describe.Number(grace.Occurrences)),
                ("rolling-months", Describe.Number(grace.RollingMonths)),
                ("prior-occurrences", Describe.Number(prior)),
                ("period-start", Describe.Iso(since)));
        }

        private void ApplyEscalations(ImmutableArray<CoveragePeriod> covers)
        {
            if (cancellation.Exception is not null || policy.Escalations.IsEmpty)
            {
                return;
            }

            var kind = _classification == CancellationClassification.NoShow ? OccurrenceKinds.NoShow : OccurrenceKinds.LateCancellation;
            var medicaid = covers.Any(c => c.PayerClass is PayerClass.Medicaid or PayerClass.DualEligible);
            foreach (var rule in policy.Escalations)
            {
                if ((rule.Counts & kind) == 0)
                {
                    continue;
                }

                var since = PeriodStart(rule.RollingMonths);
                var count = CountPrior(since, rule.Counts) + 1;
                if (count < rule.Threshold)
                {
                    continue;
                }

                var events = rule.Counts switch
                {
                    OccurrenceKinds.NoShow => "missed appointment",
                    OccurrenceKinds.LateCancellation => "late cancellation",
                    _ => "late cancellation or missed appointment",
                };
                var inputs = new (string, string)[]
                {
                    ("action", rule.Action.ToString()),
                    ("count", Describe.Number(count)),
                    ("threshold", Describe.Number(rule.Threshold)),
                    ("rolling-months", Describe.Number(rule.RollingMonths)),
                    ("counts", rule.Counts.ToString()),
                };
                if (medicaid && rule.Action is EscalationAction.RequireCardOnFile or EscalationAction.RequirePrepayment)
                {
                    Add(
                        PolicyRuleIds.Medicaid,
                        CancellationRuleKeys.EscalationSuppressed,
                        $"The policy's step after {Describe.Number(rule.Threshold)} such events ({Describe.EscalationActionText(rule.Action)}) does not apply, because Medicaid members cannot be charged for missed appointments.",
                        null,
                        inputs);
                    continue;
                }

                var sentence = $"This is your {Describe.Ordinal(count)} {events} in {Describe.Plural(rule.RollingMonths, "month")}; under the policy, {Describe.EscalationActionText(rule.Action)}.";
                Add(PolicyRuleIds.Escalation, CancellationRuleKeys.EscalationTriggered, sentence, null, inputs);
                _escalations.Add(new EscalationOutcome(rule.Action, rule, count, sentence));
            }
        }

        private Instant PeriodStart(int months) =>
            _zone.AtLeniently(Start.InZone(_zone).LocalDateTime.PlusMonths(-months)).ToInstant();

        private int CountPrior(Instant since, OccurrenceKinds kinds)
        {
            var count = 0;
            foreach (var occurrence in history.Occurrences)
            {
                if (occurrence.AppointmentId != appointment.AppointmentId
                    && occurrence.AppointmentStart >= since
                    && occurrence.AppointmentStart < Start
                    && occurrence.CountsAs(kinds))
                {
                    count++;
                }
            }

            return count;
        }

        private void Exempt(string ruleId, string key, string sentence, params (string Name, string Value)[] inputs)
        {
            _fee = _zero;
            _outcome = FeeOutcome.Exempt;
            Add(ruleId, key, sentence, _fee, inputs);
        }

        private void Waive(string key, string sentence, params (string Name, string Value)[] inputs)
        {
            _fee = _zero;
            _outcome = FeeOutcome.Waived;
            Add(PolicyRuleIds.Waivers, key, sentence, _fee, inputs);
        }

        private void Add(string ruleId, string key, string sentence, Money? feeAfter, params (string Name, string Value)[] inputs) =>
            _rules.Add(new AppliedRule(ruleId, key, inputs.Select(i => new RuleInput(i.Name, i.Value)).ToImmutableArray(), sentence, feeAfter));

        private CancellationDecision Build() => new(
            policy.ToReference(),
            appointment.AppointmentId,
            appointment.ClientId,
            Start,
            _classification,
            cancellation.Party,
            cancellation.Channel,
            cancellation.ReceivedAt,
            _deemed,
            _notice,
            _deadline,
            _assessed,
            _fee,
            _fee.IsPositive ? FeeOutcome.Charged : _outcome,
            _fee.IsPositive ? FeeBillTo.ClientOnly : FeeBillTo.NotBilled,
            cancellation.Exception,
            _rules.ToImmutable(),
            _escalations.ToImmutable(),
            preview);
    }
}
