using CounselingRecords.Testing.Fuzzing;
using Xunit.Abstractions;

namespace CounselingRecords.Serialization.SystemTextJson.Tests.Fuzzing;

/// <summary>
/// At least 10,000 mutated documents per registered document type go through the reader. Each must either be
/// read (and then written and read again to the same document) or be refused with
/// <see cref="CounselingRecordsJsonException"/> carrying a documented code and a path. Any other exception type
/// fails the test with the seed and iteration that reproduce it.
/// </summary>
public sealed class DocumentFuzzTests(ITestOutputHelper output)
{
    private const int MutantsPerType = 10_000;
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
        var read = 0;
        var refused = new Dictionary<string, int>(StringComparer.Ordinal);
        var iteration = 0;
        foreach (var mutant in JsonMutator.Mutants(target.Seeds, MutantsPerType, Seed))
        {
            iteration++;
            try
            {
                var aggregate = target.Read(mutant);
                var written = target.Write(aggregate);
                Assert.Equal(written, target.Write(target.Read(written)));
                read++;
            }
            catch (CounselingRecordsJsonException ex)
            {
                Assert.True(DocumentedCodes.Contains(ex.Code), $"Undocumented code {ex.Code} at iteration {iteration} (seed {Seed}).");
                Assert.True(ex.Path?.StartsWith('$') == true, $"No path for {ex.Code} at iteration {iteration} (seed {Seed}).");
                refused[ex.Code] = refused.GetValueOrDefault(ex.Code) + 1;
            }
            catch (Exception ex)
            {
                Assert.Fail($"{documentType}: iteration {iteration} (seed {Seed}) threw {ex.GetType().FullName}: {ex.Message}\n{mutant}");
            }
        }

        Assert.Equal(MutantsPerType, iteration);
        output.WriteLine($"{documentType}: {read} read, refused: {string.Join(", ", refused.OrderByDescending(r => r.Value).Select(r => $"{r.Key} {r.Value}"))}");

        // The mutator must exercise many ways of refusal, not only one.
        Assert.True(refused.Count >= 8, $"Only {refused.Count} distinct refusal codes: {string.Join(", ", refused.Keys)}");
        Assert.True(read + refused.Values.Sum() == MutantsPerType);
    }
}
