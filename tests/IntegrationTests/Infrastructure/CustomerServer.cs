using Npgsql;

namespace Deepnote.IntegrationTests.Infrastructure;

/// <summary>The PostgreSQL cluster standing for customers' databases (<c>DEEPNOTE_TEST_CUSTOMERS</c>, started by
/// <c>./deepnote test</c>): never the product's own. Connections log in as <see cref="User"/>, a role with a password
/// and no superuser, create-role or create-database rights; its administrator only prepares databases.</summary>
public static class CustomerServer
{
    public const string User = "reporter";

    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static string? _password;

    public static string AdminConnectionString => Environment.GetEnvironmentVariable("DEEPNOTE_TEST_CUSTOMERS")
        ?? throw new InvalidOperationException(
            "DEEPNOTE_TEST_CUSTOMERS is not set: run the tests with ./deepnote test (it starts the customers' cluster).");

    public static string Host => new NpgsqlConnectionStringBuilder(AdminConnectionString).Host!;

    public static int Port => new NpgsqlConnectionStringBuilder(AdminConnectionString).Port;

    /// <summary>The reporter's password (the role is made, with a fresh password, on first use in a test run).</summary>
    public static async Task<string> PasswordAsync()
    {
        await Gate.WaitAsync();
        try
        {
            if (_password is not null) return _password;
            var password = "r-" + Guid.NewGuid().ToString("N");
            await ExecuteAsync("postgres", $"""
                do $$ begin
                  if not exists (select 1 from pg_roles where rolname = '{User}') then
                    create role {User} login nosuperuser nocreatedb nocreaterole password '{password}';
                  else
                    alter role {User} with login nosuperuser nocreatedb nocreaterole password '{password}';
                  end if;
                end $$;
                """);
            return _password = password;
        }
        finally
        {
            Gate.Release();
        }
    }

    /// <summary>A new database owned by the reporter, seeded by <paramref name="seed"/> run as the reporter.</summary>
    public static async Task<string> CreateDatabaseAsync(string? seed = null)
    {
        var password = await PasswordAsync();
        var name = "customer_" + Guid.NewGuid().ToString("N")[..12];
        await ExecuteAsync("postgres", $"create database {name} owner {User}");
        if (seed is not null)
        {
            var builder = new NpgsqlConnectionStringBuilder(AdminConnectionString)
            {
                Database = name, Username = User, Password = password, Pooling = false,
            };
            await using var connection = new NpgsqlConnection(builder.ConnectionString);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand(seed, connection);
            await command.ExecuteNonQueryAsync();
        }

        return name;
    }

    /// <summary>A database account of one person (login, a password, SELECT on the tables of <paramref name="database"/>),
    /// as a DBA would make one for each member of a per-person connection.</summary>
    public static async Task<(string User, string Password)> CreatePersonAsync(string database)
    {
        var (user, password) = ("person_" + Guid.NewGuid().ToString("N")[..10], "p-" + Guid.NewGuid().ToString("N"));
        await ExecuteAsync("postgres", $"create role {user} login nosuperuser nocreatedb nocreaterole password '{password}'");
        await ExecuteAsync(database, $"grant usage on schema public to {user}; grant select on all tables in schema public to {user}");
        return (user, password);
    }

    public static Task DropDatabaseAsync(string name) => ExecuteAsync("postgres", $"drop database if exists {name} with (force)");

    /// <summary>Runs <paramref name="sql"/> as the cluster's administrator in <paramref name="database"/>.</summary>
    public static async Task ExecuteAsync(string database, string sql)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(AdminConnectionString)
        {
            Database = database, Pooling = false,
        }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>One value, read as the administrator in <paramref name="database"/>.</summary>
    public static async Task<T> ScalarAsync<T>(string database, string sql, params object[] parameters)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(AdminConnectionString)
        {
            Database = database, Pooling = false,
        }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var parameter in parameters) command.Parameters.Add(new NpgsqlParameter { Value = parameter });
        return (T)(await command.ExecuteScalarAsync())!;
    }
}
