namespace CounselingRecords.Identity;

/// <summary>
/// Creates a reproducible sequence of version 4 values from a seed: the same seed always yields the same
/// ids in the same order. Use it in tests, simulations and samples; never in production, where ids must
/// not be guessable. Thread-safe.
/// </summary>
public sealed class SeededIdGenerator : IIdGenerator
{
    private readonly Random _random;
    private readonly object _gate = new();

    /// <summary>Initializes a new instance of the <see cref="SeededIdGenerator"/> class.</summary>
    /// <param name="seed">The seed.</param>
    public SeededIdGenerator(int seed)
    {
        _random = new Random(seed);
    }

    /// <inheritdoc />
    public Guid NewGuid()
    {
        Span<byte> bytes = stackalloc byte[16];
        lock (_gate)
        {
            _random.NextBytes(bytes);
        }

        return GuidLayout.FromBytes(bytes, version: 4);
    }
}
