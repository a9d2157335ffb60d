using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using CounselingRecords.Serialization.SystemTextJson.Documents;
using CounselingRecords.Storage;
using CounselingRecords.Testing.Samples;

namespace CounselingRecords.Serialization.SystemTextJson.Tests.Documents;

/// <summary>
/// A serializer is shared by every thread of a host: reading valid and refused documents of every registered type from
/// many threads at once, on a serializer whose contracts are still cold, gives the same outcome as reading them one by
/// one (the net8.0 run checks the contract facts read from reflection, which keep per-thread caches).
/// </summary>
public sealed class ConcurrentReadTests
{
    [Fact]
    public void Deserialize_EveryTypeFromManyThreadsOnAColdSerializer_GivesOnlyDocumentedOutcomes()
    {
        var serializer = new DocumentSerializer(CounselingRecordsDocumentTypes.All);
        var documents = CounselingRecordsDocumentTypes.All.SelectMany(t => t.Accept(new Reads(serializer))).ToList();

        var unexpected = new ConcurrentBag<string>();
        Parallel.For(0, documents.Count * 8, new ParallelOptions { MaxDegreeOfParallelism = 16 }, i =>
        {
            var (type, read, valid) = documents[i % documents.Count];
            try
            {
                read();
                if (!valid)
                {
                    unexpected.Add($"{type}: a document without a required member was read.");
                }
            }
            catch (CounselingRecordsJsonException ex) when (!valid && ex.Path?.StartsWith('$') == true)
            {
                // Refused as documented.
            }
            catch (Exception ex)
            {
                unexpected.Add($"{type}: {ex.GetType().Name}: {ex.Message}");
            }
        });

        Assert.Empty(unexpected);
    }

    private sealed class Reads(DocumentSerializer serializer) : IDocumentTypeVisitor<IEnumerable<(string Type, Action Read, bool Valid)>>
    {
        public IEnumerable<(string Type, Action Read, bool Valid)> Visit<T>(DocumentType<T> documentType)
            where T : class, IAggregateRoot<T>
        {
            var json = serializer.Serialize(SampleAggregates.Get<T>());

            // The same document with its first data member removed: refused with a documented code and path.
            var node = JsonNode.Parse(json)!;
            var data = node["data"]!.AsObject();
            data.Remove(data.First().Key);
            var refused = node.ToJsonString();
            return
            [
                (documentType.Name, () => serializer.Deserialize<T>(json), true),
                (documentType.Name, () => serializer.Deserialize<T>(refused), false),
            ];
        }
    }
}
