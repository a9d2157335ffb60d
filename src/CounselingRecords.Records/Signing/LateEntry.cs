using CounselingRecords.Privacy;
using NodaTime;
using NodaTime.Text;

namespace CounselingRecords.Records.Signing;

/// <summary>
/// The permanent late-entry marking of a note signed after its documentation was due: the service date and the
/// written (signing) date, both shown, and the instant it was due (R7.7). The marking is part of the signed content.
/// </summary>
[ProtectedHealthInformation]
public sealed class LateEntry
{
    /// <summary>Initializes a new instance of the <see cref="LateEntry"/> class.</summary>
    /// <param name="serviceDate">The date of service.</param>
    /// <param name="writtenOn">The date the entry was written and signed, in the note's time zone.</param>
    /// <param name="writtenAt">The instant it was signed.</param>
    /// <param name="dueAt">The instant the documentation was due.</param>
    public LateEntry(LocalDate serviceDate, LocalDate writtenOn, Instant writtenAt, Instant dueAt)
    {
        if (writtenAt <= dueAt)
        {
            throw new ArgumentException("A late entry is written after it was due.", nameof(writtenAt));
        }

        if (writtenOn < serviceDate)
        {
            throw new ArgumentException("A late entry is written on or after the date of service.", nameof(writtenOn));
        }

        ServiceDate = serviceDate;
        WrittenOn = writtenOn;
        WrittenAt = writtenAt;
        DueAt = dueAt;
    }

    /// <summary>Gets the date of service.</summary>
    public LocalDate ServiceDate { get; }

    /// <summary>Gets the date written.</summary>
    public LocalDate WrittenOn { get; }

    /// <summary>Gets the instant written.</summary>
    public Instant WrittenAt { get; }

    /// <summary>Gets the instant it was due.</summary>
    public Instant DueAt { get; }

    /// <summary>Returns the label shown on the record, for example "Late entry: service 2026-01-05, written 2026-01-09".</summary>
    /// <returns>The label.</returns>
    public string Label() => $"Late entry: service {LocalDatePattern.Iso.Format(ServiceDate)}, written {LocalDatePattern.Iso.Format(WrittenOn)}";

    /// <inheritdoc />
    public override string ToString() => "LateEntry";
}
