using Microsoft.Extensions.Logging;
using Npgsql;

namespace Deepnote.Infrastructure.EventStore;

/// <summary>Applies the embedded SQL migrations (<c>NNNN_name.sql</c>) in order, each once, each in its own
/// transaction, under an advisory lock so that API nodes starting together do not race.</summary>
public sealed class DatabaseMigrator(NpgsqlDataSource dataSource, ILogger<DatabaseMigrator> logger)
{
    private const long AdvisoryLockKey = 0x6465_6570_6e6f_7465; // "deepnote"

    public async Task MigrateAsync(CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await Execute(connection, null, $"select pg_advisory_lock({AdvisoryLockKey})", ct);
        try
        {
            await Execute(connection, null, """
                create table if not exists schema_migrations (
                    version text primary key, applied_at timestamptz not null default now())
                """, ct);
            var applied = new HashSet<string>();
            await using (var read = new NpgsqlCommand("select version from schema_migrations", connection))
            await using (var reader = await read.ExecuteReaderAsync(ct))
            {
                while (await reader.ReadAsync(ct)) applied.Add(reader.GetString(0));
            }

            foreach (var (version, sql) in Migrations().Where(m => !applied.Contains(m.Version)))
            {
                await using var tx = await connection.BeginTransactionAsync(ct);
                await Execute(connection, tx, sql, ct);
                await using (var mark = new NpgsqlCommand("insert into schema_migrations (version) values ($1)",
                    connection, tx))
                {
                    mark.Parameters.Add(new NpgsqlParameter<string> { TypedValue = version });
                    await mark.ExecuteNonQueryAsync(ct);
                }

                await tx.CommitAsync(ct);
                logger.LogInformation("Applied migration {Version}", version);
            }
        }
        finally
        {
            await Execute(connection, null, $"select pg_advisory_unlock({AdvisoryLockKey})", CancellationToken.None);
        }
    }

    internal static IEnumerable<(string Version, string Sql)> Migrations()
    {
        var assembly = typeof(DatabaseMigrator).Assembly;
        const string marker = ".Migrations.";
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.Contains(marker) && n.EndsWith(".sql"))
                     .Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            var file = name[(name.IndexOf(marker, StringComparison.Ordinal) + marker.Length)..];
            yield return (Path.GetFileNameWithoutExtension(file), reader.ReadToEnd());
        }
    }

    private static async Task Execute(NpgsqlConnection connection, NpgsqlTransaction? tx, string sql,
        CancellationToken ct)
    {
        // A migration may move a whole table (0023); the server-side timeouts are lifted inside the migration itself.
        await using var command = new NpgsqlCommand(sql, connection, tx) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync(ct);
    }
}
