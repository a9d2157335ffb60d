using System.Security.Cryptography;
using System.Text;
using CounselingRecords.Identity;

namespace CounselingRecords.Practice;

/// <summary>
/// The charge ids the workflows give the charges they post, derived from what the charge is for (a note's line, a
/// missed appointment) rather than drawn at random, so the ledger itself tells whether something was already
/// charged: posting the same signed note twice finds its charge ids on the ledger and is refused (ADR 0070). The
/// value is a name-based UUID (version 8, RFC 9562) over SHA-256 of a purpose label and the source's id.
/// </summary>
public static class PracticeChargeIds
{
    /// <summary>The most lines one note is billed as (an E/M code and the selector's at most four lines).</summary>
    public const int MaximumLinesPerNote = 5;

    /// <summary>Returns the charge id of a line of a note's charges.</summary>
    /// <param name="note">The note.</param>
    /// <param name="line">The line, from 0.</param>
    /// <returns>The charge id.</returns>
    public static ChargeId ForNote(NoteId note, int line)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(line);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(line, MaximumLinesPerNote);
        return Derive("note-charge", $"{note}/{line}");
    }

    /// <summary>Returns the charge id of the missed-appointment fee of a client's appointment.</summary>
    /// <param name="appointment">The appointment.</param>
    /// <param name="client">The client.</param>
    /// <returns>The charge id.</returns>
    public static ChargeId ForMissedAppointment(AppointmentId appointment, ClientId client) =>
        Derive("missed-appointment-fee", $"{appointment}/{client}");

    private static ChargeId Derive(string purpose, string key)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes($"counselingrecords:{purpose}:{key}"), hash);
        var bytes = hash[..16];
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x80);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return ChargeId.FromGuid(new Guid(bytes, bigEndian: true));
    }
}
