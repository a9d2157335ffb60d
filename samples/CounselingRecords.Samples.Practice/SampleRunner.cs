using System.Diagnostics;
using System.Globalization;
using CounselingRecords.DependencyInjection.Auditing;
using CounselingRecords.Identity;
using CounselingRecords.Samples.Practice.Reporting;
using CounselingRecords.Samples.Practice.Simulation;
using CounselingRecords.Samples.Practice.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Spectre.Console;

namespace CounselingRecords.Samples.Practice;

/// <summary>
/// Runs the sample: prepares the database, simulates the period, prints the dashboard and the verification to
/// <c>output</c> (the same bytes for the same seed, on SQLite or in memory) and timings and notices to <c>error</c>.
/// </summary>
internal static class SampleRunner
{
    /// <summary>The width of the dashboard when the output is not a terminal, so redirected output never varies.</summary>
    public const int RedirectedWidth = 140;

    public static async Task<SampleResult> RunAsync(SampleOptions options, TextWriter output, TextWriter error, bool interactive, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var path = options.DatabasePath;
        try
        {
            if (!options.InMemory && DatabaseFile.ClearPreviousRun(path))
            {
                error.WriteLine($"Cleared the previous run's database {path}; the simulation starts from an empty database.");
            }

            var clock = new SimulationClock(Instant.FromUtc(2026, 1, 1, 0, 0));
            var services = new ServiceCollection();
            services.AddCounselingRecords(b =>
            {
                b.UseClock(clock).UseIdGenerator(new SeededIdGenerator(options.Seed));
                if (options.InMemory)
                {
                    b.UseInMemory();
                }
                else
                {
                    b.UseSqlite(path);
                }
            });
            await using var provider = services.BuildServiceProvider();
            var console = CreateConsole(output, interactive);
            var watch = Stopwatch.StartNew();
            var context = interactive
                ? await SimulateWithProgressAsync(console, provider, clock, options, cancellationToken).ConfigureAwait(false)
                : await PracticeSimulation.RunAsync(provider, clock, options.Seed, options.Clients, options.Months, null, cancellationToken).ConfigureAwait(false);
            var simulated = watch.Elapsed;

            using var scope = provider.CreateScope();
            scope.ServiceProvider.GetRequiredService<ActorContext>().Use(context.Practice.Admin);
            await Dashboard.RenderAsync(console, scope.ServiceProvider, context, cancellationToken).ConfigureAwait(false);
            var verification = await Verifier.VerifyAsync(scope.ServiceProvider, cancellationToken).ConfigureAwait(false);
            Verifier.Render(console, verification);
            watch.Stop();
            ReportTiming(error, context.Stats, simulated, watch.Elapsed, options);
            context.Timings.Report(error);
            return new SampleResult(verification.IsIntact ? SampleResult.Success : SampleResult.Failed, verification);
        }
        catch (SqliteException ex)
        {
            error.WriteLine($"error: the database file '{path}' cannot be used: {OneLine(ex.Message)}");
            return new SampleResult(SampleResult.Failed, null);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"error: the database file '{path}' cannot be used: {OneLine(ex.Message)}");
            return new SampleResult(SampleResult.Failed, null);
        }
        finally
        {
            // The store is disposed; release its pooled connections so the file can be replaced by the next run.
            SqliteConnection.ClearAllPools();
        }
    }

    private static async Task<SimulationContext> SimulateWithProgressAsync(IAnsiConsole console, IServiceProvider provider, SimulationClock clock, SampleOptions options, CancellationToken cancellationToken)
    {
        SimulationContext? context = null;
        await console.Progress().AutoClear(true).StartAsync(async progress =>
        {
            var task = progress.AddTask("Simulating the practice", maxValue: 1);
            context = await PracticeSimulation.RunAsync(provider, clock, options.Seed, options.Clients, options.Months, (day, days) =>
            {
                task.MaxValue = days;
                task.Value = day;
            }, cancellationToken).ConfigureAwait(false);
        }).ConfigureAwait(false);
        return context!;
    }

    private static IAnsiConsole CreateConsole(TextWriter output, bool interactive)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = interactive ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = interactive ? InteractionSupport.Yes : InteractionSupport.No,
            Out = new AnsiConsoleOutput(output),
        });
        if (!interactive)
        {
            console.Profile.Width = RedirectedWidth;
        }

        return console;
    }

    private static void ReportTiming(TextWriter error, SimulationStats stats, TimeSpan simulated, TimeSpan total, SampleOptions options)
    {
        var seconds = Math.Max(simulated.TotalSeconds, 0.001);
        error.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"Simulated {options.Clients} clients for {options.Months} month(s) on {(options.InMemory ? "memory" : options.DatabasePath)} in {simulated.TotalSeconds:F1} s (total with dashboard and verification {total.TotalSeconds:F1} s): {stats.Appointments / seconds:F0} appointments/s, {stats.NotesSigned / seconds:F0} notes/s, {stats.Charges / seconds:F0} charges/s, {stats.DocumentsWritten / seconds:F0} document writes/s."));
    }

    private static string OneLine(string message) => message.ReplaceLineEndings(" ").Trim();
}
