using System.Buffers.Binary;
using System.Text;
using Microsoft.Data.Sqlite;

namespace CounselingRecords.Samples.Practice.Storage;

/// <summary>
/// Prepares the SQLite file for a fresh run: a file the library created (SQLite header and the CounselingRecords
/// application id, "CRec") is deleted with its WAL and shared-memory files so the simulation starts from an empty
/// database; a missing file is created by the store; any other file is left untouched for the store to refuse.
/// </summary>
internal static class DatabaseFile
{
    private const int ApplicationId = 0x43526563;
    private static readonly byte[] SqliteHeader = Encoding.ASCII.GetBytes("SQLite format 3\0");

    /// <summary>Deletes a previous run's database; returns true when one was deleted.</summary>
    public static bool ClearPreviousRun(string path)
    {
        if (!File.Exists(path) || !IsCounselingRecordsDatabase(path))
        {
            return false;
        }

        // Pooled connections of an earlier run in this process would keep writing to the deleted file.
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { path, path + "-wal", path + "-shm" })
        {
            if (File.Exists(file))
            {
                File.Delete(file);
            }
        }

        return true;
    }

    /// <summary>Whether the file starts with the SQLite header and carries the CounselingRecords application id (offset 68, big-endian).</summary>
    public static bool IsCounselingRecordsDatabase(string path)
    {
        var header = new byte[100];
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        var read = stream.ReadAtLeast(header, header.Length, throwOnEndOfStream: false);
        return read == header.Length
            && header.AsSpan(0, SqliteHeader.Length).SequenceEqual(SqliteHeader)
            && BinaryPrimitives.ReadInt32BigEndian(header.AsSpan(68, 4)) == ApplicationId;
    }
}
