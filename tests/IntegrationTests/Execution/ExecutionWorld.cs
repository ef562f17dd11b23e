using System.Text.Json;
using Deepnote.IntegrationTests.GraphQL;
using Deepnote.IntegrationTests.Infrastructure;

namespace Deepnote.IntegrationTests.Execution;

/// <summary>A workspace with a PostgreSQL connection to a real database on the test server (a table of sales),
/// attached to a project, and members: an ADMIN, a granted EDITOR and VIEWER, an EDITOR without a grant.</summary>
public sealed class ExecutionWorld : IAsyncDisposable
{
    public const string Run = """
        mutation($i: ExecuteQueryInput!) { executeQuery(input: $i) { execution {
          id status rowCount truncated cacheHit durationMs error errorClass transport rowsAvailable columns { name type } rows(limit: 10000) } } }
        """;

    public const string Get = "query($id: ID!) { execution(id: $id) { id status rowCount truncated cacheHit error errorClass rowsAvailable rows(limit: 10000) } }";

    private readonly List<GraphQLClient> _clients = [];

    public required ApiFixture Api { get; init; }
    public required GraphQLClient Admin { get; init; }
    public required string Workspace { get; init; }
    public required string Project { get; init; }
    public required string Connection { get; init; }
    public required string CustomerDatabase { get; init; }
    public GraphQLClient Editor { get; private set; } = null!;
    public string EditorId { get; private set; } = "";
    public GraphQLClient Viewer { get; private set; } = null!;
    public GraphQLClient Ungranted { get; private set; } = null!;

    public static async Task<ExecutionWorld> CreateAsync(ApiFixture api, string name)
    {
        var admin = await api.SignedInAdminAsync();
        var workspace = await admin.CreateWorkspaceAsync(name);
        var database = await CustomerServer.CreateDatabaseAsync(Seed);
        var password = await CustomerServer.PasswordAsync();
        var connection = (await admin.DataAsync("""
            mutation($i: CreateConnectionInput!) { createConnection(input: $i) { connection { id } } }
            """, new
        {
            i = new
            {
                workspaceId = workspace, name = "Sales DB", engine = "POSTGRES", host = CustomerServer.Host,
                port = CustomerServer.Port, database, username = CustomerServer.User, password, sslMode = "DISABLE",
            },
        })).GetProperty("createConnection").GetProperty("connection").GetProperty("id").GetString()!;
        var adminId = (await admin.DataAsync("{ me { id } }")).GetProperty("me").GetProperty("id").GetString()!;
        await admin.GrantAsync(connection, adminId);
        var project = (await admin.DataAsync("mutation($w: ID!) { createProject(input: { workspaceId: $w, name: \"Sales\", defaultAccess: EDIT }) { project { id } } }",
            new { w = workspace })).GetProperty("createProject").GetProperty("project").GetProperty("id").GetString()!;
        await admin.DataAsync("mutation($p: ID!, $c: ID!) { attachConnection(input: { projectId: $p, connectionId: $c }) { project { id } } }", new { p = project, c = connection });

        var world = new ExecutionWorld
        {
            Api = api, Admin = admin, Workspace = workspace, Project = project, Connection = connection,
            CustomerDatabase = database,
        };
        world._clients.Add(admin);
        (world.EditorId, world.Editor) = await world.MemberAsync("EDITOR", granted: true);
        (_, world.Viewer) = await world.MemberAsync("VIEWER", granted: true);
        (_, world.Ungranted) = await world.MemberAsync("EDITOR", granted: false);
        return world;
    }

    public async Task<(string Id, GraphQLClient Client)> MemberAsync(string role, bool granted)
    {
        var (id, client) = await Api.AddMemberAsync(Admin, Workspace, role);
        _clients.Add(client);
        if (granted) await Admin.GrantAsync(Connection, id);
        return (id, client);
    }

    /// <summary>Uploads a data file to the world's workspace as its ADMIN (POST /files).</summary>
    public async Task UploadAsync(string name, byte[] content, string? contentType = null)
    {
        using var form = new System.Net.Http.MultipartFormDataContent();
        var part = new System.Net.Http.ByteArrayContent(content);
        if (contentType is not null) part.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(contentType);
        form.Add(part, "file", name);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/files?workspaceId={Workspace}") { Content = form };
        request.Headers.Add("X-Deepnote-CSRF", "1");
        (await Admin.Http.SendAsync(request)).EnsureSuccessStatusCode();
    }

    public Task<GraphQLResponse> AdHocAsync(GraphQLClient client, string sql, object? extra = null) =>
        client.PostAsync(Run, new { i = Input(new { projectId = Project, connectionId = Connection, sql }, extra) });

    public async Task<string> AddBlockAsync(string sql) =>
        (await Admin.DataAsync("mutation($p: ID!, $c: ID!, $s: String!) { addSqlBlock(input: { projectId: $p, connectionId: $c, sql: $s }) { block { id } } }",
            new { p = Project, c = Connection, s = sql })).GetProperty("addSqlBlock").GetProperty("block").GetProperty("id").GetString()!;

    public Task<GraphQLResponse> BlockAsync(GraphQLClient client, string block, object? extra = null) =>
        client.PostAsync(Run, new { i = Input(new { projectId = Project, blockId = block }, extra) });

    public static JsonElement Result(GraphQLResponse response) => response.Errors is null
        ? response.Data.GetProperty("executeQuery").GetProperty("execution")
        : throw new Xunit.Sdk.XunitException("executeQuery failed: " + response.Body);

    /// <summary>Polls until the run has an outcome (at most 30 s).</summary>
    public static async Task<JsonElement> AwaitAsync(GraphQLClient client, string id)
    {
        for (var i = 0; i < 300; i++)
        {
            var execution = (await client.DataAsync(Get, new { id })).GetProperty("execution");
            if (execution.GetProperty("status").GetString() != "RUNNING") return execution;
            await Task.Delay(100);
        }

        throw new TimeoutException($"Execution {id} is still running after 30 s.");
    }

    /// <summary>Whether a statement carrying this execution id is active on the customer server.</summary>
    public static Task<bool> ActiveAsync(string executionId) => CustomerServer.ScalarAsync<bool>("postgres",
        "select exists (select 1 from pg_stat_activity where state = 'active' and query like '%execution=' || $1 || '%' and pid <> pg_backend_pid())",
        executionId);

    private static object Input(object core, object? extra)
    {
        var merged = JsonSerializer.SerializeToNode(core)!.AsObject();
        if (extra is not null)
        {
            foreach (var (key, value) in JsonSerializer.SerializeToNode(extra)!.AsObject()) merged[key] = value?.DeepClone();
        }

        return merged;
    }

    private const string Seed = """
        create table sales (id integer primary key, region text not null, amount numeric(10,2) not null, sold_on date not null);
        insert into sales select i, (array['north','south','east','west'])[1 + i % 4], i * 1.5, date '2026-01-01' + i
        from generate_series(1, 100) i;
        create table notes (body text);
        """;

    public async ValueTask DisposeAsync()
    {
        foreach (var client in _clients) client.Dispose();
        await CustomerServer.DropDatabaseAsync(CustomerDatabase);
    }
}

internal static class GrantWorkflow
{
    public static Task<JsonElement> GrantAsync(this GraphQLClient admin, string connection, string user) =>
        admin.DataAsync("mutation($c: ID!, $u: ID!) { grantConnectionAccess(input: { connectionId: $c, userId: $u }) { connection { id } } }",
            new { c = connection, u = user });
}
