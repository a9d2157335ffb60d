using System.Buffers.Binary;
using System.Security.Cryptography;
using NodaTime;

namespace CounselingRecords.Identity;

/// <summary>
/// Creates RFC 9562 version 7 values: 48 bits of Unix milliseconds read from the injected clock, then random
/// bits. Values made later sort later (within a millisecond the order is random), which keeps B-tree
/// indexes compact. The clock is the only time source, so a <c>FakeClock</c> makes the timestamps
/// reproducible. Thread-safe.
/// </summary>
public sealed class TimeOrderedIdGenerator : IIdGenerator
{
    private readonly IClock _clock;

    /// <summary>Initializes a new instance of the <see cref="TimeOrderedIdGenerator"/> class.</summary>
    /// <param name="clock">The clock that supplies the timestamp part.</param>
    public TimeOrderedIdGenerator(IClock clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        _clock = clock;
    }

    /// <inheritdoc />
    public Guid NewGuid()
    {
        var milliseconds = _clock.GetCurrentInstant().ToUnixTimeMilliseconds();
        if (milliseconds < 0)
        {
            throw new InvalidOperationException("Version 7 ids need a clock at or after 1970-01-01T00:00:00Z.");
        }

        Span<byte> bytes = stackalloc byte[16];
        RandomNumberGenerator.Fill(bytes[6..]);
        Span<byte> time = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(time, milliseconds);
        time[2..].CopyTo(bytes);
        return GuidLayout.FromBytes(bytes, version: 7);
    }
}
