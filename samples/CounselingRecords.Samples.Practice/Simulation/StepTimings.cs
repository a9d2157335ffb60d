using System.Globalization;

namespace CounselingRecords.Samples.Practice.Simulation;

/// <summary>Wall-clock time spent per simulation step (reported on stderr only: it varies from run to run).</summary>
internal sealed class StepTimings
{
    private readonly SortedDictionary<string, (TimeSpan Total, int Count)> _steps = new(StringComparer.Ordinal);

    public void Add(string step, TimeSpan elapsed)
    {
        var current = _steps.TryGetValue(step, out var value) ? value : default;
        _steps[step] = (current.Total + elapsed, current.Count + 1);
    }

    public void Report(TextWriter error)
    {
        foreach (var (step, (total, count)) in _steps.OrderByDescending(s => s.Value.Total))
        {
            error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {step,-34} {total.TotalSeconds,8:F2} s  {count,9:N0} x  {total.TotalMilliseconds * 1000 / Math.Max(1, count),10:F0} us each"));
        }
    }
}
