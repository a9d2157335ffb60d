using NodaTime;

namespace CounselingRecords.Policies.Cancellations;

/// <summary>A date the office counts as closed, with its name.</summary>
public sealed record PolicyHoliday
{
    /// <summary>Initializes a new instance of the <see cref="PolicyHoliday"/> class.</summary>
    /// <param name="date">The date.</param>
    /// <param name="name">The name, for example <c>Office closure</c>.</param>
    public PolicyHoliday(LocalDate date, string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Date = date;
        Name = name;
    }

    /// <summary>Gets the date.</summary>
    public LocalDate Date { get; }

    /// <summary>Gets the name.</summary>
    public string Name { get; }
}
