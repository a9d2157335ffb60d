using NodaTime;

namespace CounselingRecords.Samples.Practice.Simulation;

/// <summary>
/// What happens when: actions ordered by instant, then by the order they were scheduled, so a run is the same on
/// every machine. Actions may schedule further actions (a completed session schedules its note's signature).
/// </summary>
internal sealed class Agenda
{
    private readonly PriorityQueue<(string Step, Func<Task> Action), (Instant At, long Sequence)> _queue = new();
    private long _sequence;

    public int Pending => _queue.Count;

    public void At(Instant at, string step, Func<Task> action) => _queue.Enqueue((step, action), (at, _sequence++));

    /// <summary>Takes the next action due before <paramref name="end"/>.</summary>
    public bool TryTakeBefore(Instant end, out Instant at, out string step, out Func<Task> action)
    {
        if (_queue.TryPeek(out var item, out var key) && key.At < end)
        {
            _queue.Dequeue();
            at = key.At;
            step = item.Step;
            action = item.Action;
            return true;
        }

        at = default;
        step = string.Empty;
        action = null!;
        return false;
    }
}
