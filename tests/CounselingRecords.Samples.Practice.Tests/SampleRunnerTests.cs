using CounselingRecords.Samples.Practice;

namespace CounselingRecords.Samples.Practice.Tests;

/// <summary>
/// The run as a whole, called in process: the same seed prints the same dashboard (twice in memory, and on SQLite
/// as in memory), the audit chain and every signature verify, a previous run's database is recreated, and a
/// corrupted or foreign file stops the run with exit code 1 and one line naming the file.
/// </summary>
public sealed class SampleRunnerTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "cr-sample-tests-" + Guid.NewGuid().ToString("N"));

    public SampleRunnerTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Run_SameSeedTwiceInMemory_PrintsTheSameDashboard()
    {
        var first = await RunAsync(Options(inMemory: true, seed: 11));
        var second = await RunAsync(Options(inMemory: true, seed: 11));

        Assert.Equal(0, first.Result.ExitCode);
        Assert.Equal(first.Output, second.Output);
        Assert.Contains("Appointments by status", first.Output, StringComparison.Ordinal);
        Assert.Contains("A/R aging", first.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_OtherSeed_PrintsAnotherDashboard()
    {
        var first = await RunAsync(Options(inMemory: true, seed: 11));
        var other = await RunAsync(Options(inMemory: true, seed: 12));

        Assert.NotEqual(first.Output, other.Output);
    }

    [Fact]
    public async Task Run_SqliteAndInMemory_PrintTheSameDashboard()
    {
        var memory = await RunAsync(Options(inMemory: true, seed: 5));
        var sqlite = await RunAsync(Options(inMemory: false, seed: 5));

        Assert.Equal(0, sqlite.Result.ExitCode);
        Assert.Equal(memory.Output, sqlite.Output);
        Assert.True(File.Exists(DbPath));
    }

    [Fact]
    public async Task Run_Completed_VerifiesTheAuditChainAndEverySignature()
    {
        var run = await RunAsync(Options(inMemory: true, seed: 7));

        var verification = run.Result.Verification!;
        Assert.True(verification.AuditChainIntact);
        Assert.True(verification.AuditEntries > 0);
        Assert.True(verification.SignedNotes > 0);
        Assert.Equal(verification.SignedNotes, verification.IntactNotes);
        Assert.True(verification.SignedIntakes > 0);
        Assert.Equal(verification.SignedIntakes, verification.IntactIntakes);
        Assert.Contains("Audit chain and signatures intact.", run.Output, StringComparison.Ordinal);
        Assert.Contains("Simulated", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_PreviousRunsDatabase_IsRecreatedWithANotice()
    {
        var first = await RunAsync(Options(inMemory: false, seed: 5));
        var second = await RunAsync(Options(inMemory: false, seed: 5));

        Assert.Equal(0, second.Result.ExitCode);
        Assert.DoesNotContain("Cleared", first.Error, StringComparison.Ordinal);
        Assert.Contains("Cleared the previous run's database", second.Error, StringComparison.Ordinal);
        Assert.Equal(first.Output, second.Output);
    }

    [Theory]
    [InlineData("random bytes")]
    [InlineData("text file")]
    public async Task Run_CorruptedDatabaseFile_FailsWithOneLineNamingTheFile(string kind)
    {
        if (kind == "random bytes")
        {
            var bytes = new byte[8192];
            new Random(1).NextBytes(bytes);
            await File.WriteAllBytesAsync(DbPath, bytes);
        }
        else
        {
            await File.WriteAllTextAsync(DbPath, "name,phone\nJordan,555-0101\n");
        }

        var run = await RunAsync(Options(inMemory: false, seed: 5));

        Assert.Equal(1, run.Result.ExitCode);
        Assert.Empty(run.Output);
        var line = Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("error: the database file '", line, StringComparison.Ordinal);
        Assert.Contains(DbPath, line, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", line, StringComparison.Ordinal);
        Assert.True(File.Exists(DbPath), "a file that is not a CounselingRecords database is never deleted");
    }

    private string DbPath => Path.Combine(_folder, "practice.db");

    private SampleOptions Options(bool inMemory, int seed) => new(DbPath, inMemory, seed, Clients: 8, Months: 1, ShowHelp: false);

    private static async Task<(SampleResult Result, string Output, string Error)> RunAsync(SampleOptions options)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var result = await SampleRunner.RunAsync(options, output, error, interactive: false);
        return (result, output.ToString(), error.ToString());
    }
}
