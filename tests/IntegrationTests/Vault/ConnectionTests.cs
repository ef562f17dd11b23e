using System.Text.Json;
using Deepnote.IntegrationTests.GraphQL;
using Deepnote.IntegrationTests.Infrastructure;

namespace Deepnote.IntegrationTests.Vault;

/// <summary>Connections over GraphQL against the real host: write-only credentials, tested against the real test
/// PostgreSQL server, and data-access grants.</summary>
public sealed class ConnectionTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private const string Fields = "id name engine host port database username sslMode hasPassword credentialsFingerprint credentialsRotatedAt myAccess";

    /// <summary>Where the customers' stand-in server is, with the reporter's real password: a connection that works.</summary>
    private static (string Host, int Port, string User, string Password) Server() =>
        (CustomerServer.Host, CustomerServer.Port, CustomerServer.User, CustomerServer.PasswordAsync().GetAwaiter().GetResult());

    private async Task<JsonElement> CreateAsync(GraphQLClient admin, string workspace, string name, string? password = null,
        string? database = null)
    {
        var (host, port, user, realPassword) = Server();
        var data = await admin.DataAsync($$"""
            mutation($i: CreateConnectionInput!) { createConnection(input: $i) { connection { {{Fields}} } } }
            """, new
        {
            i = new
            {
                workspaceId = workspace, name, engine = "POSTGRES", host, port, username = user,
                database = database ?? "postgres",
                password = password ?? realPassword, sslMode = "DISABLE",
            },
        });
        return data.GetProperty("createConnection").GetProperty("connection");
    }

    [Fact]
    public async Task CreateConnection_ShowsOnlyThatAPasswordIsSet_AndTestConnectionReallyConnects()
    {
        using var admin = await api.SignedInAdminAsync();
        var workspace = await admin.CreateWorkspaceAsync("Warehouse");

        var connection = await CreateAsync(admin, workspace, "Analytics DB");
        var test = await admin.PostAsync("mutation($c: ID!) { testConnection(input: { connectionId: $c }) { success message } }",
            new { c = connection.GetProperty("id").GetString() });

        Assert.True(connection.GetProperty("hasPassword").GetBoolean());
        Assert.Matches("^[0-9a-f]{16}$", connection.GetProperty("credentialsFingerprint").GetString());
        Assert.Equal(JsonValueKind.String, connection.GetProperty("credentialsRotatedAt").ValueKind);
        Assert.Equal("POSTGRES", connection.GetProperty("engine").GetString());
        Assert.False(connection.GetProperty("myAccess").GetBoolean());
        Assert.DoesNotContain(Server().Password, connection.GetRawText());
        Assert.True(test.Data.GetProperty("testConnection").GetProperty("success").GetBoolean(), test.Body);
        Assert.Contains("PostgreSQL", test.Data.GetProperty("testConnection").GetProperty("message").GetString());
        var unwrapped = await admin.AuditEventsAsync(workspace, new { types = new[] { "SecretUnwrapped" } });
        Assert.Equal("test-connection", Assert.Single(unwrapped).GetProperty("data").GetProperty("purpose").GetString());
    }

    [Fact]
    public async Task TestConnection_WithAWrongPassword_FailsWithAFixedSentence_NeverTheServersText()
    {
        using var admin = await api.SignedInAdminAsync();
        var workspace = await admin.CreateWorkspaceAsync("Wrong password");
        const string wrong = "Wrong-Password-Zebra-42";
        var connection = await CreateAsync(admin, workspace, "Broken", wrong);

        var test = await admin.DataAsync("mutation($c: ID!) { testConnection(input: { connectionId: $c }) { success message } }",
            new { c = connection.GetProperty("id").GetString() });

        var result = test.GetProperty("testConnection");
        Assert.False(result.GetProperty("success").GetBoolean());
        Assert.Equal("The server refused these credentials.", result.GetProperty("message").GetString());
        Assert.DoesNotContain(wrong, result.GetRawText());
    }

    [Fact]
    public async Task UpdateCredentials_ChangesTheFingerprint_RenameAndDelete_Work()
    {
        using var admin = await api.SignedInAdminAsync();
        var workspace = await admin.CreateWorkspaceAsync("Lifecycle");
        var connection = await CreateAsync(admin, workspace, "Old name", "First-Password-1");
        var id = connection.GetProperty("id").GetString();

        var updated = await admin.DataAsync($$"""mutation($c: ID!) { updateConnectionCredentials(input: { connectionId: $c, username: "reader", password: "Second-Password-2" }) { connection { {{Fields}} } } }""", new { c = id });
        var renamed = await admin.DataAsync("""mutation($c: ID!) { renameConnection(input: { connectionId: $c, name: "New name" }) { connection { name } } }""", new { c = id });
        var deleted = await admin.DataAsync("mutation($c: ID!) { deleteConnection(input: { connectionId: $c }) { deletedConnectionId } }", new { c = id });
        var after = await admin.PostAsync("query($c: ID!) { connection(id: $c) { name } }", new { c = id });

        var u = updated.GetProperty("updateConnectionCredentials").GetProperty("connection");
        Assert.Equal("reader", u.GetProperty("username").GetString());
        Assert.NotEqual(connection.GetProperty("credentialsFingerprint").GetString(), u.GetProperty("credentialsFingerprint").GetString());
        Assert.Equal("New name", renamed.GetProperty("renameConnection").GetProperty("connection").GetProperty("name").GetString());
        Assert.Equal(id, deleted.GetProperty("deleteConnection").GetProperty("deletedConnectionId").GetString());
        Assert.Equal("NOT_FOUND", after.ErrorCode);
    }

    [Fact]
    public async Task Grants_DecideWhoSeesAConnection_AndEndWhenTheMemberIsRemoved()
    {
        using var admin = await api.SignedInAdminAsync();
        var workspace = await admin.CreateWorkspaceAsync("Granted");
        var connection = (await CreateAsync(admin, workspace, "Sales")).GetProperty("id").GetString();
        var (editorId, editor) = await api.AddMemberAsync(admin, workspace, "EDITOR");
        using var _ = editor;
        const string list = "query($w: ID!) { workspace(id: $w) { connections { edges { node { id myAccess } } } } }";

        var before = await editor.PostAsync("query($c: ID!) { connection(id: $c) { name } }", new { c = connection });
        var listBefore = await editor.DataAsync(list, new { w = workspace });
        await admin.DataAsync("mutation($c: ID!, $u: ID!) { grantConnectionAccess(input: { connectionId: $c, userId: $u }) { connection { id } } }",
            new { c = connection, u = editorId });
        var granted = await editor.DataAsync("query($c: ID!) { connection(id: $c) { name myAccess } }", new { c = connection });
        var listGranted = await editor.DataAsync(list, new { w = workspace });
        var grants = await admin.DataAsync("query($c: ID!) { connection(id: $c) { grants { edges { node { userId email } } } } }",
            new { c = connection });
        const string membersQuery = "query($w: ID!) { workspace(id: $w) { members { edges { node { userId connectionGrants } } } } }";
        var asAdmin = await admin.DataAsync(membersQuery, new { w = workspace });
        var asEditor = await editor.DataAsync(membersQuery, new { w = workspace });
        string[] GrantsOf(System.Text.Json.JsonElement data) => data.GetProperty("workspace").GetProperty("members").GetProperty("edges")
            .EnumerateArray().Select(e => e.GetProperty("node")).Single(n => n.GetProperty("userId").GetString() == editorId)
            .GetProperty("connectionGrants").EnumerateArray().Select(g => g.GetString()!).ToArray();
        Assert.Equal([connection!], GrantsOf(asAdmin));
        Assert.Empty(GrantsOf(asEditor));
        var editorCannotManage = await editor.PostAsync("mutation($c: ID!) { testConnection(input: { connectionId: $c }) { success } }",
            new { c = connection });
        await admin.DataAsync("mutation($w: ID!, $u: ID!) { removeMember(input: { workspaceId: $w, userId: $u }) { removedUserId } }",
            new { w = workspace, u = editorId });

        Assert.Equal("FORBIDDEN", before.ErrorCode);
        Assert.Empty(listBefore.GetProperty("workspace").GetProperty("connections").GetProperty("edges").EnumerateArray());
        Assert.True(granted.GetProperty("connection").GetProperty("myAccess").GetBoolean());
        Assert.Single(listGranted.GetProperty("workspace").GetProperty("connections").GetProperty("edges").EnumerateArray());
        Assert.Equal(editorId, grants.GetProperty("connection").GetProperty("grants").GetProperty("edges")[0]
            .GetProperty("node").GetProperty("userId").GetString());
        Assert.Equal("FORBIDDEN", editorCannotManage.ErrorCode);
        Assert.Equal(0L, await api.Database.ScalarAsync<long>("select count(*) from connection_grants where connection_id = $1",
            Guid.Parse(connection!)));
        var types = (await admin.AuditEventsAsync(workspace)).Select(e => e.GetProperty("type").GetString()).ToList();
        Assert.Contains("ConnectionAccessGranted", types);
        Assert.Contains("AccessDenied", types);
    }

    [Fact]
    public async Task NonAdmins_CannotCreateConnections_AndOutsidersSeeNothing()
    {
        using var admin = await api.SignedInAdminAsync();
        var workspace = await admin.CreateWorkspaceAsync("Guarded vault");
        var connection = (await CreateAsync(admin, workspace, "Secret DB")).GetProperty("id").GetString();
        var (_, viewer) = await api.AddMemberAsync(admin, workspace, "VIEWER");
        var other = await admin.CreateWorkspaceAsync("Elsewhere");
        var (_, outsider) = await api.AddMemberAsync(admin, other, "ADMIN");
        using var v = viewer;
        using var o = outsider;

        var create = await viewer.PostAsync("""mutation($w: ID!) { createConnection(input: { workspaceId: $w, name: "x", engine: DUCKDB, database: ":memory:" }) { connection { id } } }""",
            new { w = workspace });
        var read = await outsider.PostAsync("query($c: ID!) { connection(id: $c) { name host } }", new { c = connection });
        var grant = await outsider.PostAsync("mutation($c: ID!, $u: ID!) { grantConnectionAccess(input: { connectionId: $c, userId: $u }) { connection { id } } }",
            new { c = connection, u = Guid.NewGuid() });

        Assert.Equal("FORBIDDEN", create.ErrorCode);
        Assert.Equal("NOT_FOUND", read.ErrorCode);
        Assert.Equal("NOT_FOUND", grant.ErrorCode);
        Assert.DoesNotContain("Secret DB", read.Body);
    }

    [Fact]
    public async Task CreateConnection_WithInvalidSettings_IsValidationFailedPerField()
    {
        using var admin = await api.SignedInAdminAsync();
        var workspace = await admin.CreateWorkspaceAsync("Invalid");

        var response = await admin.PostAsync("""mutation($w: ID!) { createConnection(input: { workspaceId: $w, name: "", engine: POSTGRES, port: 70000 }) { connection { id } } }""",
            new { w = workspace });

        Assert.Equal("VALIDATION_FAILED", response.ErrorCode);
        var fields = response.Errors!.Value[0].GetProperty("extensions").GetProperty("fields").EnumerateArray()
            .Select(f => f.GetProperty("field").GetString()).ToList();
        Assert.Contains("name", fields);
        Assert.Contains("host", fields);
        Assert.Contains("port", fields);
        Assert.Contains("database", fields);
    }

    [Fact]
    public async Task DuckDbInMemory_TestsSuccessfully()
    {
        using var admin = await api.SignedInAdminAsync();
        var workspace = await admin.CreateWorkspaceAsync("Ducks");
        var created = await admin.DataAsync("""mutation($w: ID!) { createConnection(input: { workspaceId: $w, name: "Local duck", engine: DUCKDB, database: ":memory:" }) { connection { id engine hasPassword } } }""",
            new { w = workspace });
        var connection = created.GetProperty("createConnection").GetProperty("connection");

        var test = await admin.DataAsync("mutation($c: ID!) { testConnection(input: { connectionId: $c }) { success message } }",
            new { c = connection.GetProperty("id").GetString() });

        Assert.Equal("DUCKDB", connection.GetProperty("engine").GetString());
        Assert.False(connection.GetProperty("hasPassword").GetBoolean());
        Assert.True(test.GetProperty("testConnection").GetProperty("success").GetBoolean(), test.GetRawText());
    }
}
