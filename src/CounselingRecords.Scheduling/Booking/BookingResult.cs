using System.Collections.Immutable;
using CounselingRecords.Results;
using CounselingRecords.Scheduling.Appointments;
using CounselingRecords.Scheduling.Recurrence;

namespace CounselingRecords.Scheduling.Booking;

/// <summary>
/// The outcome of a booking operation: accepted, with the new book and the appointments and series to save; or
/// refused, with the unchanged book, the typed conflicts and one <see cref="DomainError"/> whose details list them.
/// Nothing is half-applied (S3.10).
/// </summary>
public sealed class BookingResult
{
    private BookingResult(ScheduleBook book, ImmutableArray<Appointment> appointments, ImmutableArray<RecurringSeries> series, ImmutableArray<BookingConflict> conflicts, DomainError? error)
    {
        Book = book;
        Appointments = appointments;
        Series = series;
        Conflicts = conflicts;
        Error = error;
    }

    /// <summary>Gets a value indicating whether the operation was applied.</summary>
    public bool Accepted => Error is null;

    /// <summary>Gets the book after the operation (the unchanged book when refused).</summary>
    public ScheduleBook Book { get; }

    /// <summary>Gets the appointments created or changed, to save (new ones in time order, then changed ones).</summary>
    public ImmutableArray<Appointment> Appointments { get; }

    /// <summary>Gets the series created or changed, to save.</summary>
    public ImmutableArray<RecurringSeries> Series { get; }

    /// <summary>Gets the conflicts that refused the booking (empty when accepted or refused for another reason).</summary>
    public ImmutableArray<BookingConflict> Conflicts { get; }

    /// <summary>Gets the refusal, or <see langword="null"/> when accepted.</summary>
    public DomainError? Error { get; }

    /// <summary>Gets the first appointment created or changed.</summary>
    /// <exception cref="DomainException">The operation was refused.</exception>
    public Appointment Appointment => Error is null ? Appointments[0] : throw new DomainException(Error);

    /// <summary>Converts to a <see cref="Result{T}"/> of the appointments to save.</summary>
    /// <returns>The result.</returns>
    public Result<ImmutableArray<Appointment>> ToResult() =>
        Error is null ? Result<ImmutableArray<Appointment>>.ForValue(Appointments) : Result<ImmutableArray<Appointment>>.ForError(Error);

    /// <inheritdoc />
    public override string ToString() => Accepted
        ? $"Accepted ({Appointments.Length} appointment(s), {Series.Length} series)"
        : $"Refused: {Error!.Code} ({Conflicts.Length} conflict(s))";

    internal static BookingResult Accept(ScheduleBook book, IEnumerable<Appointment> appointments, IEnumerable<RecurringSeries>? series = null) =>
        new(book, appointments.ToImmutableArray(), series?.ToImmutableArray() ?? [], [], null);

    internal static BookingResult Refuse(ScheduleBook book, IReadOnlyList<BookingConflict> conflicts)
    {
        var list = conflicts.ToImmutableArray();
        var error = new DomainError(
            SchedulingErrorCodes.BookingRefused,
            $"The booking was refused: {list.Length} conflict(s), first: {list[0].Message}",
            SchedulingRules.AllOrNothing,
            details: list.Select(c => c.ToDomainError()).ToImmutableArray());
        return new(book, [], [], list, error);
    }

    internal static BookingResult Fail(ScheduleBook book, DomainError error) => new(book, [], [], [], error);
}
