using NodaTime;

namespace CounselingRecords.Benchmarks.Scheduling;

/// <summary>A clock that always reads the same instant.</summary>
internal sealed class FixedClock(Instant now) : IClock
{
    public Instant GetCurrentInstant() => now;
}
