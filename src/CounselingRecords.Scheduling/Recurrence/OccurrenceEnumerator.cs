using System.Collections;
using CounselingRecords.Scheduling.Zones;
using NodaTime;

namespace CounselingRecords.Scheduling.Recurrence;

/// <summary>
/// Enumerates a series' occurrences in a window, earliest first. Rule occurrences are generated lazily in order
/// and merged with the (few, pre-sorted) moved occurrences; local times are resolved by rule S1.3 reusing the last
/// zone interval, so enumeration allocates nothing per occurrence.
/// </summary>
public sealed class OccurrenceEnumerator : IEnumerator<Occurrence>
{
    private readonly RecurringSeries _series;
    private readonly Instant _from;
    private readonly Instant _to;
    private readonly bool _includeCancelled;
    private readonly OccurrenceException[] _exceptions;
    private readonly Occurrence[] _moved;
    private readonly Duration _duration;
    private readonly LocalTime _timeOfDay;
    private readonly DateTimeZone _zone;
    private DateCursor _cursor;
    private ZoneIntervalHint _hint;
    private int _exceptionIndex;
    private int _movedIndex;
    private Occurrence _next;
    private bool _hasNext;
    private bool _ruleDone;

    internal OccurrenceEnumerator(RecurringSeries series, Instant from, Instant to, bool includeCancelled)
    {
        _series = series;
        _from = from;
        _to = to;
        _includeCancelled = includeCancelled;
        _exceptions = series.SortedExceptions;
        _moved = series.MovedOccurrences;
        _duration = series.Duration;
        _timeOfDay = series.TimeOfDay;
        _zone = series.Zone;
        Reset();
    }

    /// <inheritdoc />
    public Occurrence Current { get; private set; }

    /// <inheritdoc />
    object IEnumerator.Current => Current;

    /// <inheritdoc />
    public bool MoveNext()
    {
        if (!_hasNext && !_ruleDone)
        {
            AdvanceRule();
        }

        var hasMoved = _movedIndex < _moved.Length && _moved[_movedIndex].Start < _to;
        if (hasMoved && (!_hasNext || _moved[_movedIndex].Start < _next.Start
            || (_moved[_movedIndex].Start == _next.Start && _moved[_movedIndex].Index < _next.Index)))
        {
            Current = _moved[_movedIndex++];
            return true;
        }

        if (_hasNext)
        {
            Current = _next;
            _hasNext = false;
            return true;
        }

        return false;
    }

    /// <inheritdoc />
    public void Reset()
    {
        _cursor = _series.NewCursor();
        _hint = default;
        _hasNext = false;
        _ruleDone = _to <= _from;
        Current = default;
        var seekLocal = LocalDateTime.MinIsoValue;
        if (_from != Instant.MinValue)
        {
            var seekDate = _from.InZone(_zone).Date.PlusDays(-2);
            _cursor.SeekTo(seekDate);
            seekLocal = seekDate.AtMidnight();
        }

        _exceptionIndex = LowerBound(_exceptions, seekLocal);
        _movedIndex = 0;
        while (_movedIndex < _moved.Length && _moved[_movedIndex].Start < _from)
        {
            _movedIndex++;
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
    }

    private static int LowerBound(OccurrenceException[] exceptions, LocalDateTime local)
    {
        int low = 0, high = exceptions.Length;
        while (low < high)
        {
            var mid = (low + high) >>> 1;
            if (exceptions[mid].OccurrenceId < local)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low;
    }

    private void AdvanceRule()
    {
        while (_cursor.Next(out var date, out var index))
        {
            var local = date + _timeOfDay;
            while (_exceptionIndex < _exceptions.Length && _exceptions[_exceptionIndex].OccurrenceId < local)
            {
                _exceptionIndex++;
            }

            var state = OccurrenceState.Planned;
            if (_exceptionIndex < _exceptions.Length && _exceptions[_exceptionIndex].OccurrenceId == local)
            {
                if (_exceptions[_exceptionIndex].Kind == OccurrenceExceptionKind.Moved)
                {
                    continue;
                }

                state = OccurrenceState.Cancelled;
                if (!_includeCancelled)
                {
                    continue;
                }
            }

            var resolved = ZoneResolver.Resolve(_zone, local, ref _hint);
            if (resolved.Instant < _from)
            {
                continue;
            }

            if (resolved.Instant >= _to)
            {
                break;
            }

            // Only a gap shift changes the wall-clock time; skip converting the instant back otherwise.
            var shown = resolved.Resolution == LocalTimeResolution.GapShiftedForward ? resolved.Local : local;
            _next = new Occurrence(index, local, shown, resolved.Instant, resolved.Instant + _duration, resolved.Resolution, state);
            _hasNext = true;
            return;
        }

        _ruleDone = true;
    }
}
