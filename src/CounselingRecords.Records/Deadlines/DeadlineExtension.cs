using NodaTime;

namespace CounselingRecords.Records.Deadlines;

/// <summary>The one extension taken on a request: when the written notice was sent, for how long, why, and the new due date.</summary>
public sealed class DeadlineExtension
{
    /// <summary>Initializes a new instance of the <see cref="DeadlineExtension"/> class.</summary>
    /// <param name="noticeSentOn">When the written notice was sent (on or before the first due date).</param>
    /// <param name="days">The extension in calendar days.</param>
    /// <param name="reason">The reason given in the notice.</param>
    /// <param name="previousDueOn">The due date before the extension.</param>
    /// <param name="newDueOn">The due date after it.</param>
    public DeadlineExtension(LocalDate noticeSentOn, int days, string reason, LocalDate previousDueOn, LocalDate newDueOn)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(days);
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        if (newDueOn != previousDueOn.PlusDays(days))
        {
            throw new ArgumentException("The new due date is the previous one plus the extension.", nameof(newDueOn));
        }

        NoticeSentOn = noticeSentOn;
        Days = days;
        Reason = reason;
        PreviousDueOn = previousDueOn;
        NewDueOn = newDueOn;
    }

    /// <summary>Gets when the notice was sent.</summary>
    public LocalDate NoticeSentOn { get; }

    /// <summary>Gets the extension in days.</summary>
    public int Days { get; }

    /// <summary>Gets the reason.</summary>
    public string Reason { get; }

    /// <summary>Gets the due date before the extension.</summary>
    public LocalDate PreviousDueOn { get; }

    /// <summary>Gets the due date after it.</summary>
    public LocalDate NewDueOn { get; }

    /// <inheritdoc />
    public override string ToString() => $"Extended by {Days} days to {NewDueOn}";
}
