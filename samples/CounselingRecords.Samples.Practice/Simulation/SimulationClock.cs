using NodaTime;

namespace CounselingRecords.Samples.Practice.Simulation;

/// <summary>
/// The simulation's clock: it only moves when the simulation moves it, never from the wall clock, so every instant
/// the library records (booking, audit entries, signatures) is the same on every run with the same seed.
/// </summary>
internal sealed class SimulationClock : IClock
{
    private Instant _now;

    public SimulationClock(Instant start) => _now = start;

    public Instant GetCurrentInstant() => _now;

    /// <summary>Moves the clock to an instant (never backwards).</summary>
    public void AdvanceTo(Instant instant)
    {
        if (instant > _now)
        {
            _now = instant;
        }
    }

    /// <summary>Sets the clock for one step, even backwards (a cancellation received before the day's later events).</summary>
    public void Set(Instant instant) => _now = instant;
}
