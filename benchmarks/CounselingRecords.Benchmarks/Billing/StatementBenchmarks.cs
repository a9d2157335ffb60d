using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using CounselingRecords.Billing.Ledger;
using CounselingRecords.Billing.Statements;

namespace CounselingRecords.Benchmarks.Billing;

/// <summary>
/// Monthly statements for 10,000 clients with 20 ledger entries each: the library's one-pass generator against a
/// straightforward LINQ implementation of the same statement. <see cref="GeneratorFromStoredEntries"/> also rebuilds
/// every ledger from its stored entries first (what loading from storage costs).
/// </summary>
[MemoryDiagnoser]
public class StatementBenchmarks
{
    private ImmutableArray<ClientLedger> _ledgers;
    private ImmutableArray<StatementRequest> _requests;
    private StatementGenerator _generator = null!;

    [Params(10_000)]
    public int Clients { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _ledgers = StatementBenchmarkData.Ledgers(Clients, 2026);
        _requests = [.. _ledgers.Select(StatementBenchmarkData.Request)];
        _generator = new StatementGenerator(StatementBenchmarkData.Settings);
        for (var i = 0; i < Clients; i += 97)
        {
            var expected = _generator.Generate(_ledgers[i], _requests[i]);
            var actual = LinqStatementBaseline.Build(_ledgers[i], _requests[i], StatementBenchmarkData.Settings);
            if (expected.Totals != actual.Totals || expected.ClientAging != actual.ClientAging || expected.InsuranceAging != actual.InsuranceAging
                || !expected.Services.Select(s => (s.Charge, s.Fee, s.Discount, s.InsurancePaid, s.Adjustments, s.ClientShare, s.ClientPaid, s.ClientDue, s.InsurancePending))
                    .SequenceEqual(actual.Services.Select(s => (s.Charge, s.Fee, s.Discount, s.InsurancePaid, s.Adjustments, s.ClientShare, s.ClientPaid, s.ClientDue, s.InsurancePending))))
            {
                throw new InvalidOperationException($"The LINQ baseline and the generator disagree for client {i}.");
            }
        }
    }

    /// <summary>The LINQ implementation.</summary>
    /// <returns>The number of service lines.</returns>
    [Benchmark(Baseline = true)]
    public int LinqBaseline()
    {
        var lines = 0;
        for (var i = 0; i < _ledgers.Length; i++)
        {
            lines += LinqStatementBaseline.Build(_ledgers[i], _requests[i], StatementBenchmarkData.Settings).Services.Length;
        }

        return lines;
    }

    /// <summary>The generator on loaded ledgers.</summary>
    /// <returns>The number of service lines.</returns>
    [Benchmark]
    public int Generator()
    {
        var lines = 0;
        for (var i = 0; i < _ledgers.Length; i++)
        {
            lines += _generator.Generate(_ledgers[i], _requests[i]).Services.Length;
        }

        return lines;
    }

    /// <summary>The generator after rebuilding each ledger from its stored entries.</summary>
    /// <returns>The number of service lines.</returns>
    [Benchmark]
    public int GeneratorFromStoredEntries()
    {
        var lines = 0;
        for (var i = 0; i < _ledgers.Length; i++)
        {
            var stored = _ledgers[i];
            var loaded = new ClientLedger(stored.Client, stored.Currency, stored.AllocationOrder, stored.Entries, stored.Version);
            lines += _generator.Generate(loaded, _requests[i]).Services.Length;
        }

        return lines;
    }
}
