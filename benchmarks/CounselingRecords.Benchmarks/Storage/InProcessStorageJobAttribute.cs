using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace CounselingRecords.Benchmarks.Storage;

/// <summary>
/// One short in-process job for the SQLite benchmarks (each operation takes milliseconds to seconds and is dominated
/// by file I/O, so a separate process and many iterations add time, not precision).
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
internal sealed class InProcessStorageJobAttribute : Attribute, IConfigSource
{
    public InProcessStorageJobAttribute(int warmupCount, int iterationCount, int invocationCount = 0)
    {
        var job = Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithLaunchCount(1).WithWarmupCount(warmupCount).WithIterationCount(iterationCount);
        Config = ManualConfig.CreateEmpty().AddJob(invocationCount > 0 ? job.WithInvocationCount(invocationCount).WithUnrollFactor(1) : job);
    }

    public IConfig Config { get; }
}
