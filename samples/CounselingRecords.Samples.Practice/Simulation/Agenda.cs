using NodaTime;

namespace CounselingRecords.Samples.Practice.Simulation;

/// <summary>
/// What happens when: actions ordered by instant, then by the order they were scheduled, so a run is the same on
/// every machine. Actions may schedule further actions (a completed session schedules its note's signature).
/// </summary>
internal sealed class Agenda
{
    private readonly PriorityQueue<Func<Task>, (Instant At, long Sequence)> _queue = new();
    private long _sequence;

    public int Pending => _queue.Count;

    public void At(Instant at, Func<Task> action) => _queue.Enqueue(action, (at, _sequence++));

    /// <summary>Takes the next action due before <paramref name="end"/>.</summary>
    public bool TryTakeBefore(Instant end, out Instant at, out Func<Task> action)
    {
        if (_queue.TryPeek(out action!, out var key) && key.At < end)
        {
            _queue.Dequeue();
            at = key.At;
            return true;
        }

        at = default;
        action = null!;
        return false;
    }
}
