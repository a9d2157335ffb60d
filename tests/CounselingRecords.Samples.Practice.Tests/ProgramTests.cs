using System.Diagnostics;

namespace CounselingRecords.Samples.Practice.Tests;

/// <summary>The process's exit codes (2 for bad options with the message on stderr, 0 for --help).</summary>
public sealed class ProgramTests
{
    [Theory]
    [InlineData("--clients 0", 2, "--clients")]
    [InlineData("--bogus", 2, "Unknown option")]
    [InlineData("--help", 0, "")]
    public async Task Main_Arguments_ExitWithTheDocumentedCode(string arguments, int exitCode, string stderrContains)
    {
        var sample = typeof(SampleRunner).Assembly.Location;
        var start = new ProcessStartInfo("dotnet", $"\"{sample}\" {arguments}")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.Equal(exitCode, process.ExitCode);
        Assert.Contains(stderrContains, await stderr, StringComparison.Ordinal);
        if (exitCode == 0)
        {
            Assert.Contains("Usage:", await stdout, StringComparison.Ordinal);
        }
        else
        {
            Assert.Empty(await stdout);
        }
    }
}
