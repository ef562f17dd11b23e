using Deepnote.IntegrationTests.Fakes;
using Deepnote.IntegrationTests.GraphQL;
using Deepnote.IntegrationTests.Infrastructure;

namespace Deepnote.IntegrationTests.Vault;

/// <summary>A hostile server a tenant points a connection at gets no password and no echo of one.</summary>
public sealed class HostileServerTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task AServerAskingForTheCleartextPassword_GetsNothing_AndTheAnswerIsAFixedSentence()
    {
        await using var server = CleartextAskingServer.Start();
        using var admin = await api.SignedInAdminAsync();
        var workspace = await admin.CreateWorkspaceAsync("Hostile server");
        const string secret = "Stored-Password-Canary-7731";
        var connection = (await admin.DataAsync("""
            mutation($w: ID!, $port: Int!, $p: String!) { createConnection(input: { workspaceId: $w, name: "Hostile", engine: POSTGRES,
              host: "127.0.0.1", port: $port, database: "x", username: "reporter", password: $p }) { connection { id } } }
            """, new { w = workspace, port = server.Port, p = secret })).GetProperty("createConnection").GetProperty("connection")
            .GetProperty("id").GetString()!;

        var test = await admin.DataAsync("mutation($c: ID!) { testConnection(input: { connectionId: $c }) { success message } }",
            new { c = connection });

        var result = test.GetProperty("testConnection");
        Assert.False(result.GetProperty("success").GetBoolean());
        Assert.True(server.Connections >= 1); // it did reach the server
        Assert.Empty(server.PasswordsReceived);
        Assert.Equal("The server asked for an authentication method that would expose the password; refused.",
            result.GetProperty("message").GetString());
        Assert.DoesNotContain(secret, test.GetRawText());
    }
}
