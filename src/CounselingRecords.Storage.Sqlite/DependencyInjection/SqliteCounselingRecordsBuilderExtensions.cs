using CounselingRecords.DependencyInjection.Storage;
using CounselingRecords.Serialization.SystemTextJson.Documents;
using CounselingRecords.Storage.Sqlite;
using CounselingRecords.Storage.Sqlite.DependencyInjection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NodaTime;

namespace CounselingRecords;

/// <summary>Chooses the embedded SQLite store in <c>services.AddCounselingRecords(b =&gt; b.UseSqlite(path))</c>.</summary>
public static class SqliteCounselingRecordsBuilderExtensions
{
    /// <summary>
    /// Stores everything in a SQLite file (created and migrated on first use): a <see cref="SqliteStore"/> per container
    /// and a <see cref="SqliteSession"/> per scope, with the container's clock and document types. Opening a file that
    /// is not a usable CounselingRecords database throws <see cref="SqliteStorageException"/> on first use.
    /// </summary>
    /// <param name="builder">The builder.</param>
    /// <param name="databasePath">The database file.</param>
    /// <param name="configure">Adjusts further options (busy timeout, integrity check on open).</param>
    /// <returns>The builder.</returns>
    public static CounselingRecordsBuilder UseSqlite(this CounselingRecordsBuilder builder, string databasePath, Func<SqliteStoreOptions, SqliteStoreOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(databasePath);
        return builder.UseStorage("sqlite", services =>
        {
            services.TryAddSingleton(sp =>
            {
                var options = new SqliteStoreOptions
                {
                    DatabasePath = databasePath,
                    Documents = sp.GetRequiredService<DocumentSerializer>(),
                    Clock = sp.GetRequiredService<IClock>(),
                };
                return SqliteStore.Open(configure?.Invoke(options) ?? options);
            });
            services.TryAddScoped(sp => sp.GetRequiredService<SqliteStore>().OpenSession());
            services.TryAddSingleton<IStorageAdapter, SqliteStorageAdapter>();
        });
    }
}
