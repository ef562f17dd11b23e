using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Deepnote.Api.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

/// <summary>Issue 5's figures, each with its baseline in the same run against the same PostgreSQL: executeQuery of
/// 10,000 rows over GraphQL (HTTPS, cookie session, full pipeline and audit) vs a direct Npgsql read plus JSON
/// serialisation of the same rows; a cache hit vs a live run; a 1,000,000-row run vs a raw Npgsql read.</summary>
internal static class ExecutionBenchmark
{
    private const string Email = "bench@example.test";
    private const string Password = "Bench-Password-4-Figures!";

    /// <param name="benchDb">The product's database.</param>
    /// <param name="customers">The administrator of the cluster standing for customers' databases, where the rows
    /// live; queries reach it (through workers) as a role without superuser rights.</param>
    public static async Task RunAsync(string benchDb, string customers, int iterations)
    {
        const string reader = "bench_reader";
        var readerPassword = "bench-" + Guid.NewGuid().ToString("N");
        var server = new NpgsqlConnectionStringBuilder(customers) { Database = "postgres", Pooling = false };
        await ExecuteAsync(server.ConnectionString, "drop database if exists deepnote_bench_exec with (force)");
        await ExecuteAsync(server.ConnectionString, $"""
            do $$ begin
              if not exists (select 1 from pg_roles where rolname = '{reader}') then create role {reader} login password '{readerPassword}';
              else alter role {reader} password '{readerPassword}'; end if;
            end $$;
            """);
        await ExecuteAsync(server.ConnectionString, $"create database deepnote_bench_exec owner {reader}");
        var database = new NpgsqlConnectionStringBuilder(customers)
        {
            Database = "deepnote_bench_exec", Username = reader, Password = readerPassword,
        };
        await ExecuteAsync(database.ConnectionString, """
            create table bench_rows (id integer primary key, name text not null, amount numeric(12,2) not null,
                                     created_at timestamptz not null, active boolean not null);
            insert into bench_rows select i, 'customer ' || i, (i % 1000) * 1.25, timestamptz '2026-01-01' + i * interval '1 minute', i % 3 = 0
            from generate_series(1, 1000000) i;
            analyze bench_rows;
            """);

        var dataDirectory = Path.Combine(Path.GetTempPath(), "deepnote-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dataDirectory);
        var masterKey = Path.Combine(dataDirectory, "master.key");
        await File.WriteAllTextAsync(masterKey, Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)));
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(masterKey, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        var settings = new DeepnoteSettings
        {
            Database = benchDb, Urls = "https://127.0.0.1:0", DataDirectory = dataDirectory,
            MasterKeyFile = masterKey, AdminEmail = Email, AdminPassword = Password, RunJobs = false,
            Workers = new Deepnote.Infrastructure.Execution.Workers.WorkerOptions
            {
                EgressAllow = [IPNetwork.Parse("127.0.0.0/8")],
                CpuPercent = int.Parse(Environment.GetEnvironmentVariable("DEEPNOTE_WORKER_CPU_PERCENT") ?? "100",
                    System.Globalization.CultureInfo.InvariantCulture),
            },
            Execution = new() { MaxRunningPerUser = 32 }, // 16 workspaces at once, one person
        };
        await using var app = DeepnoteHost.Build(settings, configure: b => b.Logging.ClearProviders());
        await StartupTasks.RunAsync(app, settings, default, TextWriter.Null);
        await app.StartAsync();
        var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());

        var cookies = new CookieContainer();
        using var http = new HttpClient(new HttpClientHandler
        {
            CookieContainer = cookies,
            ServerCertificateCustomValidationCallback = HttpClientHandler.DangerousAcceptAnyServerCertificateValidator,
        }) { BaseAddress = address };
        http.DefaultRequestHeaders.Add("X-Deepnote-CSRF", "1");
        await GraphQL(http, "mutation($e: String!, $p: String!) { signIn(input: { email: $e, password: $p }) { user { id } } }",
            new { e = Email, p = Password });
        var me = (await GraphQL(http, "{ me { id } }"))["me"]!["id"]!.GetValue<string>();
        var workspace = (await GraphQL(http, "mutation { createWorkspace(input: { name: \"Bench\" }) { workspace { id } } }"))
            ["createWorkspace"]!["workspace"]!["id"]!.GetValue<string>();
        var connection = (await GraphQL(http, "mutation($i: CreateConnectionInput!) { createConnection(input: $i) { connection { id } } }",
            new { i = new { workspaceId = workspace, name = "Bench", engine = "POSTGRES", host = database.Host, port = database.Port,
                database = database.Database, username = database.Username, password = database.Password, sslMode = "DISABLE" } }))
            ["createConnection"]!["connection"]!["id"]!.GetValue<string>();
        await GraphQL(http, "mutation($c: ID!, $u: ID!) { grantConnectionAccess(input: { connectionId: $c, userId: $u }) { connection { id } } }", new { c = connection, u = me });
        await GraphQL(http, "mutation($c: ID!) { setConnectionGuardrails(input: { connectionId: $c, maxRows: 1000000, maxBytes: 536870912 }) { connection { id } } }", new { c = connection });
        var project = (await GraphQL(http, "mutation($w: ID!) { createProject(input: { workspaceId: $w, name: \"Bench\" }) { project { id } } }",
            new { w = workspace }))["createProject"]!["project"]!["id"]!.GetValue<string>();
        await GraphQL(http, "mutation($p: ID!, $c: ID!) { attachConnection(input: { projectId: $p, connectionId: $c }) { project { id } } }", new { p = project, c = connection });

        const string tenThousand = "select id, name, amount, created_at, active from bench_rows where id <= 10000 order by id";
        const string run = """
            mutation($i: ExecuteQueryInput!) { executeQuery(input: $i) { execution { status rowCount cacheHit bytes rows(limit: 10000) } } }
            """;
        // The client reads the whole response but parses only the fields ahead of the rows, as a streaming client
        // would: the figures are the server's work and the transfer, not a JSON DOM of 0.7 MiB on the client.
        async Task<RunSummary> Run(string sql, bool bypass, int maxRows = 10000, string query = run) =>
            await Summary(http, query, new { i = new { projectId = project, connectionId = connection, sql, bypassCache = bypass, maxRows, waitSeconds = 30 } });

        Console.WriteLine();
        Console.WriteLine($"# Execution benchmark ({iterations} runs a case after warm-up, {Environment.ProcessorCount} cores, client and server in one process)");
        Console.WriteLine();

        // 1. executeQuery of 10,000 rows over GraphQL vs direct Npgsql read + JSON.
        var direct = await MeasureAsync(iterations, () => DirectReadAsync(database.ConnectionString, tenThousand, json: true));
        var directTight = await MeasureAsync(iterations, () => DirectWriteAsync(database.ConnectionString, tenThousand));
        var viaApi = await MeasureAsync(iterations, async () => { var e = await Run(tenThousand, bypass: true); Check(e, 10000, false); });
        Console.WriteLine("| 10,000 rows | median ms | p95 ms | API process CPU ms per run | machine CPU ms per run |");
        Console.WriteLine("|---|---:|---:|---:|---:|");
        Console.WriteLine(direct.Row("direct Npgsql read into rows + System.Text.Json"));
        Console.WriteLine(directTight.Row("direct Npgsql read written straight to a Utf8JsonWriter (tightest)"));
        Console.WriteLine(viaApi.Row("executeQuery over GraphQL (live)"));
        Console.WriteLine();
        const string tiny = "mutation($i: ExecuteQueryInput!) { executeQuery(input: $i) { execution { status rowCount cacheHit } } }";
        var fixedCost = await MeasureAsync(iterations, async () => { var e = await Run("select 1", bypass: true, query: tiny); Check(e, 1, false); });
        var directTiny = await MeasureAsync(iterations, () => DirectReadAsync(database.ConnectionString, "select 1", json: true));
        Console.WriteLine(directTiny.Row("direct: `select 1`"));
        Console.WriteLine(fixedCost.Row("executeQuery: `select 1` (the fixed cost of an audited run)"));
        Console.WriteLine();
        Console.WriteLine($"Machine CPU ratio {viaApi.MachineCpuMs / direct.MachineCpuMs:F2}x vs rows + System.Text.Json, {viaApi.MachineCpuMs / directTight.MachineCpuMs:F2}x vs the tightest (goal <= 1.3x); "
            + $"extra median latency {viaApi.Median - direct.Median:F2} ms / {viaApi.Median - directTight.Median:F2} ms (goal <= 2 ms).");

        // 2. Cache hit vs live for the same rows.
        await GraphQL(http, "mutation($c: ID!) { setCachePolicy(input: { connectionId: $c, mode: TTL, ttlSeconds: 3600 }) { connection { id } } }", new { c = connection });
        var fill = await Run(tenThousand, bypass: false);
        var bytes = fill.Bytes;
        var hits = await MeasureAsync(iterations, async () => { var e = await Run(tenThousand, bypass: false); Check(e, 10000, true); });
        const string noRows = "mutation($i: ExecuteQueryInput!) { executeQuery(input: $i) { execution { status rowCount cacheHit bytes } } }";
        var liveNoRows = await MeasureAsync(iterations, async () => { var e = await Run(tenThousand, true, query: noRows); Check(e, 10000, false); });
        var hitsNoRows = await MeasureAsync(iterations, async () => { var e = await Run(tenThousand, false, query: noRows); Check(e, 10000, true); });
        Console.WriteLine();
        Console.WriteLine($"| cache, 10,000 rows (~{bytes / 1024 / 1024:F2} MiB as JSON) | median ms | p95 ms | API process CPU ms per run | machine CPU ms per run |");
        Console.WriteLine("|---|---:|---:|---:|---:|");
        Console.WriteLine(viaApi.Row("live run, rows returned"));
        Console.WriteLine(hits.Row("cache hit, rows returned"));
        Console.WriteLine(liveNoRows.Row("live run, rows not fetched"));
        Console.WriteLine(hitsNoRows.Row("cache hit, rows not fetched"));
        Console.WriteLine();
        Console.WriteLine($"Hit/live median {hits.Median / viaApi.Median:F2}x with rows, {hitsNoRows.Median / liveNoRows.Median:F2}x without (goal <= 0.1x, <= 1 ms median).");

        // 3. 1,000,000 rows: executeQuery (rows read into server memory, none returned) vs a raw Npgsql read.
        const string million = "select id, name, amount, created_at, active from bench_rows";
        var rawMillion = await MeasureAsync(3, () => DirectReadAsync(database.ConnectionString, million, json: false));
        var apiMillion = await MeasureAsync(3, async () =>
        {
            var e = await Summary(http, noRows, new { i = new { projectId = project, connectionId = connection, sql = million,
                bypassCache = true, maxRows = 1000000, waitSeconds = 30 } });
            Check(e, 1000000, false);
        });
        Console.WriteLine();
        Console.WriteLine("| 1,000,000 rows | median ms | rows/s |");
        Console.WriteLine("|---|---:|---:|");
        Console.WriteLine($"| raw Npgsql read (GetValue per cell) | {rawMillion.Median:F0} | {1_000_000 / rawMillion.Median * 1000:F0} |");
        Console.WriteLine($"| executeQuery (guardrails, conversion, held in memory) | {apiMillion.Median:F0} | {1_000_000 / apiMillion.Median * 1000:F0} |");
        Console.WriteLine();
        Console.WriteLine($"Throughput ratio {rawMillion.Median / apiMillion.Median:F2}x of raw.");

        await WorkerBenchmark.RunAsync(http, app, database, tenThousand, iterations);
        await ClusterBenchmark.RunAsync(http, cookies.GetCookies(address), settings, project, connection, tenThousand, iterations);

        await app.StopAsync();
        NpgsqlConnection.ClearAllPools();
        await ExecuteAsync(server.ConnectionString, "drop database if exists deepnote_bench_exec with (force)");
        Directory.Delete(dataDirectory, recursive: true);
    }

    private sealed record RunSummary(string? Status, int RowCount, bool CacheHit, double Bytes, string Head);

    private static void Check(RunSummary execution, int rows, bool hit)
    {
        if (execution.Status != "SUCCEEDED" || execution.RowCount != rows || execution.CacheHit != hit)
        {
            throw new InvalidOperationException("Unexpected run: " + execution.Head);
        }
    }

    /// <summary>Reads the response and parses the scalar fields that precede <c>rows</c>.</summary>
    private static async Task<RunSummary> Summary(HttpClient http, string query, object variables)
    {
        using var response = await http.PostAsJsonAsync("/graphql", new { query, variables });
        var body = await response.Content.ReadAsByteArrayAsync();
        var reader = new Utf8JsonReader(body);
        string? status = null;
        var (rowCount, cacheHit, bytes) = (0, false, 0.0);
        while (reader.Read())
        {
            if (reader.TokenType != JsonTokenType.PropertyName) continue;
            var name = reader.GetString();
            if (name is "rows" or "errors") break;
            reader.Read();
            switch (name)
            {
                case "status": status = reader.GetString(); break;
                case "rowCount": rowCount = reader.GetInt32(); break;
                case "cacheHit": cacheHit = reader.GetBoolean(); break;
                case "bytes": bytes = reader.GetDouble(); break;
            }
        }

        return new RunSummary(status, rowCount, cacheHit, bytes, System.Text.Encoding.UTF8.GetString(body.AsSpan(0, Math.Min(300, body.Length))));
    }

    private static async Task DirectReadAsync(string connectionString, string sql, bool json)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<object?[]>();
        while (await reader.ReadAsync())
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++) row[i] = reader.GetValue(i);
            rows.Add(row);
        }

        if (json)
        {
            using var output = new MemoryStream();
            await JsonSerializer.SerializeAsync(output, rows);
        }
    }

    /// <summary>The tightest baseline: each value written to JSON as it is read, nothing kept.</summary>
    private static async Task DirectWriteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        using var output = new MemoryStream();
        await using var json = new Utf8JsonWriter(output);
        json.WriteStartArray();
        while (await reader.ReadAsync())
        {
            json.WriteStartArray();
            for (var i = 0; i < reader.FieldCount; i++)
            {
                switch (reader.GetValue(i))
                {
                    case int n: json.WriteNumberValue(n); break;
                    case decimal d: json.WriteNumberValue(d); break;
                    case string t: json.WriteStringValue(t); break;
                    case bool b: json.WriteBooleanValue(b); break;
                    case DateTime t: json.WriteStringValue(t); break;
                    default: json.WriteNullValue(); break;
                }
            }

            json.WriteEndArray();
        }

        json.WriteEndArray();
        await json.FlushAsync();
    }

    /// <param name="CpuMs">This process's CPU (client and API; not the workers).</param>
    /// <param name="MachineCpuMs">The whole machine's (the API, its workers, PostgreSQL, the client): the comparable
    /// figure now that queries run in other processes.</param>
    internal sealed record Figures(double Median, double P95, double CpuMs, double MachineCpuMs)
    {
        public string Row(string name) => $"| {name} | {Median:F2} | {P95:F2} | {CpuMs:F2} | {MachineCpuMs:F2} |";
    }

    /// <summary>Busy CPU time of the whole machine so far, from /proc/stat (user, nice, system, irq, softirq, steal).</summary>
    internal static double MachineCpuMs()
    {
        var fields = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var busy = new[] { 1, 2, 3, 6, 7, 8 }.Sum(i => long.Parse(fields[i], System.Globalization.CultureInfo.InvariantCulture));
        return busy * 10.0; // USER_HZ is 100 on Linux
    }

    internal static async Task<Figures> MeasureAsync(int iterations, Func<Task> action)
    {
        for (var i = 0; i < 3; i++) await action();
        var samples = new double[iterations];
        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var machineBefore = MachineCpuMs();
        for (var i = 0; i < iterations; i++)
        {
            var started = Stopwatch.GetTimestamp();
            await action();
            samples[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        }

        process.Refresh();
        var cpu = (process.TotalProcessorTime - cpuBefore).TotalMilliseconds / iterations;
        var machine = (MachineCpuMs() - machineBefore) / iterations;
        Array.Sort(samples);
        return new Figures(samples[iterations / 2], samples[(int)Math.Ceiling(iterations * 0.95) - 1], cpu, machine);
    }

    internal static async Task<JsonNode> GraphQL(HttpClient http, string query, object? variables = null)
    {
        using var response = await http.PostAsJsonAsync("/graphql", new { query, variables });
        var body = await response.Content.ReadFromJsonAsync<JsonNode>();
        if (body?["errors"] is { } errors) throw new InvalidOperationException("GraphQL error: " + errors.ToJsonString());
        return body!["data"]!;
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 300 };
        await command.ExecuteNonQueryAsync();
    }
}
