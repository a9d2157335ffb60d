using System.Globalization;

namespace CounselingRecords.Samples.Practice;

/// <summary>The command-line options of the sample.</summary>
internal sealed record SampleOptions(string DatabasePath, bool InMemory, int Seed, int Clients, int Months, bool ShowHelp)
{
    public const string DefaultDatabaseFile = "counseling-practice.db";

    public static string Usage => """
        CounselingRecords sample: one simulated month (or more) in a small counseling practice.

        Simulates March 2026 (with the US daylight-saving change of 8 March) for a practice with offices in New York
        and Chicago: intakes, treatment plans, weekly and biweekly series, session notes signed and co-signed,
        PHQ-9/GAD-7 scores, late cancellations and no-shows decided by the cancellation policy, charges from signed
        notes, claims and insurance payments, a complaint. Then prints a dashboard and verifies the audit chain and
        every signature. The same seed always prints the same dashboard, on SQLite or in memory.

        Usage: dotnet run --project samples/CounselingRecords.Samples.Practice -- [options]

        Options:
          --db PATH      SQLite database file (default: ./counseling-practice.db). Created if missing. Each run
                         starts from an empty database: a file written by an earlier run (a CounselingRecords
                         database) is deleted and recreated, and a notice says so on stderr. Any other file is
                         never overwritten: the run stops with an error instead.
          --in-memory    keep everything in memory instead of SQLite (cannot be combined with --db)
          --seed N       seed for the simulation; the same seed gives the same run (default: 2026)
          --clients N    number of clients, 1 to 100000 (default: 30; one clinician per 12 clients, at least 3)
          --months N     number of months to simulate from 2026-03-01, 1 to 36 (default: 1)
          --help         show this help

        Output: the dashboard on stdout; timings and notices on stderr (so stdout can be compared between runs).
        A progress bar is shown only when stdout is a terminal.

        Exit codes: 0 success (audit chain and signatures intact), 1 the run failed (a corrupted, foreign or
        unwritable database file, or a broken audit chain or signature), 2 bad options.
        """;

    /// <summary>Parses the arguments; returns an error sentence instead of throwing.</summary>
    public static (SampleOptions? Options, string? Error) Parse(IReadOnlyList<string> args)
    {
        var db = Path.Combine(Directory.GetCurrentDirectory(), DefaultDatabaseFile);
        var inMemory = false;
        var seed = 2026;
        var clients = 30;
        var months = 1;
        var help = false;
        var dbGiven = false;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            switch (arg)
            {
                case "--help" or "-h" or "-?":
                    help = true;
                    break;
                case "--in-memory":
                    inMemory = true;
                    break;
                case "--db":
                    if (!TryValue(args, ref i, out var path) || string.IsNullOrWhiteSpace(path))
                    {
                        return (null, "--db needs a file path.");
                    }

                    db = Path.GetFullPath(path);
                    dbGiven = true;
                    break;
                case "--seed":
                    if (!TryInt(args, ref i, int.MinValue, out seed))
                    {
                        return (null, "--seed needs a whole number.");
                    }

                    break;
                case "--clients":
                    if (!TryInt(args, ref i, 1, out clients) || clients > 100_000)
                    {
                        return (null, "--clients needs a whole number from 1 to 100000.");
                    }

                    break;
                case "--months":
                    if (!TryInt(args, ref i, 1, out months) || months > 36)
                    {
                        return (null, "--months needs a whole number from 1 to 36.");
                    }

                    break;
                default:
                    return (null, $"Unknown option '{arg}'. Run with --help to see the options.");
            }
        }

        if (inMemory && dbGiven)
        {
            return (null, "--db and --in-memory cannot be used together.");
        }

        return (new SampleOptions(db, inMemory, seed, clients, months, help), null);
    }

    private static bool TryValue(IReadOnlyList<string> args, ref int i, out string value)
    {
        if (i + 1 >= args.Count || args[i + 1].StartsWith("--", StringComparison.Ordinal))
        {
            value = string.Empty;
            return false;
        }

        value = args[++i];
        return true;
    }

    private static bool TryInt(IReadOnlyList<string> args, ref int i, int minimum, out int value)
    {
        value = 0;
        return TryValue(args, ref i, out var text)
            && int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value)
            && value >= minimum;
    }
}
