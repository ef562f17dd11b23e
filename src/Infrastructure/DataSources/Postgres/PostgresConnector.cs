using Deepnote.Application.Abstractions;
using Deepnote.Domain.Vault.Connections;
using Npgsql;
using SslMode = Deepnote.Domain.Vault.Connections.SslMode;

namespace Deepnote.Infrastructure.DataSources.Postgres;

/// <summary>Customer PostgreSQL databases through Npgsql: read-only sessions, bounded timeouts, SSL as configured.</summary>
public sealed class PostgresConnector : IDataSourceConnector
{
    public ConnectionEngine Engine => ConnectionEngine.Postgres;

    public async Task<ConnectionCheck> TestAsync(ConnectionSettings settings, string? password, CancellationToken ct)
    {
        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = settings.Host,
            Port = settings.Port ?? 5432,
            Database = settings.Database,
            Username = settings.Username,
            Password = password,
            SslMode = settings.SslMode switch
            {
                SslMode.Disable => Npgsql.SslMode.Disable,
                SslMode.Require => Npgsql.SslMode.Require,
                SslMode.VerifyFull => Npgsql.SslMode.VerifyFull,
                _ => Npgsql.SslMode.Prefer,
            },
            Timeout = 10,
            CommandTimeout = 10,
            Pooling = false,
            ApplicationName = "deepnote-test-connection",
            Options = "-c default_transaction_read_only=on -c statement_timeout=10000",
        };
        try
        {
            await using var connection = new NpgsqlConnection(builder.ConnectionString);
            await connection.OpenAsync(ct);
            await using var command = new NpgsqlCommand("select version()", connection);
            var version = (string?)await command.ExecuteScalarAsync(ct);
            return new ConnectionCheck(true, $"Connected: {version}");
        }
        catch (Exception ex) when (ex is NpgsqlException or TimeoutException or OperationCanceledException
                                       or ArgumentException or InvalidOperationException)
        {
            return new ConnectionCheck(false, SecretScrubber.Scrub(ex.Message, password));
        }
    }
}
