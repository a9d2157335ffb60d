using System.Security.Cryptography;

namespace CounselingRecords.Identity;

/// <summary>
/// Creates RFC 9562 version 4 (random) values from the operating system's cryptographic random number
/// generator. Ids carry no information about when or where they were made. Thread-safe.
/// </summary>
public sealed class RandomIdGenerator : IIdGenerator
{
    /// <summary>Gets the shared instance; the generator holds no state.</summary>
    public static RandomIdGenerator Instance { get; } = new();

    /// <inheritdoc />
    public Guid NewGuid()
    {
        Span<byte> bytes = stackalloc byte[16];
        RandomNumberGenerator.Fill(bytes);
        return GuidLayout.FromBytes(bytes, version: 4);
    }
}
