using CounselingRecords.Identity;

namespace CounselingRecords.Testing.Identity;

/// <summary>Reproducible ids for tests.</summary>
public static class TestIds
{
    /// <summary>Creates a seeded generator: the same seed gives the same ids in the same order.</summary>
    /// <param name="seed">The seed.</param>
    /// <returns>The generator.</returns>
    public static SeededIdGenerator Seeded(int seed = 20260105) => new(seed);

    /// <summary>Creates an id whose value is built from <paramref name="number"/>, readable in test output.</summary>
    /// <typeparam name="TId">The id type.</typeparam>
    /// <param name="number">A positive number.</param>
    /// <returns>The id, for example <c>cli_00000000000000000000000000000007</c> for 7.</returns>
    public static TId Numbered<TId>(int number)
        where TId : struct, IStronglyTypedId<TId>
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(number);
        Span<byte> bytes = stackalloc byte[16];
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(bytes[12..], number);
        return TId.FromGuid(new Guid(bytes, bigEndian: true));
    }
}
