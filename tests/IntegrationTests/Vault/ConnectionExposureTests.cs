using Deepnote.IntegrationTests.Execution;
using Deepnote.IntegrationTests.GraphQL;
using Deepnote.IntegrationTests.Infrastructure;

namespace Deepnote.IntegrationTests.Vault;

/// <summary>Where a connection leads (host, port, database, user, credentials fingerprint) is shown through a project
/// only to an ADMIN or a holder of the connection's grant; others see its name and engine.</summary>
public sealed class ConnectionExposureTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private const string Connections = "query($p: ID!) { project(id: $p) { connections { name engine host port database username credentialsFingerprint } } }";

    [Fact]
    public async Task ProjectConnections_HideWhereTheyLead_FromMembersWithoutAGrant()
    {
        using var admin = await api.SignedInAdminAsync();
        var workspace = await admin.CreateWorkspaceAsync("Exposure");
        var connection = (await admin.DataAsync("""
            mutation($w: ID!) { createConnection(input: { workspaceId: $w, name: "Warehouse", engine: POSTGRES, host: "db.internal.example",
              port: 5432, database: "sales", username: "reporter", password: "Reporter-Secret-1" }) { connection { id } } }
            """, new { w = workspace })).GetProperty("createConnection").GetProperty("connection").GetProperty("id").GetString()!;
        var adminId = (await admin.DataAsync("{ me { id } }")).GetProperty("me").GetProperty("id").GetString()!;
        await admin.GrantAsync(connection, adminId);
        var project = (await admin.DataAsync("mutation($w: ID!) { createProject(input: { workspaceId: $w, name: \"Board\", defaultAccess: VIEW }) { project { id } } }",
            new { w = workspace })).GetProperty("createProject").GetProperty("project").GetProperty("id").GetString()!;
        await admin.DataAsync("mutation($p: ID!, $c: ID!) { attachConnection(input: { projectId: $p, connectionId: $c }) { project { id } } }", new { p = project, c = connection });
        var (viewerId, viewer) = await api.AddMemberAsync(admin, workspace, "VIEWER");

        var asViewer = (await viewer.DataAsync(Connections, new { p = project })).GetProperty("project").GetProperty("connections")[0];
        var asAdmin = (await admin.DataAsync(Connections, new { p = project })).GetProperty("project").GetProperty("connections")[0];
        await admin.GrantAsync(connection, viewerId);
        var asGrantee = (await viewer.DataAsync(Connections, new { p = project })).GetProperty("project").GetProperty("connections")[0];

        Assert.Equal(("Warehouse", "POSTGRES"), (asViewer.GetProperty("name").GetString(), asViewer.GetProperty("engine").GetString()));
        foreach (var field in new[] { "host", "port", "database", "username", "credentialsFingerprint" })
        {
            Assert.Equal(System.Text.Json.JsonValueKind.Null, asViewer.GetProperty(field).ValueKind);
        }

        Assert.Equal("db.internal.example", asAdmin.GetProperty("host").GetString());
        Assert.Equal("db.internal.example", asGrantee.GetProperty("host").GetString());
    }
}
