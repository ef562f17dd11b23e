using Deepnote.Infrastructure.EventStore;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace Deepnote.IntegrationTests.Infrastructure;

/// <summary>A fresh, migrated PostgreSQL database on the server named by <c>DEEPNOTE_TEST_DB</c> (set by
/// <c>./deepnote test</c>), dropped afterwards. Without that variable the tests fail: they never fall back to
/// a fake. With <paramref name="migrate"/> false it starts empty, for a test that loads an older database first.</summary>
public sealed class TestDatabase(bool migrate = true) : IAsyncLifetime
{
    private readonly string _name = "deepnote_it_" + Guid.NewGuid().ToString("N")[..12];

    public string ConnectionString { get; private set; } = "";

    public NpgsqlDataSource DataSource { get; private set; } = null!;

    public static string ServerConnectionString => Environment.GetEnvironmentVariable("DEEPNOTE_TEST_DB")
        ?? throw new InvalidOperationException(
            "DEEPNOTE_TEST_DB is not set: run the tests with ./deepnote test (it starts a private PostgreSQL).");

    public async Task InitializeAsync()
    {
        await using (var admin = new NpgsqlConnection(ServerConnectionString))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"create database {_name}", admin);
            await create.ExecuteNonQueryAsync();
        }

        ConnectionString = new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = _name }.ConnectionString;
        DataSource = Deepnote.Infrastructure.DependencyInjection.CreateDataSource(ConnectionString);
        if (migrate) await MigrateAsync();
    }

    public Task MigrateAsync() => new DatabaseMigrator(DataSource, NullLogger<DatabaseMigrator>.Instance).MigrateAsync(default);

    /// <summary>Runs a script such as a pg_dump, on a connection of its own: a dump changes session settings.</summary>
    public async Task LoadAsync(string script)
    {
        await using var connection = new NpgsqlConnection(
            new NpgsqlConnectionStringBuilder(ConnectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(script, connection);
        await command.ExecuteNonQueryAsync();
    }

    public async Task DisposeAsync()
    {
        await DataSource.DisposeAsync();
        NpgsqlConnection.ClearAllPools();
        await using var admin = new NpgsqlConnection(ServerConnectionString);
        await admin.OpenAsync();
        await using var drop = new NpgsqlCommand($"drop database if exists {_name} with (force)", admin);
        await drop.ExecuteNonQueryAsync();
    }

    public async Task<T?> ScalarAsync<T>(string sql, params object[] values)
    {
        await using var command = DataSource.CreateCommand(sql);
        foreach (var value in values) command.Parameters.Add(new NpgsqlParameter { Value = value });
        var result = await command.ExecuteScalarAsync();
        return result is null or DBNull ? default : (T)result;
    }

    public async Task<List<T>> ListAsync<T>(string sql, params object[] values)
    {
        await using var command = DataSource.CreateCommand(sql);
        foreach (var value in values) command.Parameters.Add(new NpgsqlParameter { Value = value });
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<T>();
        while (await reader.ReadAsync()) rows.Add(reader.GetFieldValue<T>(0));
        return rows;
    }

    public async Task<int> ExecuteAsync(string sql, params object[] values)
    {
        await using var command = DataSource.CreateCommand(sql);
        foreach (var value in values) command.Parameters.Add(new NpgsqlParameter { Value = value });
        return await command.ExecuteNonQueryAsync();
    }

    /// <summary>The audit store failing for one kind of event in one chain: a trigger refuses the insert until the
    /// returned handle is disposed.</summary>
    public async Task<IAsyncDisposable> RefuseEventsAsync(string eventType, string chainId)
    {
        var name = "refuse_" + Guid.NewGuid().ToString("N");
        await ExecuteAsync($$"""
            create function {{name}}() returns trigger language plpgsql as $f$
            begin
                if new.type = '{{eventType}}' and new.stream_id in
                    (select stream_id from stream_chains where chain_id = '{{Guid.Parse(chainId)}}') then
                    raise exception 'audit store unavailable';
                end if;
                return new;
            end $f$;
            create trigger {{name}} before insert on mt_events for each row execute function {{name}}();
            """);
        return new Refusal(this, name);
    }

    private sealed class Refusal(TestDatabase database, string name) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync() =>
            await database.ExecuteAsync($"drop trigger {name} on mt_events; drop function {name}();");
    }
}
