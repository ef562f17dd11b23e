using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Deepnote.IntegrationTests.GraphQL;
using Deepnote.IntegrationTests.Infrastructure;
using Npgsql;

namespace Deepnote.IntegrationTests.Vault;

/// <summary>Key rotation through the Hangfire job, and the leak scan: a distinctive password must appear nowhere but
/// in what the key provider protects.</summary>
public sealed class KeyRotationAndLeakTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private const string Password = "Leak-Canary-7f3b9c2e-Password";

    [Fact]
    public async Task RotateWorkspaceKey_RewrapsEveryDataKeyInAJob_AndTheConnectionsStillWork_AndNoPasswordLeaksAnywhere()
    {
        var responses = new StringBuilder();
        using var admin = await api.SignedInAdminAsync();
        var workspace = await admin.CreateWorkspaceAsync("Rotating");
        await SetServerPasswordAsync(Password);
        var ids = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            var created = await admin.PostAsync("""
                mutation($i: CreateConnectionInput!) { createConnection(input: $i) { connection { id hasPassword credentialsFingerprint } } }
                """, new
            {
                i = new
                {
                    workspaceId = workspace, name = $"Canary {i}", engine = "POSTGRES", host = CustomerServer.Host, port = CustomerServer.Port,
                    database = "postgres",
                    username = CanaryUser, password = Password, sslMode = "DISABLE",
                },
            });
            responses.Append(created.Body);
            ids.Add(created.Data.GetProperty("createConnection").GetProperty("connection").GetProperty("id").GetString()!);
        }

        var rotation = await admin.PostAsync("mutation($w: ID!) { rotateWorkspaceKey(input: { workspaceId: $w, keyId: null }) { rotation { id status fromVersion toVersion total done startedAt finishedAt error } } }",
            new { w = workspace });
        responses.Append(rotation.Body);
        Assert.True(rotation.Errors is null, rotation.Body + string.Join("\n", api.Logs.Lines.Where(l => l.StartsWith("Error"))));
        var started = rotation.Data.GetProperty("rotateWorkspaceKey").GetProperty("rotation");
        Assert.Equal(1, started.GetProperty("fromVersion").GetInt32());
        Assert.Equal(2, started.GetProperty("toVersion").GetInt32());

        var key = await WaitForRotationAsync(admin, workspace);
        responses.Append(key.GetRawText());
        var versions = string.Join(",", await api.Database.ScalarAsync<int[]>("select array_agg(version) from workspace_keys where workspace_id = $1", Guid.Parse(workspace)) ?? [])
            + " jobs " + await api.Database.ScalarAsync<string>("select string_agg(coalesce(statename, 'none') || ':' || invocationdata::text, ' | ') from hangfire.job")
            + " servers " + await api.Database.ScalarAsync<long>("select count(*) from hangfire.server");
        Assert.True("SUCCEEDED" == key.GetProperty("rotation").GetProperty("status").GetString(), key.GetRawText() + " versions " + versions);
        Assert.Equal(3, key.GetProperty("rotation").GetProperty("done").GetInt32());
        Assert.Equal(2, key.GetProperty("version").GetInt32());
        Assert.Equal(2, await api.Database.ScalarAsync<int>("select min(key_version) from vault_secrets where workspace_id = $1", Guid.Parse(workspace)));
        Assert.Equal(1L, await api.Database.ScalarAsync<long>("select count(*) from workspace_keys where workspace_id = $1", Guid.Parse(workspace)));

        foreach (var id in ids)
        {
            var test = await admin.PostAsync("mutation($c: ID!) { testConnection(input: { connectionId: $c }) { success message } }", new { c = id });
            responses.Append(test.Body);
            Assert.True(test.Data.GetProperty("testConnection").GetProperty("success").GetBoolean(), test.Body);
        }

        var audit = await admin.PostAsync("query($w: ID!) { auditEvents(workspaceId: $w, first: 500) { edges { node { type data } } } }", new { w = workspace });
        responses.Append(audit.Body);
        var types = audit.Data.GetProperty("auditEvents").GetProperty("edges").EnumerateArray()
            .Select(e => e.GetProperty("node").GetProperty("type").GetString()).ToList();
        Assert.Contains("WorkspaceKeyRotationStarted", types);
        Assert.Contains("WorkspaceKeyRotationCompleted", types);
        Assert.Equal(3, types.Count(t => t == "SecretUnwrapped"));

        // The leak scan: the whole database (events, projections, vault, Hangfire's tables), the logs, every response.
        var dump = await PgDumpAsync();
        Assert.Contains("vault_secrets", dump);
        Assert.Contains("hangfire", dump);
        var encodings = new[] { Password, Convert.ToBase64String(Encoding.UTF8.GetBytes(Password)), Convert.ToHexString(Encoding.UTF8.GetBytes(Password)) };
        foreach (var form in encodings)
        {
            Assert.DoesNotContain(form, dump, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(form, string.Join('\n', api.Logs.Lines), StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(form, responses.ToString(), StringComparison.OrdinalIgnoreCase);
        }
    }

    private const string CanaryUser = "deepnote_canary";

    /// <summary>A role on the test server whose password is the canary, so the canary connections really connect.</summary>
    private static async Task SetServerPasswordAsync(string password)
    {
        await CustomerServer.ExecuteAsync("postgres", $"""
            do $$ begin
              if not exists (select 1 from pg_roles where rolname = '{CanaryUser}') then
                create role {CanaryUser} login password '{password}';
              else
                alter role {CanaryUser} password '{password}';
              end if;
            end $$;
            """);
    }

    private static async Task<JsonElement> WaitForRotationAsync(GraphQLClient admin, string workspace)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            var data = await admin.DataAsync("query($w: ID!) { workspace(id: $w) { key { version provider rotation { status done total error } } } }",
                new { w = workspace });
            var key = data.GetProperty("workspace").GetProperty("key");
            var status = key.GetProperty("rotation").GetProperty("status").GetString();
            if (status is "SUCCEEDED" or "FAILED" || DateTime.UtcNow > deadline) return key;
            await Task.Delay(200);
        }
    }

    private async Task<string> PgDumpAsync()
    {
        var b = new NpgsqlConnectionStringBuilder(api.Database.ConnectionString);
        var pgDump = Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin", "pg_dump"))
            .Where(File.Exists).OrderDescending().First();
        var start = new ProcessStartInfo(pgDump, ["-h", b.Host!, "-p", b.Port.ToString(), "-U", b.Username!, "-d", b.Database!])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment = { ["PGPASSWORD"] = b.Password ?? "" },
        };
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, error);
        return output;
    }
}
