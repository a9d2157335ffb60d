using BenchmarkDotNet.Attributes;
using CounselingRecords.Finance;

namespace CounselingRecords.Benchmarks.Finance;

/// <summary>
/// <see cref="Money.Allocate(ReadOnlySpan{decimal})"/> (largest remainder, exact) against the naive loop most
/// billing code writes: round each share and push the leftover cents onto the last part.
/// </summary>
[MemoryDiagnoser]
public class MoneyBenchmarks
{
    private decimal[] _ratios = [];
    private Money _amount;

    [Params(3, 12)]
    public int Parts { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _amount = Money.Usd(1234.57m);
        _ratios = Enumerable.Range(1, Parts).Select(i => (decimal)i).ToArray();
    }

    [Benchmark(Baseline = true)]
    public Money[] NaiveRoundEachShare()
    {
        var total = _ratios.Sum();
        var parts = new Money[_ratios.Length];
        var assigned = 0m;
        for (var i = 0; i < _ratios.Length - 1; i++)
        {
            parts[i] = Money.Usd(_amount.Amount * _ratios[i] / total).Round();
            assigned += parts[i].Amount;
        }

        parts[^1] = Money.Usd(_amount.Amount - assigned);
        return parts;
    }

    [Benchmark]
    public int LargestRemainderAllocate() => _amount.Allocate(_ratios).Length;

    [Benchmark]
    public int EqualSplit() => _amount.Split(Parts).Length;
}
