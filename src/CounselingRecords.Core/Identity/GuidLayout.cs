namespace CounselingRecords.Identity;

/// <summary>Builds a Guid from 16 big-endian bytes, stamping the RFC 9562 version and variant bits.</summary>
internal static class GuidLayout
{
    public static Guid FromBytes(Span<byte> bytes, int version)
    {
        bytes[6] = (byte)((bytes[6] & 0x0F) | (version << 4));
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        var value = new Guid(bytes, bigEndian: true);
        return value == Guid.Empty ? new Guid(1, 0, (short)(version << 12), 0x80, 0, 0, 0, 0, 0, 0, 1) : value;
    }
}
