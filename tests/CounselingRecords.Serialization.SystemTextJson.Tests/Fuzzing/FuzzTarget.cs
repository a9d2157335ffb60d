using CounselingRecords.Serialization.SystemTextJson.Documents;
using CounselingRecords.Serialization.SystemTextJson.Tests.Golden;
using CounselingRecords.Storage;

namespace CounselingRecords.Serialization.SystemTextJson.Tests.Fuzzing;

/// <summary>
/// One document type to fuzz: its serializer and its seed documents (the golden files of every schema
/// version). Built for every registered type by <see cref="FuzzTargets"/>, so a newly registered aggregate is
/// fuzzed as soon as its golden file exists.
/// </summary>
public sealed class FuzzTarget
{
    private readonly Func<string, object> _read;
    private readonly Func<object, string> _write;

    private FuzzTarget(string name, IReadOnlyList<string> seeds, Func<string, object> read, Func<object, string> write)
    {
        Name = name;
        Seeds = seeds;
        _read = read;
        _write = write;
    }

    public string Name { get; }

    public IReadOnlyList<string> Seeds { get; }

    public static FuzzTarget For<T>(DocumentSerializer serializer, DocumentType<T> type)
        where T : class, IAggregateRoot<T> =>
        new(type.Name, GoldenFile.For(type.Name), json => serializer.Deserialize<T>(json), value => serializer.Serialize((T)value));

    public object Read(string json) => _read(json);

    public string Write(object aggregate) => _write(aggregate);

    public override string ToString() => Name;
}
