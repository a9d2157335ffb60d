using BenchmarkDotNet.Attributes;
using CounselingRecords.Billing.Catalog;
using CounselingRecords.Billing.Coding;
using CounselingRecords.Billing.Payers;
using CounselingRecords.Billing.SlidingScale;
using CounselingRecords.Care;
using CounselingRecords.Finance;
using CounselingRecords.Identity;
using NodaTime;

namespace CounselingRecords.Benchmarks.Billing;

/// <summary>
/// Code selection and fee calculation per session: the library's struct-based selector and calculator (which must
/// allocate nothing per call) against a straightforward implementation with lists, LINQ and strings.
/// </summary>
[MemoryDiagnoser]
public class CodeSelectionBenchmarks
{
    private static readonly LocalDate Day = new(2026, 2, 10);
    private readonly CodeSelector _selector = CodeSelector.Default;
    private PayerProfile _payer = PayerProfile.SelfPay;
    private FeeCalculator _calculator = null!;
    private SlidingFeeDecision _sliding;
    private FeeParties _parties;
    private SessionFacts _individual;
    private SessionFacts _crisis;
    private List<(int Min, int? Max, string Code)> _bands = [];
    private List<(string Code, decimal Rate, ClinicianId? Clinician)> _rates = [];

    [GlobalSetup]
    public void Setup()
    {
        var ids = new SeededIdGenerator(7);
        var client = ids.New<ClientId>();
        var clinician = ids.New<ClinicianId>();
        var s90834 = ids.New<ServiceId>();
        var s90785 = ids.New<ServiceId>();
        var s90839 = ids.New<ServiceId>();
        var s90840 = ids.New<ServiceId>();
        var catalog = new ServiceCatalog(Currency.Usd,
        [
            new Service(s90834, "90834", "Psychotherapy, 45 minutes", ServiceCategory.ClinicalSession, Duration.FromMinutes(45), Money.Usd(150m)),
            new Service(s90785, "90785", "Interactive complexity", ServiceCategory.AddOn, Duration.Zero, Money.Usd(20m)),
            new Service(s90839, "90839", "Crisis psychotherapy, first hour", ServiceCategory.ClinicalSession, Duration.FromMinutes(60), Money.Usd(220m)),
            new Service(s90840, "90840", "Crisis psychotherapy, each 30 more minutes", ServiceCategory.AddOn, Duration.FromMinutes(30), Money.Usd(100m)),
        ]);
        var schedule = new FeeSchedule(catalog,
        [
            new FeeRate(s90834, Money.Usd(160m), new LocalDate(2026, 1, 1), null, clinician, null, null),
            new FeeRate(s90834, Money.Usd(155m), new LocalDate(2025, 1, 1), new LocalDate(2025, 12, 31), clinician, null, null),
            new FeeRate(s90839, Money.Usd(230m), new LocalDate(2026, 1, 1), null, null, null, null),
        ]);
        _calculator = new FeeCalculator(schedule);
        var determination = SlidingFeeSchedule.HrsaDefault(Money.Usd(0m)).Determine(new SlidingFeeApplication(
            client, Money.Usd(30_000m), 3, PovertyGuidelineRegion.ContiguousStatesAndDistrictOfColumbia, IncomeEvidence.Documented, null, ids.New<UserId>(),
            Instant.FromUtc(2026, 2, 1, 12, 0), new LocalDate(2026, 2, 1))).Value;
        _sliding = determination.DecisionFor(Day);
        _parties = new FeeParties(clinician, null, client);
        _individual = SessionFacts.Individual(Day, 47, Modality.Video, ClientLocationKind.Home) with { InteractiveComplexity = InteractiveComplexityFactors.CaregiverInterference };
        _crisis = new SessionFacts(Day, ServiceKind.Crisis, 118, Modality.InPerson, ClientLocationKind.PracticeOffice);
        _bands = [(16, 37, "90832"), (38, 52, "90834"), (53, null, "90837")];
        _rates = [("90834", 150m, null), ("90834", 160m, clinician), ("90785", 20m, null), ("90839", 230m, null), ("90840", 100m, null)];
    }

    /// <summary>A straightforward version: LINQ over lists, strings for modifiers and POS, a list of lines.</summary>
    /// <returns>The total fee after discount.</returns>
    [Benchmark(Baseline = true)]
    public decimal NaiveSelectAndPrice()
    {
        var band = _bands.FirstOrDefault(b => _individual.Minutes >= b.Min && (b.Max == null || _individual.Minutes <= b.Max));
        var lines = new List<(string Code, int Units, string Modifiers)> { (band.Code, 1, _individual.Modality == Modality.Video ? "95" : string.Empty) };
        if (_individual.InteractiveComplexity != InteractiveComplexityFactors.None)
        {
            lines.Add(("90785", 1, "95"));
        }

        var pos = _individual.ClientLocation is ClientLocationKind.Home ? "10" : "02";
        var total = 0m;
        foreach (var line in lines)
        {
            var rate = _rates.Where(r => r.Code == line.Code).OrderByDescending(r => r.Clinician is null ? 0 : 1).First(r => r.Clinician is null || r.Clinician == _parties.Clinician).Rate;
            var fee = rate * line.Units;
            total += fee - Math.Round(fee * 0.8m, 2, MidpointRounding.AwayFromZero);
        }

        return total + pos.Length;
    }

    /// <summary>Selects the codes of a 47-minute telehealth session with interactive complexity.</summary>
    /// <returns>The selection.</returns>
    [Benchmark]
    public CodeSelection SelectIndividual() => _selector.Select(_individual, _payer);

    /// <summary>Selects 118 crisis minutes: 90839 and +90840 × 2.</summary>
    /// <returns>The selection.</returns>
    [Benchmark]
    public CodeSelection SelectCrisis() => _selector.Select(_crisis, _payer);

    /// <summary>Selects the codes and prices every line with the client's sliding-fee decision.</summary>
    /// <returns>The total fee after discount.</returns>
    [Benchmark]
    public Money SelectAndPrice()
    {
        var selection = _selector.Select(_individual, _payer);
        var total = Money.Zero(Currency.Usd);
        for (var i = 0; i < selection.Count; i++)
        {
            total += _calculator.Quote(selection[i], Day, _parties, _sliding).FeeAfterDiscount;
        }

        return total;
    }
}
