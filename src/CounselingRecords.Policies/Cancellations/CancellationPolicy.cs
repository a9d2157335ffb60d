using System.Collections.Immutable;
using CounselingRecords.Finance;
using CounselingRecords.Identity;
using NodaTime;

namespace CounselingRecords.Policies.Cancellations;

/// <summary>
/// One version of a practice's cancellation and no-show policy, as data: the notice rule (R4.9, R4.10), the
/// late-cancellation and no-show fees (R4.2) and their caps (R4.8), the first-occurrence waiver and the intake
/// waiver (R4.3), payer restrictions (R4.5–R4.7), whether the client must have accepted this version before a
/// fee is charged (R4.8, R5.8), and escalations after repeated events. A version is identified by
/// <see cref="Id"/> and <see cref="Version"/> and takes effect for appointments on or after
/// <see cref="EffectiveFrom"/> (a date in <see cref="Zone"/>). <see cref="CancellationEngine"/> evaluates it;
/// <see cref="CancellationPolicyValidator"/> checks a host-supplied version; <see cref="CancellationPolicyHistory"/>
/// keeps the versions of one policy.
/// </summary>
public sealed class CancellationPolicy
{
    /// <summary>Initializes a new instance of the <see cref="CancellationPolicy"/> class.</summary>
    /// <param name="id">The policy (the same across versions).</param>
    /// <param name="version">The version number, from 1.</param>
    /// <param name="name">A name for staff, for example <c>Standard 24-hour policy</c>.</param>
    /// <param name="effectiveFrom">The first appointment date (in <paramref name="zone"/>) the version applies to.</param>
    /// <param name="zone">The policy's time zone: the practice's or clinician's location (R4.9).</param>
    /// <param name="currency">The currency of session fees and flat amounts.</param>
    /// <param name="notice">How much notice a cancellation needs.</param>
    /// <param name="lateCancellationFee">The late-cancellation fee.</param>
    /// <param name="noShowFee">The no-show fee.</param>
    /// <param name="cap">The caps on either fee.</param>
    /// <param name="grace">The first-occurrence waiver, if any.</param>
    /// <param name="waiveIntakeSessions">Whether a late-cancelled or missed intake session is never charged (R4.3).</param>
    /// <param name="payers">The payer restrictions.</param>
    /// <param name="requiresAcceptance">Whether a fee is charged only when the client accepted this version before the event (R4.8).</param>
    /// <param name="escalations">The escalations after repeated events.</param>
    public CancellationPolicy(
        PolicyId id,
        int version,
        string name,
        LocalDate effectiveFrom,
        DateTimeZone zone,
        Currency currency,
        NoticeRule notice,
        FeeRule lateCancellationFee,
        FeeRule noShowFee,
        FeeCap cap,
        GraceRule? grace,
        bool waiveIntakeSessions,
        PayerRules payers,
        bool requiresAcceptance,
        ImmutableArray<EscalationRule> escalations)
    {
        if (id.Value == Guid.Empty)
        {
            throw new ArgumentException("A cancellation policy needs an id.", nameof(id));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(version, 1);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(zone);
        ArgumentNullException.ThrowIfNull(notice);
        ArgumentNullException.ThrowIfNull(lateCancellationFee);
        ArgumentNullException.ThrowIfNull(noShowFee);
        ArgumentNullException.ThrowIfNull(cap);
        ArgumentNullException.ThrowIfNull(payers);
        if (currency.IsDefault)
        {
            throw new ArgumentException("A cancellation policy needs a currency.", nameof(currency));
        }

        RequireCurrency(lateCancellationFee.Amount, currency, nameof(lateCancellationFee));
        RequireCurrency(noShowFee.Amount, currency, nameof(noShowFee));
        RequireCurrency(cap.Maximum, currency, nameof(cap));
        escalations = escalations.IsDefault ? [] : escalations;
        if (escalations.Any(e => e is null))
        {
            throw new ArgumentException("Escalations cannot contain null entries.", nameof(escalations));
        }

        Id = id;
        Version = version;
        Name = name;
        EffectiveFrom = effectiveFrom;
        Zone = zone;
        Currency = currency;
        Notice = notice;
        LateCancellationFee = lateCancellationFee;
        NoShowFee = noShowFee;
        Cap = cap;
        Grace = grace;
        WaiveIntakeSessions = waiveIntakeSessions;
        Payers = payers;
        RequiresAcceptance = requiresAcceptance;
        Escalations = escalations;
    }

    /// <summary>Gets the policy id (the same across versions).</summary>
    public PolicyId Id { get; }

    /// <summary>Gets the version number.</summary>
    public int Version { get; }

    /// <summary>Gets the name for staff.</summary>
    public string Name { get; }

    /// <summary>Gets the first appointment date the version applies to.</summary>
    public LocalDate EffectiveFrom { get; }

    /// <summary>Gets the time zone for office hours, business days and display.</summary>
    public DateTimeZone Zone { get; }

    /// <summary>Gets the currency of session fees and flat amounts.</summary>
    public Currency Currency { get; }

    /// <summary>Gets the notice rule.</summary>
    public NoticeRule Notice { get; }

    /// <summary>Gets the late-cancellation fee.</summary>
    public FeeRule LateCancellationFee { get; }

    /// <summary>Gets the no-show fee.</summary>
    public FeeRule NoShowFee { get; }

    /// <summary>Gets the caps.</summary>
    public FeeCap Cap { get; }

    /// <summary>Gets the first-occurrence waiver, if any.</summary>
    public GraceRule? Grace { get; }

    /// <summary>Gets a value indicating whether intake sessions are never charged.</summary>
    public bool WaiveIntakeSessions { get; }

    /// <summary>Gets the payer restrictions.</summary>
    public PayerRules Payers { get; }

    /// <summary>Gets a value indicating whether the client must have accepted this version before a fee is charged.</summary>
    public bool RequiresAcceptance { get; }

    /// <summary>Gets the escalations after repeated events.</summary>
    public ImmutableArray<EscalationRule> Escalations { get; }

    /// <summary>Creates version 1 of a policy with the common defaults: no cap, no waivers, default payer rules, acceptance required.</summary>
    /// <param name="id">The policy id.</param>
    /// <param name="name">The name for staff.</param>
    /// <param name="effectiveFrom">The first appointment date.</param>
    /// <param name="zone">The time zone.</param>
    /// <param name="notice">The notice rule.</param>
    /// <param name="lateCancellationFee">The late-cancellation fee.</param>
    /// <param name="noShowFee">The no-show fee.</param>
    /// <param name="currency">The currency; US dollars when not given.</param>
    /// <returns>The policy.</returns>
    public static CancellationPolicy Create(
        PolicyId id,
        string name,
        LocalDate effectiveFrom,
        DateTimeZone zone,
        NoticeRule notice,
        FeeRule lateCancellationFee,
        FeeRule noShowFee,
        Currency? currency = null) =>
        new(id, 1, name, effectiveFrom, zone, currency ?? Currency.Usd, notice, lateCancellationFee, noShowFee, FeeCap.None, null, false, PayerRules.Default, true, []);

    /// <summary>Returns the reference to this version.</summary>
    /// <returns>The policy id and version.</returns>
    public CancellationPolicyReference ToReference() => new(Id, Version);

    /// <summary>
    /// Returns the next version (number + 1) effective from <paramref name="effectiveFrom"/>, with the given parts
    /// changed and the rest kept. Publish it through <see cref="CancellationPolicyHistory.Publish"/>.
    /// </summary>
    /// <param name="effectiveFrom">The first appointment date of the new version.</param>
    /// <param name="name">A new name.</param>
    /// <param name="notice">A new notice rule.</param>
    /// <param name="lateCancellationFee">A new late-cancellation fee.</param>
    /// <param name="noShowFee">A new no-show fee.</param>
    /// <param name="cap">New caps.</param>
    /// <param name="grace">A new first-occurrence waiver (use <paramref name="removeGrace"/> to drop it).</param>
    /// <param name="removeGrace">Whether the new version has no first-occurrence waiver.</param>
    /// <param name="waiveIntakeSessions">A new intake waiver setting.</param>
    /// <param name="payers">New payer restrictions.</param>
    /// <param name="requiresAcceptance">A new acceptance setting.</param>
    /// <param name="escalations">New escalations.</param>
    /// <returns>The new version.</returns>
    public CancellationPolicy Revise(
        LocalDate effectiveFrom,
        string? name = null,
        NoticeRule? notice = null,
        FeeRule? lateCancellationFee = null,
        FeeRule? noShowFee = null,
        FeeCap? cap = null,
        GraceRule? grace = null,
        bool removeGrace = false,
        bool? waiveIntakeSessions = null,
        PayerRules? payers = null,
        bool? requiresAcceptance = null,
        ImmutableArray<EscalationRule>? escalations = null) =>
        new(
            Id,
            Version + 1,
            name ?? Name,
            effectiveFrom,
            Zone,
            Currency,
            notice ?? Notice,
            lateCancellationFee ?? LateCancellationFee,
            noShowFee ?? NoShowFee,
            cap ?? Cap,
            removeGrace ? null : grace ?? Grace,
            waiveIntakeSessions ?? WaiveIntakeSessions,
            payers ?? Payers,
            requiresAcceptance ?? RequiresAcceptance,
            escalations ?? Escalations);

    /// <summary>Returns whether the version applies to an appointment starting at <paramref name="appointmentStart"/> (its date is on or after <see cref="EffectiveFrom"/>).</summary>
    /// <param name="appointmentStart">The appointment start.</param>
    /// <returns><see langword="true"/> when the version has taken effect for that date.</returns>
    public bool HasTakenEffectFor(Instant appointmentStart) => appointmentStart.InZone(Zone).Date >= EffectiveFrom;

    /// <inheritdoc />
    public override string ToString() => $"CancellationPolicy {Id} v{Version} ({Notice.Mode}, from {Policies.Describe.Iso(EffectiveFrom)})";

    private static void RequireCurrency(Money? amount, Currency currency, string parameter)
    {
        if (amount is { } m && m.Currency != currency)
        {
            throw new ArgumentException($"Amounts must be in the policy's currency {currency}.", parameter);
        }
    }
}
