using CounselingRecords.Testing.Fuzzing;
using Xunit.Abstractions;

namespace CounselingRecords.Serialization.SystemTextJson.Tests.Fuzzing;

/// <summary>
/// At least 10,000 mutated documents per registered document type go through the reader (on the .NET 10 build; the
/// net8.0 run, which checks the other code path of the contracts, reads the first 2,000 of the same mutants). Each must either be
/// read (and then written and read again to the same document) or be refused with
/// <see cref="CounselingRecordsJsonException"/> carrying a documented code and a path. Any other exception type
/// fails the test with the seed and iteration that reproduce it.
/// </summary>
public sealed class DocumentFuzzTests(ITestOutputHelper output)
{
#if NET10_0_OR_GREATER
    private const int MutantsPerType = 10_000;
#else
    private const int MutantsPerType = 2_000;
#endif
    private const int Seed = 20260105;

    private static readonly HashSet<string> DocumentedCodes = typeof(SerializationErrorCodes)
        .GetFields().Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!).ToHashSet(StringComparer.Ordinal);

    public static TheoryData<string> Targets
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (var target in FuzzTargets.All)
            {
                data.Add(target.Name);
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Targets))]
    public void Deserialize_TenThousandMutants_ThrowOnlyTheDocumentedException(string documentType)
    {
        var target = FuzzTargets.All.Single(t => t.Name == documentType);
        Assert.NotEmpty(target.Seeds);
        // The mutants are made in order from the seed (reproducible), then read on every core.
        var mutants = JsonMutator.Mutants(target.Seeds, MutantsPerType, Seed).ToArray();
        var outcomes = new string?[mutants.Length];
        var failures = new System.Collections.Concurrent.ConcurrentBag<string>();
        Parallel.For(0, mutants.Length, i =>
        {
            var iteration = i + 1;
            try
            {
                var aggregate = target.Read(mutants[i]);
                var written = target.Write(aggregate);
                if (written != target.Write(target.Read(written)))
                {
                    failures.Add($"{documentType}: iteration {iteration} (seed {Seed}) did not read back to the same document.\n{mutants[i]}");
                }
            }
            catch (CounselingRecordsJsonException ex)
            {
                if (!DocumentedCodes.Contains(ex.Code))
                {
                    failures.Add($"Undocumented code {ex.Code} at iteration {iteration} (seed {Seed}).");
                }
                else if (ex.Path?.StartsWith('$') != true)
                {
                    failures.Add($"No path for {ex.Code} at iteration {iteration} (seed {Seed}).");
                }
                else
                {
                    outcomes[i] = ex.Code;
                }
            }
            catch (Exception ex)
            {
                failures.Add($"{documentType}: iteration {iteration} (seed {Seed}) threw {ex.GetType().FullName}: {ex.Message}\n{mutants[i]}");
            }
        });

        Assert.True(failures.IsEmpty, string.Join("\n", failures.Take(3)));
        var iteration = mutants.Length;
        var read = outcomes.Count(o => o is null);
        var refused = outcomes.Where(o => o is not null).GroupBy(o => o!, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        Assert.Equal(MutantsPerType, iteration);
        output.WriteLine($"{documentType}: {read} read, refused: {string.Join(", ", refused.OrderByDescending(r => r.Value).Select(r => $"{r.Key} {r.Value}"))}");

        // The mutator must exercise many ways of refusal, not only one.
        Assert.True(refused.Count >= 8, $"Only {refused.Count} distinct refusal codes: {string.Join(", ", refused.Keys)}");
        Assert.True(read + refused.Values.Sum() == MutantsPerType);
    }
}
