using System.Net;
using System.Text.Json;
using Deepnote.IntegrationTests.GraphQL;
using Deepnote.IntegrationTests.Infrastructure;

namespace Deepnote.IntegrationTests.Identity;

/// <summary>API tokens over HTTPS with <c>Authorization: Bearer</c>, as an integrator's script uses them.</summary>
public sealed class ApiTokenTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private const string Create = "mutation($w: ID!, $n: String!, $d: Int!) { createApiToken(input: { workspaceId: $w, name: $n, expiresInDays: $d }) { token apiToken { id name expiresAt ownerEmail } } }";

    private static async Task<(string Id, string Secret)> CreateAsync(GraphQLClient client, string workspace, string name = "ci", int days = 30)
    {
        var payload = (await client.DataAsync(Create, new { w = workspace, n = name, d = days })).GetProperty("createApiToken");
        return (payload.GetProperty("apiToken").GetProperty("id").GetString()!, payload.GetProperty("token").GetString()!);
    }

    private GraphQLClient Integrator(string secret)
    {
        var client = api.NewClient();
        client.BearerToken = secret;
        return client;
    }

    [Fact]
    public async Task Token_ActsAsItsOwnerInItsWorkspace_IsAuditedWithItsId_AndIsStoredOnlyAsAHash()
    {
        using var admin = await api.SignedInAdminAsync();
        var workspace = await admin.CreateWorkspaceAsync("Integrations");
        var elsewhere = await admin.CreateWorkspaceAsync("Not for the token");
        var (tokenId, secret) = await CreateAsync(admin, workspace);
        using var integrator = Integrator(secret);

        var me = await integrator.DataAsync("{ me { email } }");
        var invited = await integrator.PostAsync("mutation($w: ID!) { inviteMember(input: { workspaceId: $w, email: \"via-token@example.test\", role: VIEWER }) { invitation { email } } }",
            new { w = workspace });
        var other = await integrator.PostAsync("query($w: ID!) { workspace(id: $w) { name } }", new { w = elsewhere });
        var listed = await admin.DataAsync("query($w: ID!) { workspace(id: $w) { apiTokens { edges { node { id name lastUsedAt } } } } }", new { w = workspace });

        Assert.StartsWith("dnp_", secret);
        Assert.True(secret.Length >= 4 + 43);
        Assert.Equal(ApiFixture.AdminEmail, me.GetProperty("me").GetProperty("email").GetString());
        Assert.Null(invited.Errors);
        Assert.Equal("NOT_FOUND", other.ErrorCode);
        var byToken = (await admin.AuditEventsAsync(workspace, new { types = new[] { "InvitationIssued" } })).Single();
        Assert.Equal(tokenId, byToken.GetProperty("actor").GetProperty("apiTokenId").GetString());
        Assert.Equal(ApiFixture.AdminEmail, byToken.GetProperty("actor").GetProperty("email").GetString());
        var node = listed.GetProperty("workspace").GetProperty("apiTokens").GetProperty("edges")[0].GetProperty("node");
        Assert.Equal(JsonValueKind.String, node.GetProperty("lastUsedAt").ValueKind);
        Assert.Equal(0L, await api.Database.ScalarAsync<long>(
            "select count(*) from events where data::text like $1 or metadata::text like $1", $"%{secret[4..]}%"));
        Assert.Equal(1L, await api.Database.ScalarAsync<long>("select count(*) from api_token_secrets where token_id = $1", Guid.Parse(tokenId)));
    }

    [Fact]
    public async Task Token_StopsWorking_WhenRevoked_AndWhenItsOwnerIsRemoved_AndIsLimitedByTheOwnersCurrentRole()
    {
        using var admin = await api.SignedInAdminAsync();
        var workspace = await admin.CreateWorkspaceAsync("Token lifecycle");
        var (editorId, editor) = await api.AddMemberAsync(admin, workspace, "EDITOR");
        using var _ = editor;
        var (revokedId, revokedSecret) = await CreateAsync(admin, workspace, "to revoke");
        var (_, editorSecret) = await CreateAsync(editor, workspace, "editor's");
        using var revoked = Integrator(revokedSecret);
        using var editorToken = Integrator(editorSecret);
        const string read = "query($w: ID!) { workspace(id: $w) { name } }";
        Assert.Null((await revoked.PostAsync(read, new { w = workspace })).Errors);
        Assert.Null((await editorToken.PostAsync(read, new { w = workspace })).Errors);

        var editorCannotRevokeAdmins = await editor.PostAsync("mutation($t: ID!) { revokeApiToken(input: { apiTokenId: $t }) { revokedApiTokenId } }", new { t = revokedId });
        await admin.DataAsync("mutation($t: ID!) { revokeApiToken(input: { apiTokenId: $t }) { revokedApiTokenId } }", new { t = revokedId });
        var afterRevoke = await revoked.PostAsync(read, new { w = workspace });
        var auditAsEditor = await editorToken.PostAsync("query($w: ID!) { auditEvents(workspaceId: $w) { edges { node { type } } } }", new { w = workspace });
        await admin.DataAsync("mutation($w: ID!, $u: ID!) { removeMember(input: { workspaceId: $w, userId: $u }) { removedUserId } }", new { w = workspace, u = editorId });
        var afterRemoval = await editorToken.PostAsync(read, new { w = workspace });

        Assert.Equal("FORBIDDEN", editorCannotRevokeAdmins.ErrorCode);
        Assert.Equal(HttpStatusCode.Unauthorized, afterRevoke.Status);
        Assert.Equal("UNAUTHENTICATED", afterRevoke.ErrorCode);
        Assert.Equal("FORBIDDEN", auditAsEditor.ErrorCode);
        Assert.Equal(HttpStatusCode.Unauthorized, afterRemoval.Status);
        Assert.Contains(await admin.AuditEventsAsync(workspace), e => e.GetProperty("type").GetString() == "ApiTokenRevoked");
    }

    [Fact]
    public async Task Token_WithoutAValidExpiryOrWithAnUnknownSecret_IsRefused()
    {
        using var admin = await api.SignedInAdminAsync();
        var workspace = await admin.CreateWorkspaceAsync("Token rules");
        using var stranger = Integrator("dnp_" + new string('A', 43));

        var tooLong = await admin.PostAsync(Create, new { w = workspace, n = "forever", d = 10_000 });
        var unknown = await stranger.PostAsync("{ me { email } }");

        Assert.Equal("VALIDATION_FAILED", tooLong.ErrorCode);
        Assert.Equal(HttpStatusCode.Unauthorized, unknown.Status);

        await admin.DataAsync("mutation($w: ID!) { updateWorkspaceSettings(input: { workspaceId: $w, maxTokenLifetimeDays: 7 }) { workspace { maxTokenLifetimeDays } } }", new { w = workspace });
        var overCap = await admin.PostAsync(Create, new { w = workspace, n = "month", d = 30 });
        var withinCap = await admin.PostAsync(Create, new { w = workspace, n = "week", d = 7 });
        var setting = await admin.DataAsync("query($w: ID!) { workspace(id: $w) { maxTokenLifetimeDays } }", new { w = workspace });
        Assert.Equal("VALIDATION_FAILED", overCap.ErrorCode);
        Assert.Contains("at most 7 days", overCap.Body);
        Assert.Null(withinCap.Errors);
        Assert.Equal(7, setting.GetProperty("workspace").GetProperty("maxTokenLifetimeDays").GetInt32());
    }

    [Fact]
    public async Task ExpiredToken_IsUnauthenticated()
    {
        using var admin = await api.SignedInAdminAsync();
        var workspace = await admin.CreateWorkspaceAsync("Expiring");
        var (tokenId, secret) = await CreateAsync(admin, workspace, "short", 1);
        await api.Database.ExecuteAsync("update api_tokens set expires_at = now() - interval '1 second' where token_id = $1", Guid.Parse(tokenId));
        using var integrator = Integrator(secret);

        var response = await integrator.PostAsync("{ me { email } }");

        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
    }
}
