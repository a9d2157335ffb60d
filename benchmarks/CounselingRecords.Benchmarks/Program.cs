using BenchmarkDotNet.Running;

namespace CounselingRecords.Benchmarks;

/// <summary>
/// Runs the benchmarks: <c>dotnet run -c Release --project benchmarks/CounselingRecords.Benchmarks -- --filter *Money*</c>.
/// Every class compares a CounselingRecords hot path with the baseline named in its issue, in one run.
/// </summary>
public static class Program
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
