using CounselingRecords.Storage;

namespace CounselingRecords.Samples.Practice.Storage;

/// <summary>
/// The simulation's working copy of one aggregate type: the current state of each aggregate by key, in the order
/// first seen, and the keys changed since the last flush. A flush saves each changed aggregate through the
/// repository (inside the day's unit of work) and keeps the stamped version for the next change.
/// </summary>
/// <typeparam name="T">The aggregate type.</typeparam>
internal sealed class Tracked<T>
    where T : class, IAggregateRoot<T>
{
    private readonly Dictionary<string, T> _items = new(StringComparer.Ordinal);
    private readonly List<string> _order = [];
    private readonly List<string> _dirty = [];
    private readonly HashSet<string> _dirtySet = new(StringComparer.Ordinal);

    public int Count => _order.Count;

    public IEnumerable<T> All => _order.Select(k => _items[k]);

    public T this[string key] => _items[key];

    public bool TryGet(string key, out T value) => _items.TryGetValue(key, out value!);

    /// <summary>Records a new or changed aggregate.</summary>
    public T Put(T aggregate)
    {
        ArgumentNullException.ThrowIfNull(aggregate);
        if (!_items.ContainsKey(aggregate.Key))
        {
            _order.Add(aggregate.Key);
        }

        _items[aggregate.Key] = aggregate;
        if (_dirtySet.Add(aggregate.Key))
        {
            _dirty.Add(aggregate.Key);
        }

        return aggregate;
    }

    /// <summary>Saves every changed aggregate and keeps the stamped versions.</summary>
    public async Task<int> FlushAsync(IRepository<T> repository, CancellationToken cancellationToken)
    {
        foreach (var key in _dirty)
        {
            _items[key] = await repository.SaveAsync(_items[key], cancellationToken).ConfigureAwait(false);
        }

        var count = _dirty.Count;
        _dirty.Clear();
        _dirtySet.Clear();
        return count;
    }
}
