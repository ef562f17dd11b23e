using System.Net;
using Deepnote.IntegrationTests.GraphQL;
using Deepnote.IntegrationTests.Infrastructure;

namespace Deepnote.IntegrationTests.Vault;

public sealed class CryptoShreddingTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task DestroyWorkspaceKey_MakesCredentialsAndFilesUnreadable_AndIsRecorded()
    {
        using var admin = await api.SignedInAdminAsync();
        var workspace = await admin.CreateWorkspaceAsync("Shredded");
        var connection = (await admin.DataAsync("""mutation($w: ID!) { createConnection(input: { workspaceId: $w, name: "Duck", engine: DUCKDB, database: ":memory:", password: "Shred-Me-Password-1" }) { connection { id } } }""",
            new { w = workspace })).GetProperty("createConnection").GetProperty("connection").GetProperty("id").GetString();
        using var form = new MultipartFormDataContent { { new ByteArrayContent("a,b\n1,2\n"u8.ToArray()), "file", "t.csv" } };
        using var upload = new HttpRequestMessage(HttpMethod.Post, $"/files?workspaceId={workspace}") { Content = form };
        upload.Headers.Add("X-Deepnote-CSRF", "1");
        var file = System.Text.Json.JsonDocument.Parse(await (await admin.Http.SendAsync(upload)).Content.ReadAsStringAsync())
            .RootElement.GetProperty("id").GetString();

        var unconfirmed = await admin.PostAsync("mutation($w: ID!) { destroyWorkspaceKey(input: { workspaceId: $w, confirm: \"yes\" }) { key { destroyed } } }", new { w = workspace });
        var destroyed = await admin.DataAsync("mutation($w: ID!, $c: String!) { destroyWorkspaceKey(input: { workspaceId: $w, confirm: $c }) { key { destroyed } } }", new { w = workspace, c = workspace });
        var test = await admin.PostAsync("mutation($c: ID!) { testConnection(input: { connectionId: $c }) { success } }", new { c = connection });
        var download = await admin.Http.GetAsync($"/files/{file}");
        var newConnection = await admin.PostAsync("""mutation($w: ID!) { createConnection(input: { workspaceId: $w, name: "Again", engine: DUCKDB, database: ":memory:", password: "x" }) { connection { id } } }""",
            new { w = workspace });

        Assert.Equal("VALIDATION_FAILED", unconfirmed.ErrorCode);
        Assert.True(destroyed.GetProperty("destroyWorkspaceKey").GetProperty("key").GetProperty("destroyed").GetBoolean());
        Assert.Equal("CONFLICT", test.ErrorCode);
        Assert.Equal(HttpStatusCode.Conflict, download.StatusCode);
        Assert.Equal("CONFLICT", newConnection.ErrorCode);
        Assert.Equal(0L, await api.Database.ScalarAsync<long>("select count(*) from workspace_keys where workspace_id = $1", Guid.Parse(workspace)));
        Assert.Contains(await admin.AuditEventsAsync(workspace), e => e.GetProperty("type").GetString() == "WorkspaceKeyDestroyed");
    }
}
