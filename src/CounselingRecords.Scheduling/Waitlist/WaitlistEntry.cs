using System.Collections.Immutable;
using CounselingRecords.Access;
using CounselingRecords.Identity;
using CounselingRecords.Results;
using CounselingRecords.Storage;
using NodaTime;

namespace CounselingRecords.Scheduling.Waitlist;

/// <summary>
/// A client waiting for a slot: preferences read in the client's zone, a priority tier, when they joined and
/// when the entry expires, and every offer made with its outcome (S7.1–S7.4). An entry holds at most one pending
/// offer; an offer not answered by its hold time expires and the entry waits again.
/// </summary>
[CounselingRecords.Privacy.ProtectedHealthInformation]
public sealed class WaitlistEntry : IAggregateRoot<WaitlistEntry>
{
    /// <summary>Initializes a new instance of the <see cref="WaitlistEntry"/> class from its stored state.</summary>
    /// <param name="id">The id.</param>
    /// <param name="clientId">The client.</param>
    /// <param name="clientZone">The client's zone.</param>
    /// <param name="preferences">What the client will accept.</param>
    /// <param name="priority">The priority tier (higher first under priority ordering).</param>
    /// <param name="joinedAt">When the client joined.</param>
    /// <param name="expiresAt">When the entry lapses, if ever.</param>
    /// <param name="status">The status.</param>
    /// <param name="offers">Every offer, oldest first.</param>
    /// <param name="version">The stored version (0 when never saved).</param>
    public WaitlistEntry(
        WaitlistEntryId id,
        ClientId clientId,
        DateTimeZone clientZone,
        WaitlistPreferences preferences,
        int priority,
        Instant joinedAt,
        Instant? expiresAt,
        WaitlistStatus status,
        ImmutableArray<WaitlistOffer> offers,
        long version)
    {
        if (id.Value == Guid.Empty || clientId.Value == Guid.Empty)
        {
            throw new ArgumentException("A waitlist entry needs its id and client.", nameof(id));
        }

        ArgumentNullException.ThrowIfNull(clientZone);
        ArgumentNullException.ThrowIfNull(preferences);
        ArgumentOutOfRangeException.ThrowIfNegative(version);
        offers = offers.IsDefault ? [] : offers;
        if (expiresAt is { } expiry && expiry <= joinedAt)
        {
            throw new ArgumentException("An entry expires after it is created.", nameof(expiresAt));
        }

        var pending = offers.Count(o => o.Outcome == OfferOutcome.Pending);
        if (pending > 1 || (pending == 1) != (status == WaitlistStatus.Offered))
        {
            throw new ArgumentException($"Waitlist entry {id}: exactly one pending offer when offered, none otherwise (S7.3).", nameof(offers));
        }

        Id = id;
        ClientId = clientId;
        ClientZone = clientZone;
        Preferences = preferences;
        Priority = priority;
        JoinedAt = joinedAt;
        ExpiresAt = expiresAt;
        Status = status;
        Offers = offers;
        Version = version;
    }

    /// <summary>Gets the id.</summary>
    public WaitlistEntryId Id { get; }

    /// <summary>Gets the client.</summary>
    public ClientId ClientId { get; }

    /// <summary>Gets the client's zone (preferences are read in it).</summary>
    public DateTimeZone ClientZone { get; }

    /// <summary>Gets what the client will accept.</summary>
    public WaitlistPreferences Preferences { get; }

    /// <summary>Gets the priority tier.</summary>
    public int Priority { get; }

    /// <summary>Gets when the client joined.</summary>
    public Instant JoinedAt { get; }

    /// <summary>Gets when the entry lapses, if ever.</summary>
    public Instant? ExpiresAt { get; }

    /// <summary>Gets the status.</summary>
    public WaitlistStatus Status { get; }

    /// <summary>Gets every offer, oldest first.</summary>
    public ImmutableArray<WaitlistOffer> Offers { get; }

    /// <inheritdoc />
    public long Version { get; }

    /// <inheritdoc />
    public string Key => Id.ToString();

    /// <summary>Gets the pending offer, if any.</summary>
    public WaitlistOffer? PendingOffer => Offers.FirstOrDefault(o => o.Outcome == OfferOutcome.Pending);

    /// <summary>Creates a waiting entry.</summary>
    /// <param name="id">The id.</param>
    /// <param name="clientId">The client.</param>
    /// <param name="clientZone">The client's zone.</param>
    /// <param name="preferences">What the client will accept.</param>
    /// <param name="joinedAt">When.</param>
    /// <param name="priority">The priority tier (default 0).</param>
    /// <param name="expiresAt">When the entry lapses, if ever.</param>
    /// <returns>The entry.</returns>
    public static WaitlistEntry Join(WaitlistEntryId id, ClientId clientId, DateTimeZone clientZone, WaitlistPreferences preferences, Instant joinedAt, int priority = 0, Instant? expiresAt = null) =>
        new(id, clientId, clientZone, preferences, priority, joinedAt, expiresAt, WaitlistStatus.Waiting, [], 0);

    /// <summary>Returns whether the entry can take an offer at <paramref name="now"/>: waiting and not expired.</summary>
    /// <param name="now">The instant.</param>
    /// <returns><see langword="true"/> when it can.</returns>
    public bool IsOpen(Instant now) => Status == WaitlistStatus.Waiting && (ExpiresAt is null || now < ExpiresAt.Value);

    /// <summary>Offers a freed slot, held until <paramref name="now"/> + <paramref name="hold"/> (S7.3).</summary>
    /// <param name="slot">The slot.</param>
    /// <param name="hold">How long the client has to answer; positive.</param>
    /// <param name="actor">Who offers it.</param>
    /// <param name="now">When.</param>
    /// <returns>The entry with the pending offer, or a refusal.</returns>
    public Result<WaitlistEntry> Offer(FreedSlot slot, Duration hold, Actor actor, Instant now)
    {
        ArgumentNullException.ThrowIfNull(slot);
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(hold, Duration.Zero);
        if (ExpiresAt is { } expiry && now >= expiry)
        {
            return Refuse(SchedulingErrorCodes.WaitlistEntryExpired, $"Waitlist entry {Id} expired at {expiry}.", SchedulingRules.WaitlistExpiry);
        }

        if (Status != WaitlistStatus.Waiting)
        {
            return Refuse(SchedulingErrorCodes.WaitlistNotWaiting, $"Waitlist entry {Id} is {Status}, not waiting.", SchedulingRules.WaitlistOffers);
        }

        if (Preferences.Mismatch(slot, ClientZone) is { } mismatch)
        {
            return Refuse(SchedulingErrorCodes.WaitlistSlotNotMatching, $"Waitlist entry {Id}: the client {mismatch}.", SchedulingRules.WaitlistPreferences);
        }

        var offer = new WaitlistOffer(Offers.Length + 1, slot, now, now + hold, actor.UserId, OfferOutcome.Pending, null, null, null);
        return With(WaitlistStatus.Offered, Offers.Add(offer));
    }

    /// <summary>Records that the client accepted the pending offer and the slot was booked as <paramref name="appointment"/>.</summary>
    /// <param name="number">The offer's number.</param>
    /// <param name="appointment">The appointment booked.</param>
    /// <param name="actor">Who records it.</param>
    /// <param name="now">When; before the hold ends.</param>
    /// <returns>The booked entry, or a refusal (an expired offer is refused; record it with <see cref="ExpireOffers"/>).</returns>
    public Result<WaitlistEntry> Accept(int number, AppointmentId appointment, Actor actor, Instant now)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (Pending(number) is { } refusal)
        {
            return refusal;
        }

        var offer = Offers[number - 1];
        if (now >= offer.ExpiresAt)
        {
            return Refuse(SchedulingErrorCodes.WaitlistOfferExpired, $"Offer {number} of waitlist entry {Id} expired at {offer.ExpiresAt}.", SchedulingRules.WaitlistExpiry);
        }

        return With(WaitlistStatus.Booked, Offers.SetItem(number - 1, offer with { Outcome = OfferOutcome.Accepted, RespondedAt = now, RespondedBy = actor.UserId, BookedAppointment = appointment }));
    }

    /// <summary>Records that the client declined the pending offer; the entry waits again.</summary>
    /// <param name="number">The offer's number.</param>
    /// <param name="actor">Who records it.</param>
    /// <param name="now">When.</param>
    /// <returns>The waiting entry, or a refusal.</returns>
    public Result<WaitlistEntry> Decline(int number, Actor actor, Instant now) => Close(number, OfferOutcome.Declined, actor, now);

    /// <summary>Withdraws the pending offer (the slot went elsewhere); the entry waits again.</summary>
    /// <param name="number">The offer's number.</param>
    /// <param name="actor">Who records it.</param>
    /// <param name="now">When.</param>
    /// <returns>The waiting entry, or a refusal.</returns>
    public Result<WaitlistEntry> Withdraw(int number, Actor actor, Instant now) => Close(number, OfferOutcome.Withdrawn, actor, now);

    /// <summary>Records lapses at <paramref name="now"/>: a pending offer past its hold expires (the entry waits again), and an entry past its expiry expires (S7.4).</summary>
    /// <param name="now">The instant.</param>
    /// <returns>The entry, changed or not.</returns>
    public WaitlistEntry ExpireOffers(Instant now)
    {
        var entry = this;
        if (PendingOffer is { } offer && now >= offer.ExpiresAt)
        {
            entry = With(WaitlistStatus.Waiting, Offers.SetItem(offer.Number - 1, offer with { Outcome = OfferOutcome.Expired, RespondedAt = offer.ExpiresAt }));
        }

        if (entry.ExpiresAt is { } expiry && now >= expiry && entry.Status == WaitlistStatus.Waiting)
        {
            entry = entry.With(WaitlistStatus.Expired, entry.Offers);
        }

        return entry;
    }

    /// <summary>Takes the entry off the list; a pending offer is withdrawn.</summary>
    /// <param name="actor">Who removes it.</param>
    /// <param name="now">When.</param>
    /// <returns>The removed entry, or a refusal when it is already closed.</returns>
    public Result<WaitlistEntry> Remove(Actor actor, Instant now)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (Status is not (WaitlistStatus.Waiting or WaitlistStatus.Offered))
        {
            return Refuse(SchedulingErrorCodes.WaitlistNotWaiting, $"Waitlist entry {Id} is {Status}.", SchedulingRules.WaitlistOffers);
        }

        var offers = PendingOffer is { } offer
            ? Offers.SetItem(offer.Number - 1, offer with { Outcome = OfferOutcome.Withdrawn, RespondedAt = now, RespondedBy = actor.UserId })
            : Offers;
        return With(WaitlistStatus.Removed, offers);
    }

    /// <inheritdoc />
    public WaitlistEntry WithVersion(long version) => new(Id, ClientId, ClientZone, Preferences, Priority, JoinedAt, ExpiresAt, Status, Offers, version);

    /// <inheritdoc />
    public override string ToString() => $"WaitlistEntry {Id} (client {ClientId}, {Status}, {Offers.Length} offer(s))";

    private Result<WaitlistEntry> Close(int number, OfferOutcome outcome, Actor actor, Instant now)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (Pending(number) is { } refusal)
        {
            return refusal;
        }

        return With(WaitlistStatus.Waiting, Offers.SetItem(number - 1, Offers[number - 1] with { Outcome = outcome, RespondedAt = now, RespondedBy = actor.UserId }));
    }

    private Result<WaitlistEntry>? Pending(int number)
    {
        if (number < 1 || number > Offers.Length)
        {
            return Refuse(SchedulingErrorCodes.WaitlistOfferNotFound, $"Waitlist entry {Id} has no offer {number}.", SchedulingRules.WaitlistOffers);
        }

        if (Offers[number - 1].Outcome != OfferOutcome.Pending)
        {
            return Refuse(SchedulingErrorCodes.WaitlistOfferNotPending, $"Offer {number} of waitlist entry {Id} is {Offers[number - 1].Outcome}.", SchedulingRules.WaitlistOffers);
        }

        return null;
    }

    private WaitlistEntry With(WaitlistStatus status, ImmutableArray<WaitlistOffer> offers) =>
        new(Id, ClientId, ClientZone, Preferences, Priority, JoinedAt, ExpiresAt, status, offers, Version);

    private Result<WaitlistEntry> Refuse(string code, string message, string rule) =>
        Result<WaitlistEntry>.ForError(new DomainError(code, message, rule, Id.ToString()));
}
