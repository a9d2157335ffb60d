using System.Collections.Immutable;
using CounselingRecords.Identity;
using NodaTime;

namespace CounselingRecords.TreatmentPlans.Reviews;

/// <summary>
/// What an initial treatment-plan deadline is computed from (R7.13): the client, the date of the anchor event the
/// rule counts from (first contact, admission or authorization), the dates of the client's contacts (for rules that
/// count contacts), and the date the initial plan was completed, if it was.
/// </summary>
public sealed record InitialPlanFacts
{
    /// <summary>Initializes a new instance of the <see cref="InitialPlanFacts"/> class.</summary>
    /// <param name="clientId">The client.</param>
    /// <param name="anchorDate">The date of the anchor event (first contact, admission or authorization).</param>
    /// <param name="contactDates">The dates of the client's contacts, any order; one entry per contact (two on one day count twice).</param>
    /// <param name="initialPlanCompletedOn">The date the initial plan was completed (for example the first version's effective date), if it was.</param>
    /// <exception cref="ArgumentException">The client id is empty, or a contact or the completion predates the anchor.</exception>
    public InitialPlanFacts(ClientId clientId, LocalDate anchorDate, ImmutableArray<LocalDate> contactDates, LocalDate? initialPlanCompletedOn)
    {
        ClientId = Internal.NotEmpty(clientId, nameof(clientId));
        AnchorDate = anchorDate;
        ContactDates = contactDates.OrEmpty().Sort();
        if (ContactDates.Length > 0 && ContactDates[0] < anchorDate)
        {
            throw new ArgumentException("A contact cannot predate the anchor date.", nameof(contactDates));
        }

        if (initialPlanCompletedOn < anchorDate)
        {
            throw new ArgumentException("The initial plan cannot be completed before the anchor date.", nameof(initialPlanCompletedOn));
        }

        InitialPlanCompletedOn = initialPlanCompletedOn;
    }

    /// <summary>Gets the client.</summary>
    public ClientId ClientId { get; }

    /// <summary>Gets the date of the anchor event.</summary>
    public LocalDate AnchorDate { get; }

    /// <summary>Gets the contact dates, earliest first.</summary>
    public ImmutableArray<LocalDate> ContactDates { get; }

    /// <summary>Gets the date the initial plan was completed, if it was.</summary>
    public LocalDate? InitialPlanCompletedOn { get; }

    /// <inheritdoc />
    public bool Equals(InitialPlanFacts? other) =>
        other is not null && ClientId == other.ClientId && AnchorDate == other.AnchorDate
        && Internal.SequenceEquals(ContactDates, other.ContactDates) && InitialPlanCompletedOn == other.InitialPlanCompletedOn;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(ClientId, AnchorDate, Internal.SequenceHash(ContactDates), InitialPlanCompletedOn);

    /// <summary>Returns the client id only.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Internal.Inv($"InitialPlanFacts (client {ClientId})");
}
