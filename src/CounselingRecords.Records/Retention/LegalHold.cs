using CounselingRecords.Privacy;
using NodaTime;

namespace CounselingRecords.Records.Retention;

/// <summary>
/// A legal hold on a client's records (litigation, subpoena, investigation). While a hold is active the records
/// are never destroyed, whatever the retention rules say (R7.11).
/// </summary>
[ProtectedHealthInformation]
public sealed class LegalHold
{
    /// <summary>Initializes a new instance of the <see cref="LegalHold"/> class.</summary>
    /// <param name="reference">The practice's reference for the hold (a case or matter number), unique per client.</param>
    /// <param name="matter">What the hold is for.</param>
    /// <param name="placedOn">The date it was placed.</param>
    /// <param name="releasedOn">The date it was released, if it was.</param>
    public LegalHold(string reference, string matter, LocalDate placedOn, LocalDate? releasedOn)
    {
        Reference = reference;
        Matter = matter;
        PlacedOn = placedOn;
        ReleasedOn = releasedOn;
    }

    /// <summary>Gets the reference.</summary>
    public string Reference { get; }

    /// <summary>Gets what the hold is for.</summary>
    public string Matter { get; }

    /// <summary>Gets the date placed.</summary>
    public LocalDate PlacedOn { get; }

    /// <summary>Gets the date released, if any.</summary>
    public LocalDate? ReleasedOn { get; }

    /// <summary>Returns whether the hold is in force on a date (from the day placed until the day before release).</summary>
    /// <param name="date">The date.</param>
    /// <returns><see langword="true"/> when in force.</returns>
    public bool IsActiveOn(LocalDate date) => PlacedOn <= date && (ReleasedOn is null || date < ReleasedOn);

    /// <inheritdoc />
    public override string ToString() => $"LegalHold {Reference}";
}
